// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/reportcompliance.h"
#include "tests/reports/reporttesting.h"

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

using S = ReportStatus;

/// A campaign running from `start` to `end` (open when invalid), reports due Fridays 23:59:59.
Campaign campaignBetween(const QDate& start, const QDate& end = {})
{
    Campaign campaign;
    campaign.year = start.year();
    Phase phase;
    phase.ordinal = 1;
    phase.dates = {start, end};
    campaign.phases = {phase};
    return campaign;
}

Department departmentRegistered(qint64 id, const QDateTime& at,
                                DepartmentCategory category = DepartmentCategory::Administrative)
{
    Department d;
    d.id = id;
    d.name = QStringLiteral("部门%1").arg(id);
    d.category = category;
    d.createdAt = at;
    return d;
}

ReportWeekFact factFor(qint64 departmentId, const ReportWeek& week, const QDateTime& received, int count = 1)
{
    return ReportWeekFact::of(departmentId, week, received, count);
}

} // namespace

TEST_CASE("each week of a department is on time, late, missing or not yet due")
{
    // The 2009 campaign began on Tuesday 21 April; now is Wednesday 20 May, noon.
    const Campaign campaign = campaignBetween(QDate(2009, 4, 21));
    const Department finance = departmentRegistered(1, local(2009, 4, 1));
    const QList<ReportWeekFact> facts = {
        factFor(1, weekOf(2009, 4, 20), local(2009, 4, 24, 10)),            // Friday: on time
        factFor(1, weekOf(2009, 4, 27), local(2009, 5, 2, 9)),              // Saturday: late
        factFor(1, weekOf(2009, 5, 11), local(2009, 5, 15, 23, 59, 59), 2), // on time, then a supplement
    };
    const ReportCompliance compliance = ReportCompliance::build(campaign, {finance}, facts, local(2009, 5, 20, 12));

    REQUIRE(compliance.weeks().size() == 5);
    CHECK(compliance.weeks().first().monday() == QDate(2009, 4, 20));
    CHECK(compliance.weeks().last() == compliance.currentWeek());
    CHECK(compliance.rows().at(0).weeks == QList<S>{S::OnTime, S::Late, S::Missing, S::OnTime, S::Pending});
    const ComplianceCounts counts = compliance.counts(0);
    CHECK(counts.onTime == 2); // the supplement does not count twice
    CHECK(counts.late == 1);
    CHECK(counts.missing == 1);
    CHECK(counts.owed() == 4);
    CHECK(counts.onTimeRate() == QStringLiteral("50.0%"));
    CHECK(counts.reportedRate() == QStringLiteral("75.0%"));
}

TEST_CASE("the first arrival decides a week even when a supplement came on time")
{
    const Campaign campaign = campaignBetween(QDate(2009, 4, 21));
    const Department finance = departmentRegistered(1, local(2009, 4, 1));
    // Storage hands over one fact per department and week; two facts for one week (two sources) keep the earlier.
    const QList<ReportWeekFact> facts = {factFor(1, weekOf(2009, 4, 20), local(2009, 4, 25, 9)),
                                         factFor(1, weekOf(2009, 4, 20), local(2009, 4, 27, 9))};
    const ReportCompliance compliance = ReportCompliance::build(campaign, {finance}, facts, local(2009, 4, 28, 12));
    CHECK(compliance.rows().at(0).weeks.at(0) == S::Late);
    CHECK(compliance.counts(0).owed() == 1);
}

TEST_CASE("a department registered during the campaign owes reports only from then")
{
    const Campaign campaign = campaignBetween(QDate(2009, 4, 21));
    // Registered Wednesday 6 May: owes the week of 4 May (due Friday 8 May) and later ones.
    const Department wednesday = departmentRegistered(1, local(2009, 5, 6, 15));
    // Registered Saturday 9 May, after that week's due moment: owes from the week of 11 May.
    const Department saturday = departmentRegistered(2, local(2009, 5, 9, 11));
    const ReportCompliance compliance =
        ReportCompliance::build(campaign, {wednesday, saturday}, {}, local(2009, 5, 20, 12));
    CHECK(compliance.rows().at(0).weeks == QList<S>{S::NotOwed, S::NotOwed, S::Missing, S::Missing, S::Pending});
    CHECK(compliance.rows().at(1).weeks == QList<S>{S::NotOwed, S::NotOwed, S::NotOwed, S::Missing, S::Pending});
    CHECK(compliance.counts(0).missing == 2);
    CHECK(compliance.counts(1).missing == 1);
}

