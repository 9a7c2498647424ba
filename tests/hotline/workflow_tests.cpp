// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hotline/hotlinefigures.h"
#include "core/hotline/repeatcandidates.h"
#include "core/hotline/ticketworkflow.h"
#include "tests/hotline/hotlinetesting.h"

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

TEST_CASE("a ticket is extended once, by its due date, to a later date, with a reason")
{
    const HotlineRules rules = HotlineRules::defaults();
    const TicketWorkflow flow(rules);
    Ticket t = aTicket(localMoment(2026, 12, 1), TicketKind::Inquiry);
    REQUIRE(flow.assign(t, 7, QDate(2026, 12, 1)));
    CHECK(t.dueDate == QDate(2026, 12, 4));
    REQUIRE(flow.signFor(t, localMoment(2026, 12, 1, 15)));

    CHECK_FALSE(flow.extend(t, QDate(2026, 12, 2), QDate(2026, 12, 10), QString()));
    CHECK_FALSE(flow.extend(t, QDate(2026, 12, 2), QDate(2026, 12, 4), utf8("需现场核实")));
    const Result<void> late = flow.extend(t, QDate(2026, 12, 5), QDate(2026, 12, 10), utf8("需现场核实"));
    REQUIRE_FALSE(late);
    CHECK(late.error().message.contains(QStringLiteral("by the due date")));

    REQUIRE(flow.extend(t, QDate(2026, 12, 4), QDate(2026, 12, 10), utf8("需现场核实")));
    CHECK(t.effectiveDue() == QDate(2026, 12, 10));
    const Result<void> twice = flow.extend(t, QDate(2026, 12, 4), QDate(2026, 12, 15), utf8("再延"));
    REQUIRE_FALSE(twice);
    CHECK(twice.error().message.contains(QStringLiteral("already extended once")));
    CHECK_FALSE(t.isOverdue(QDate(2026, 12, 10)));
    CHECK(t.isOverdue(QDate(2026, 12, 11)));
    CHECK(t.daysOverdue(QDate(2026, 12, 14)) == 4);
}

TEST_CASE("a return sends the ticket back to the office and a reassignment starts its time limit anew")
{
    const HotlineRules rules = HotlineRules::defaults();
    const TicketWorkflow flow(rules);
    Ticket t = aTicket(localMoment(2026, 12, 1), TicketKind::Help);
    REQUIRE(flow.assign(t, 7, QDate(2026, 12, 1)));
    t.departmentName = utf8("市财政局");
    REQUIRE(flow.signFor(t, localMoment(2026, 12, 1, 16)));
    CHECK_FALSE(flow.transfer(t, QDate(2026, 12, 2), 9, QString()));
    REQUIRE(flow.transfer(t, QDate(2026, 12, 2), 9, utf8("不属本单位职责")));
    CHECK(t.departmentId == 9);
    CHECK(t.status() == TicketStatus::Assigned);
    CHECK(t.dueDate == QDate(2026, 12, 9));
    REQUIRE(t.transfers.size() == 1);
    CHECK(t.transfers.at(0).fromDepartmentName == utf8("市财政局"));

    REQUIRE(flow.transfer(t, QDate(2026, 12, 3), 0, utf8("退回热线办重新甄别")));
    CHECK(t.status() == TicketStatus::Received);
    CHECK_FALSE(t.dueDate.isValid());
    CHECK(t.transfers.size() == 2);
}

TEST_CASE("a follow-up closes the ticket when the caller is reached or the attempts are used up")
{
    const HotlineRules rules = HotlineRules::defaults();
    const TicketWorkflow flow(rules);
    Ticket t = aTicket(localMoment(2026, 12, 1), TicketKind::Complaint);
    REQUIRE(flow.assign(t, 7, QDate(2026, 12, 1)));
    CHECK_FALSE(flow.answer(t, QDate(2026, 12, 3), utf8("已处理")));
    REQUIRE(flow.signFor(t, localMoment(2026, 12, 1, 16)));
    CHECK_FALSE(flow.followUp(t, QDate(2026, 12, 3), true, true, Satisfaction::Satisfied, QString()));
    REQUIRE(flow.answer(t, QDate(2026, 12, 3), utf8("已处理")));
    CHECK_FALSE(flow.followUp(t, QDate(2026, 12, 4), true, true, Satisfaction::None, QString()));
    REQUIRE(flow.followUp(t, QDate(2026, 12, 4), false, false, Satisfaction::None, utf8("无人接听")));
    CHECK(t.status() == TicketStatus::Answered);
    REQUIRE(flow.followUp(t, QDate(2026, 12, 5), false, false, Satisfaction::None, utf8("关机")));
    CHECK(t.status() == TicketStatus::Closed);
    CHECK(t.followUpAttempts == 2);
    CHECK_FALSE(t.reached);

    Ticket praise = aTicket(localMoment(2026, 12, 1), TicketKind::Praise);
    REQUIRE(flow.closePraise(praise, QDate(2026, 12, 1)));
    CHECK(praise.status() == TicketStatus::Closed);
    CHECK_FALSE(flow.closePraise(t, QDate(2026, 12, 6)));
}

