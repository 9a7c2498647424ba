// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/hotline/ticket.h"
#include "core/hotline/workcalendar.h"

#include <QByteArray>
#include <QMap>

namespace branddesk {

/// The hotline's rules from the "hotline" block of a campaign definition: the time limit of each kind in working
/// days, how soon a department must sign for a ticket, how many calls make a caller "not reachable", the rate
/// below which a department is named for low satisfaction, and the working-day calendar (holidays and make-up
/// working days). Without a block, the defaults and the statutory holidays shipped in :/hotline/holidays.json.
struct HotlineRules {
    QMap<TicketKind, int> limitDays; ///< absent (or 0): no time limit (表扬)
    int signForDays = 1;             ///< 及时签收: signed within this many working days of the assignment
    int followUpAttempts = 2;        ///< a caller not reached after this many calls closes the ticket unreached
    int lowSatisfactionPercent = 80; ///< the monthly report names departments below this 回访满意率
    WorkCalendar calendar;

    /// 咨询 3, 求助 5, 投诉/举报 15, 建议 15, 其他 15, 表扬 none; sign for in 1; 2 attempts; 80 %; the shipped
    /// holidays.
    static HotlineRules defaults();
    /// The rules in a campaign definition (JSON bytes); missing values keep the defaults, a malformed block is
    /// refused naming the field.
    static Result<HotlineRules> fromDefinition(const QByteArray& definition);
    /// The holidays and make-up days of a holiday file ({"holidays": […], "makeUpDays": […]}, ISO dates).
    static Result<WorkCalendar> calendarFromJson(const QByteArray& json, const QString& sourceName);

    /// The kind's limit (0: none).
    int limitFor(TicketKind kind) const { return limitDays.value(kind, 0); }
    /// The due date of a ticket of `kind` assigned on `assignedOn` (invalid without a limit).
    QDate dueDate(TicketKind kind, const QDate& assignedOn) const;
    /// Whether a sign-for at `signedOn` of a ticket assigned on `assignedOn` is timely.
    bool signedInTime(const QDate& assignedOn, const QDate& signedOn) const;
};

} // namespace branddesk
