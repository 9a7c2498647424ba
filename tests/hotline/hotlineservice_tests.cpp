// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/hotlinesnapshots.h"
#include "tests/hotline/hotlineoffice.h"

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

TEST_CASE("a new ticket is numbered in its year, assigned on the day and due after its kind's working days")
{
    HotlineOffice office;
    const Ticket first = office.record(office.draft(TicketKind::Inquiry));
    CHECK(first.number == QStringLiteral("2026-000001"));
    CHECK(first.assignedOn == QDate(2026, 11, 2));
    CHECK(first.dueDate == QDate(2026, 11, 5));
    CHECK(first.departmentName == utf8("市财政局"));
    CHECK(first.status() == TicketStatus::Assigned);
    CHECK(first.recordedBy == TempDatabase::userName(Role::Clerk));
    const Ticket second = office.record(office.draft());
    CHECK(second.number == QStringLiteral("2026-000002"));
    CHECK(second.dueDate == QDate(2026, 11, 23));

    Ticket unassigned = office.draft();
    unassigned.departmentId = 0;
    const Ticket received = office.record(unassigned);
    CHECK(received.status() == TicketStatus::Received);
    CHECK_FALSE(received.dueDate.isValid());

    Ticket empty = office.draft();
    empty.content = QStringLiteral("   ");
    const Result<Ticket> refused = office.service().saveTicket(empty);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::Validation);
}

TEST_CASE("a ticket goes round the loop, each step audited, and a stale step is refused")
{
    HotlineOffice office;
    Ticket t = office.record(office.draft(TicketKind::Help));
    office.temp.clock().advanceSecs(3600);
    t = HotlineOffice::done(office.service().signFor(t));
    CHECK(t.status() == TicketStatus::SignedFor);
    const Ticket beforeExtension = t;
    t = HotlineOffice::done(office.service().extend(t, QDate(2026, 11, 16), utf8("需要会同街道现场核实")));
    CHECK(t.effectiveDue() == QDate(2026, 11, 16));

    const Result<Ticket> stale = office.service().answer(beforeExtension, utf8("已答复"));
    REQUIRE_FALSE(stale);
    CHECK(stale.error().code == Error::Code::Conflict);

    office.setToday(QDate(2026, 11, 6));
    t = HotlineOffice::done(office.service().answer(t, utf8("已现场处理并电话答复。")));
    CHECK(t.answeredOn == QDate(2026, 11, 6));
    t = HotlineOffice::done(office.service().followUp(t, true, true, Satisfaction::Satisfied, utf8("满意")));
    CHECK(t.status() == TicketStatus::Closed);

    const Result<QList<AuditEntry>> history =
        office.temp.session().audit().history(HotlineAuditEntities::kTicket, t.id);
    REQUIRE(history);
    CHECK(history->size() == 5);
    CHECK(history->last().after().value(QStringLiteral("satisfaction")).toString() == QStringLiteral("satisfied"));
}

TEST_CASE("a leader reads tickets with the phone masked and cannot write")
{
    HotlineOffice office;
    Ticket draft = office.draft();
    draft.callerPhone = QStringLiteral("13812345678");
    const Ticket saved = office.record(draft);
    CHECK(saved.callerPhone == QStringLiteral("13812345678"));

    const Result<QList<AuditEntry>> history =
        office.temp.session().audit().history(HotlineAuditEntities::kTicket, saved.id);
    REQUIRE(history);
    CHECK(history->at(0).after().value(QStringLiteral("caller_phone")).toString() == QStringLiteral("138****5678"));

    office.temp.signInAs(Role::Leader);
    CHECK_FALSE(office.service().mayReadPhones());
    const Result<Ticket> read = office.service().findTicket(saved.id);
    REQUIRE(read);
    CHECK(read->callerPhone == QStringLiteral("138****5678"));
    const Result<QList<Ticket>> listed = office.service().tickets();
    REQUIRE(listed);
    CHECK(listed->at(0).callerPhone == QStringLiteral("138****5678"));
    const Result<Ticket> refused = office.service().signFor(saved);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::Forbidden);
    CHECK(office.service().saveTicket(office.draft()).error().code == Error::Code::Forbidden);
}