TEST_CASE("a ticket due in November and answered in December is a late ticket of November")
{
    const HotlineRules rules = HotlineRules::defaults();
    Ticket late = anAnsweredTicket(rules, QDate(2026, 11, 25), TicketKind::Inquiry, QDate(2026, 12, 2));
    CHECK(late.dueDate == QDate(2026, 11, 30));
    Ticket early = anAnsweredTicket(rules, QDate(2026, 11, 2), TicketKind::Inquiry, QDate(2026, 11, 3));
    Ticket decemberDue = anAnsweredTicket(rules, QDate(2026, 11, 30), TicketKind::Help, QDate(2026, 12, 1));
    const QList<Ticket> tickets{late, early, decemberDue};

    const HotlineFiguresCalculator november(rules, QDate(2026, 11, 1), QDate(2026, 11, 30), QDate(2026, 12, 7));
    const HotlineFigures nov = november.figures(tickets);
    CHECK(nov.received == 3);
    CHECK(nov.onTime == Share{1, 2});
    CHECK(nov.onTime.text() == QStringLiteral("50.0%"));
    const HotlineFiguresCalculator december(rules, QDate(2026, 12, 1), QDate(2026, 12, 31), QDate(2026, 12, 7));
    const HotlineFigures dec = december.figures(tickets);
    CHECK(dec.received == 0);
    CHECK(dec.onTime == Share{1, 1});

    // Judged on 30 November, the late ticket is not yet due past: it is neither counted nor overdue.
    const HotlineFiguresCalculator onTheDay(rules, QDate(2026, 11, 1), QDate(2026, 11, 30), QDate(2026, 11, 30));
    Ticket open = late;
    open.answeredOn = QDate();
    open.answer.clear();
    CHECK(onTheDay.figures({open}).onTime.whole == 0);
    CHECK(onTheDay.figures({open}).overdueNow == 0);
    const HotlineFiguresCalculator later(rules, QDate(2026, 11, 1), QDate(2026, 11, 30), QDate(2026, 12, 3));
    CHECK(later.figures({open}).overdueNow == 1);
    CHECK(later.figures({open}).mostDaysOverdue == 3);
}

TEST_CASE("satisfaction counts 满意 over the callers reached, with 基本满意 beside it, per department")
{
    const HotlineRules rules = HotlineRules::defaults();
    const TicketWorkflow flow(rules);
    QList<Ticket> tickets;
    for (Satisfaction s : {Satisfaction::Satisfied, Satisfaction::Satisfied, Satisfaction::BasicallySatisfied,
                           Satisfaction::Dissatisfied}) {
        Ticket t = anAnsweredTicket(rules, QDate(2026, 11, 2), TicketKind::Help, QDate(2026, 11, 4));
        REQUIRE(flow.followUp(t, QDate(2026, 11, 5), true, true, s, QString()));
        tickets.append(t);
    }
    Ticket unreached = anAnsweredTicket(rules, QDate(2026, 11, 2), TicketKind::Help, QDate(2026, 11, 4));
    REQUIRE(flow.followUp(unreached, QDate(2026, 11, 5), false, false, Satisfaction::None, QString()));
    tickets.append(unreached);
    tickets.last().departmentId = 8;
    tickets.last().departmentName = utf8("市民政局");

    const HotlineFiguresCalculator calc(rules, QDate(2026, 11, 1), QDate(2026, 11, 30), QDate(2026, 12, 7));
    const HotlineFigures all = calc.figures(tickets);
    CHECK(all.satisfied == Share{2, 4});
    CHECK(all.basicallySatisfied == 1);
    CHECK(all.dissatisfied == 1);
    CHECK(all.signedInTime == Share{5, 5});
    const QList<HotlineFiguresRow> rows = calc.rows(tickets, HotlineFiguresCalculator::byDepartment());
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).name == utf8("市财政局"));
    CHECK(rows.at(0).figures.received == 4);
    CHECK(rows.at(1).figures.satisfied.whole == 0);
    CHECK(rows.at(1).figures.satisfied.text() == QStringLiteral("—"));
}

TEST_CASE("a repeat call is proposed by the same phone or the same department and similar content")
{
    Ticket first = aTicket(localMoment(2026, 11, 2), TicketKind::Complaint);
    first.id = 1;
    first.callerPhone = QStringLiteral("13812345678");
    first.content = utf8("小区门口道路破损多日无人修理");
    Ticket other = aTicket(localMoment(2026, 11, 3), TicketKind::Complaint);
    other.id = 2;
    other.content = utf8("小区门口道路破损，多日无人修理，出行不便");
    Ticket unrelated = aTicket(localMoment(2026, 11, 3), TicketKind::Inquiry);
    unrelated.id = 3;
    unrelated.content = utf8("咨询公积金提取需要哪些材料");

    Ticket draft = aTicket(localMoment(2026, 11, 20), TicketKind::Complaint);
    draft.callerPhone = QStringLiteral("138-1234-5678");
    draft.content = utf8("又来反映道路的问题");
    QList<Ticket> found = RepeatCandidates::find(draft, {first, other, unrelated});
    REQUIRE(found.size() == 1);
    CHECK(found.at(0).id == 1);

    draft.callerPhone.clear();
    draft.content = utf8("小区门口道路破损一直没有修理");
    found = RepeatCandidates::find(draft, {first, other, unrelated});
    REQUIRE(found.size() == 2);
    CHECK(RepeatCandidates::similarity(draft.content, unrelated.content) < 50);
    CHECK(RepeatCandidates::similarity(first.content, first.content) == 100);
}
