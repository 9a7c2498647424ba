// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/hotline/ticket.h"
#include "core/hotline/ticketworkflow.h"
#include "tests/support/builders.h"
#include "tests/support/stringmakers.h"

#include <catch2/catch.hpp>

namespace branddesk::test {

/// A local moment, in UTC as core keeps it.
inline QDateTime localMoment(int year, int month, int day, int hour = 9, int minute = 30)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute)).toUTC();
}

/// A call to the brand hotline received at `received` about a queue, for 市财政局 (id 7), not yet assigned.
inline Ticket aTicket(const QDateTime& received, TicketKind kind)
{
    Ticket t;
    t.receivedAt = received;
    t.kind = kind;
    t.channel = TicketChannel::Hotline;
    t.callerName = utf8("王先生");
    t.callerPhone = QStringLiteral("13900001111");
    t.content = utf8("反映办事窗口排队时间过长。");
    t.departmentId = 7;
    t.departmentName = utf8("市财政局");
    return t;
}

/// A ticket received, assigned to 市财政局 (id 7) and signed for on `day`, answered on `answered`.
inline Ticket anAnsweredTicket(const HotlineRules& rules, const QDate& day, TicketKind kind, const QDate& answered)
{
    const TicketWorkflow flow(rules);
    Ticket t = aTicket(localMoment(day.year(), day.month(), day.day()), kind);
    REQUIRE(flow.assign(t, 7, day));
    t.departmentName = utf8("市财政局");
    REQUIRE(flow.signFor(t, localMoment(day.year(), day.month(), day.day(), 15)));
    REQUIRE(flow.answer(t, answered, utf8("已答复来电人。")));
    return t;
}

} // namespace branddesk::test