TEST_CASE("an edit that shows the phone masked keeps the stored phone")
{
    HotlineOffice office;
    Ticket draft = office.draft();
    draft.callerPhone = QStringLiteral("13812345678");
    Ticket saved = office.record(draft);
    saved.callerPhone = QStringLiteral("138****5678");
    saved.content = utf8("补充：窗口已改善。");
    const Ticket edited = office.record(saved);
    CHECK(edited.callerPhone == QStringLiteral("13812345678"));
}

TEST_CASE("overdue tickets are behind today and counted per department")
{
    HotlineOffice office;
    const Ticket inquiry = office.record(office.draft(TicketKind::Inquiry)); // due 5 November
    Ticket other = office.draft(TicketKind::Inquiry);
    other.departmentId = office.civil.id;
    Ticket answered = office.record(other);
    answered = HotlineOffice::done(office.service().signFor(answered));
    answered = HotlineOffice::done(office.service().answer(answered, utf8("已答复")));

    office.setToday(QDate(2026, 11, 9));
    const Result<QList<BehindItem>> behind = office.service().behindToday();
    REQUIRE(behind);
    REQUIRE(behind->size() == 1);
    CHECK(behind->at(0).kind == BehindItem::Kind::Ticket);
    CHECK(behind->at(0).itemId == inquiry.id);
    CHECK(behind->at(0).daysOverdue == 4);
    CHECK(behind->at(0).title.startsWith(QStringLiteral("Ticket 2026-000001")));

    const Result<QList<HotlineFiguresRow>> rows =
        office.service().departmentFigures(QDate(2026, 11, 1), QDate(2026, 11, 30));
    REQUIRE(rows);
    REQUIRE(rows->size() == 2);
    CHECK(rows->at(0).figures.overdueNow == 1);
    CHECK(rows->at(0).figures.onTime == Share{0, 1});
    CHECK(rows->at(1).figures.onTime == Share{1, 1});
}

TEST_CASE("a repeat call is proposed from the same phone and linked to the earlier ticket")
{
    HotlineOffice office;
    Ticket first = office.draft();
    first.callerPhone = QStringLiteral("13812345678");
    const Ticket earlier = office.record(first);
    office.setToday(QDate(2026, 11, 10));
    Ticket again = office.draft();
    again.callerPhone = QStringLiteral("138 1234 5678");
    again.content = utf8("再次反映：问题仍未解决。");
    const Result<QList<Ticket>> candidates = office.service().repeatCandidates(again);
    REQUIRE(candidates);
    REQUIRE(candidates->size() == 1);
    CHECK(candidates->at(0).id == earlier.id);
    again.repeatOfId = earlier.id;
    const Ticket repeat = office.record(again);
    CHECK(repeat.repeatOfNumber == earlier.number);
    const Result<HotlineFigures> figures = office.service().figures(QDate(2026, 11, 1), QDate(2026, 11, 30));
    REQUIRE(figures);
    CHECK(figures->repeatRate() == Share{1, 2});
}

TEST_CASE("a ticket may be linked as the repeat of one entered after it, a call back-filled later")
{
    HotlineOffice office;
    const Ticket first = office.record(office.draft());
    Ticket backFilled = office.draft();
    backFilled.receivedAt = localMoment(2026, 10, 30);
    const Ticket earlier = office.record(backFilled);
    Ticket relinked = first;
    relinked.repeatOfId = earlier.id;
    const Ticket saved = office.record(relinked);
    CHECK(saved.repeatOfId > saved.id);
    CHECK(saved.repeatOfNumber == earlier.number);
    REQUIRE(office.service().removeTicket(earlier.id));
    const Result<Ticket> after = office.service().findTicket(first.id);
    REQUIRE(after);
    CHECK(after->repeatOfId == 0);
}