TEST_CASE("the call list names who owes this week's report and never one that has sent it")
{
    const Campaign campaign = campaignBetween(QDate(2009, 4, 21));
    const Department finance = departmentRegistered(1, local(2009, 4, 1));
    const Department publicity = departmentRegistered(2, local(2009, 4, 1), DepartmentCategory::PartyMass);
    const Department police = departmentRegistered(3, local(2009, 4, 1), DepartmentCategory::PoliticalLegal);
    const Department newcomer = departmentRegistered(4, local(2009, 5, 23)); // registered after "now"
    const QList<ReportWeekFact> facts = {factFor(2, weekOf(2009, 5, 18), local(2009, 5, 19, 9))};
    const ReportCompliance compliance =
        ReportCompliance::build(campaign, {finance, publicity, police, newcomer}, facts, local(2009, 5, 20, 12));
    const QList<Department> calls = compliance.notYetReported();
    REQUIRE(calls.size() == 2);
    CHECK(calls.at(0).id == 1);
    CHECK(calls.at(1).id == 3);
    CHECK(compliance.expectedThisWeek() == 3);
    CHECK(compliance.receivedThisWeek() == 1);

    // After Friday's due moment the week's silent departments are missing, and still on the call list.
    const ReportCompliance saturday =
        ReportCompliance::build(campaign, {finance, publicity, police}, facts, local(2009, 5, 23, 9));
    CHECK(saturday.notYetReported().size() == 2);
    CHECK(saturday.rows().at(0).weeks.last() == S::Missing);
}

TEST_CASE("rates add up per category, overall and for a period")
{
    const Campaign campaign = campaignBetween(QDate(2009, 4, 21));
    const Department finance = departmentRegistered(1, local(2009, 4, 1));
    const Department publicity = departmentRegistered(2, local(2009, 4, 1), DepartmentCategory::PartyMass);
    const QList<ReportWeekFact> facts = {
        factFor(1, weekOf(2009, 4, 20), local(2009, 4, 24, 10)),
        factFor(1, weekOf(2009, 4, 27), local(2009, 5, 1, 10)),
        factFor(1, weekOf(2009, 5, 4), local(2009, 5, 9, 10)),
        factFor(2, weekOf(2009, 5, 4), local(2009, 5, 8, 10)),
    };
    // Saturday 16 May: weeks of 20 April to 11 May are all due.
    const ReportCompliance compliance =
        ReportCompliance::build(campaign, {finance, publicity}, facts, local(2009, 5, 16, 12));
    CHECK(compliance.overall() == ComplianceCounts{3, 1, 4});
    CHECK(compliance.forCategory(DepartmentCategory::Administrative) == ComplianceCounts{2, 1, 1});
    CHECK(compliance.forCategory(DepartmentCategory::PartyMass) == ComplianceCounts{1, 0, 3});
    CHECK(compliance.forCategory(DepartmentCategory::Other) == ComplianceCounts{});
    // May: the weeks due on 1, 8 and 15 May.
    const DateRange may{QDate(2009, 5, 1), QDate(2009, 5, 31)};
    CHECK(compliance.overall(may) == ComplianceCounts{2, 1, 3});
    CHECK(compliance.counts(1, may) == ComplianceCounts{1, 0, 2});
    CHECK(ComplianceCounts{2, 0, 1}.onTimeRate() == QStringLiteral("66.7%"));
    CHECK(ComplianceCounts{}.onTimeRate() == QStringLiteral("—"));
}

TEST_CASE("a campaign across New Year owes week 53 like any other")
{
    const Campaign campaign = campaignBetween(QDate(2020, 12, 14), QDate(2021, 1, 17));
    const Department finance = departmentRegistered(1, local(2020, 12, 1));
    const ReportWeek week53 = ReportWeek::fromNumber(2020, 53);
    const QList<ReportWeekFact> facts = {factFor(1, week53, local(2021, 1, 1, 16))}; // Friday 1 January
    const ReportCompliance compliance = ReportCompliance::build(campaign, {finance}, facts, local(2021, 3, 1));
    QList<int> numbers;
    for (const ReportWeek& week : compliance.weeks())
        numbers.append(week.number());
    CHECK(numbers == QList<int>{51, 52, 53, 1, 2});
    CHECK(compliance.rows().at(0).weeks == QList<S>{S::Missing, S::Missing, S::OnTime, S::Missing, S::Missing});
    CHECK(compliance.notYetReported().isEmpty()); // the campaign is over: no week is current
}
