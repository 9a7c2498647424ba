// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hotline/hotlinerules.h"
#include "core/hotline/phonemask.h"
#include "core/hotline/ticketnumber.h"
#include "tests/support/stringmakers.h"

#include <catch2/catch.hpp>

using namespace branddesk;

TEST_CASE("working days skip the National Day holiday and count its make-up Saturday")
{
    const HotlineRules rules = HotlineRules::defaults();
    const WorkCalendar& calendar = rules.calendar;
    CHECK_FALSE(calendar.isWorkingDay(QDate(2026, 10, 5)));  // a Monday of the holiday
    CHECK(calendar.isWorkingDay(QDate(2026, 10, 10)));       // a Saturday worked in exchange
    CHECK(calendar.isWorkingDay(QDate(2026, 9, 20)));        // a Sunday worked in exchange
    CHECK_FALSE(calendar.isWorkingDay(QDate(2026, 10, 11))); // an ordinary Sunday
    // An inquiry (3 working days) assigned on Wednesday 30 September: Thursday 8, Friday 9, Saturday 10 October.
    CHECK(rules.dueDate(TicketKind::Inquiry, QDate(2026, 9, 30)) == QDate(2026, 10, 10));
    // Across the Spring Festival: assigned Friday 13 February (Saturday 14 is worked), help in 5 working days.
    CHECK(rules.dueDate(TicketKind::Help, QDate(2026, 2, 13)) == QDate(2026, 2, 27));
    CHECK(calendar.workingDaysBetween(QDate(2026, 9, 30), QDate(2026, 10, 10)) == 3);
}

TEST_CASE("a due date that would fall on a weekend moves to the next working day")
{
    const HotlineRules rules = HotlineRules::defaults();
    // An inquiry assigned on Wednesday 2 December 2026: Thursday, Friday, then Monday 7 December (not Saturday).
    const QDate due = rules.dueDate(TicketKind::Inquiry, QDate(2026, 12, 2));
    CHECK(due == QDate(2026, 12, 7));
    CHECK(due.dayOfWeek() == 1);
    // Assigned on a Saturday: counting starts on Monday.
    CHECK(rules.calendar.addWorkingDays(QDate(2026, 12, 5), 1) == QDate(2026, 12, 7));
    // A praise has no time limit.
    CHECK_FALSE(rules.dueDate(TicketKind::Praise, QDate(2026, 12, 2)).isValid());
    CHECK(rules.dueDate(TicketKind::Complaint, QDate(2026, 12, 1)) == QDate(2026, 12, 22));
}

TEST_CASE("the hotline rules come from the campaign definition and a bad value is refused with its field")
{
    const QByteArray definition = R"({"hotline": {"limitDays": {"inquiry": 2, "help": 4}, "followUpAttempts": 3,
        "holidays": ["2026-12-08"], "makeUpDays": ["2026-12-12"]}})";
    const Result<HotlineRules> rules = HotlineRules::fromDefinition(definition);
    REQUIRE(rules);
    CHECK(rules->limitFor(TicketKind::Inquiry) == 2);
    CHECK(rules->limitFor(TicketKind::Complaint) == 15);
    CHECK(rules->followUpAttempts == 3);
    CHECK_FALSE(rules->calendar.isWorkingDay(QDate(2026, 12, 8)));
    CHECK(rules->calendar.isWorkingDay(QDate(2026, 12, 12)));

    const Result<HotlineRules> bad = HotlineRules::fromDefinition(R"({"hotline": {"limitDays": {"gossip": 3}}})");
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message.contains(QStringLiteral("hotline.limitDays.gossip")));
    const Result<HotlineRules> badDate = HotlineRules::fromDefinition(R"({"hotline": {"holidays": ["10月1日"]}})");
    REQUIRE_FALSE(badDate);
    CHECK(badDate.error().message.contains(QStringLiteral("holidays[0]")));
}

TEST_CASE("a caller's phone is masked to its first three and last four digits")
{
    CHECK(maskedPhone(QStringLiteral("13812345678")) == QStringLiteral("138****5678"));
    CHECK(maskedPhone(QStringLiteral("138 1234 5678")) == QStringLiteral("138****5678"));
    CHECK(maskedPhone(QStringLiteral("0519-88001234")) == QStringLiteral("051******1234"));
    CHECK(maskedPhone(QStringLiteral("12345")) == QStringLiteral("***45"));
    CHECK(maskedPhone(QString()).isEmpty());
    CHECK(phoneDigits(QStringLiteral("138-1234 5678")) == QStringLiteral("13812345678"));
}

TEST_CASE("ticket numbers run per year with six digits")
{
    CHECK(TicketNumber{2026, 123}.toString() == QStringLiteral("2026-000123"));
    const TicketNumber parsed = TicketNumber::parse(QStringLiteral(" 2026-000123 "));
    CHECK(parsed.year == 2026);
    CHECK(parsed.sequence == 123);
    CHECK_FALSE(TicketNumber::parse(QStringLiteral("2026/123")).isValid());
    CHECK(TicketNumber::next(2026, parsed).toString() == QStringLiteral("2026-000124"));
    CHECK(TicketNumber::next(2027, parsed).toString() == QStringLiteral("2027-000001"));
    CHECK(TicketNumber::next(2026, {}).toString() == QStringLiteral("2026-000001"));
}
