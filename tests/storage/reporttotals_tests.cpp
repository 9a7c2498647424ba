// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/largedataset.h"
#include "core/services/compliancetotals.h"
#include "core/services/figurescollector.h"
#include "core/storage/departmentrepository.h"
#include "tests/support/tempdatabase.h"

#include <catch2/catch.hpp>

using namespace branddesk;
using branddesk::test::TempDatabase;

namespace {

Campaign currentCampaign(TempDatabase& db)
{
    const Result<std::optional<Campaign>> campaign = db.session().campaigns().current();
    REQUIRE(campaign);
    REQUIRE(*campaign);
    return **campaign;
}

/// The periods a leader chooses from, and a few that begin and end anywhere.
QList<DateRange> periodsToCompare(const Campaign& campaign, const QDate& today)
{
    QList<DateRange> periods{{}};
    for (FiguresPeriod kind :
         {FiguresPeriod::ThisWeek, FiguresPeriod::ThisMonth, FiguresPeriod::ThisPhase, FiguresPeriod::WholeCampaign})
        periods.append(figuresPeriod(kind, campaign, today));
    const QDate start = campaign.span().start;
    periods.append({start.addDays(40), start.addDays(130)});  // early, short: read directly
    periods.append({start.addDays(10), today.addDays(-30)});  // long: the totals less what lies outside
    periods.append({start.addDays(-100), start.addDays(-1)}); // before the campaign: nothing
    periods.append({today.addDays(-3), today.addDays(400)});  // into the future
    periods.append({start.addDays(200), start.addDays(202)}); // perhaps no due day at all
    return periods;
}

/// The maintained totals give exactly what the whole grid gives, for every department and period.
void compareWithGrid(TempDatabase& db)
{
    const Campaign campaign = currentCampaign(db);
    const Result<ReportCompliance> grid = db.session().reports().compliance(campaign.id);
    REQUIRE(grid);
    for (const DateRange& period : periodsToCompare(campaign, db.clock().today())) {
        CAPTURE(period.start, period.end);
        const Result<ReportCompliance> summary = summarizeCompliance(db.session(), campaign, period);
        REQUIRE(summary);
        REQUIRE(summary->isSummary());
        REQUIRE(summary->rows().size() == grid->rows().size());
        for (int row = 0; row < grid->rows().size(); ++row) {
            CAPTURE(row);
            REQUIRE(summary->rows().at(row).department.id == grid->rows().at(row).department.id);
            CHECK(summary->rows().at(row).counts == grid->rows().at(row).counts);
            CHECK(summary->counts(row, period) == grid->counts(row, period));
        }
        CHECK(summary->overall(period) == grid->overall(period));
        CHECK(summary->expectedThisWeek() == grid->expectedThisWeek());
        CHECK(summary->receivedThisWeek() == grid->receivedThisWeek());
        QList<qint64> expectedCalls;
        QList<qint64> calls;
        for (const Department& d : grid->notYetReported())
            expectedCalls.append(d.id);
        for (const Department& d : summary->notYetReported())
            calls.append(d.id);
        CHECK(calls == expectedCalls);
    }
}

QList<ReportListItem> allReports(TempDatabase& db)
{
    ReportFilter all;
    all.limit = 1'000'000;
    const Result<ReportSearchResult> reports = db.session().reports().search(all);
    REQUIRE(reports);
    return reports->items;
}

} // namespace

TEST_CASE("the dashboard's report figures from the maintained totals are those of the whole grid")
{
    TempDatabase db;
    REQUIRE(generateLargeDataset(db.session(), LargeDatasetOptions{14, 2, 23}));
    compareWithGrid(db);

    const QList<ReportListItem> reports = allReports(db);
    REQUIRE(reports.size() > 200);

    SECTION("after edits, deletions and a report moved to another week")
    {
        // A late report made on time, an on-time one made late, a report deleted (its week goes missing unless a
        // supplement remains), a report moved back a few weeks, and a new supplement that arrived first.
        for (int i : {3, 57, 140}) {
            Result<WeeklyReport> report = db.session().reports().find(reports.at(i).id);
            REQUIRE(report);
            report->receivedAt =
                i == 57 ? report->receivedAt.addDays(4) : QDateTime(report->week.monday(), QTime(9, 0));
            REQUIRE(db.session().reports().save(*report));
        }
        for (int i : {10, 11, 99})
            REQUIRE(db.session().reports().remove(reports.at(i).id));
        Result<WeeklyReport> moved = db.session().reports().find(reports.at(120).id);
        REQUIRE(moved);
        moved->week = moved->week.previous().previous().previous();
        moved->receivedAt = QDateTime(moved->week.monday().addDays(1), QTime(10, 0));
        REQUIRE(db.session().reports().save(*moved));
        Result<WeeklyReport> newest = db.session().reports().find(reports.first().id);
        REQUIRE(newest);
        WeeklyReport supplement = *newest;
        supplement.id = 0;
        supplement.attachments.clear();
        supplement.receivedAt = QDateTime(supplement.week.monday(), QTime(8, 45));
        REQUIRE(db.session().reports().save(supplement));
        compareWithGrid(db);
    }

    SECTION("after a department's registration moves, and a week later")
    {
        const Result<QList<Department>> departments = db.departments().activeDepartments();
        REQUIRE(departments);
        DepartmentRepository registry(db.database());
        const Campaign campaign = currentCampaign(db);
        REQUIRE(registry.backdateCreation(departments->at(2).id,
                                          QDateTime(campaign.span().start.addDays(60), QTime(12, 0)).toUTC()));
        compareWithGrid(db);
        db.clock().advanceSecs(7 * 86400 + 3 * 3600);
        compareWithGrid(db);
    }

    SECTION("after the campaign starts on another day (the totals are counted again)")
    {
        const Campaign campaign = currentCampaign(db);
        REQUIRE_FALSE(campaign.phases.isEmpty());
        const Phase& first = campaign.phases.constFirst();
        db.signInAs(Role::Administrator);
        REQUIRE(db.session().campaigns().setPhaseDates(campaign.id, first.id,
                                                       {first.dates.start.addDays(17), first.dates.end}));
        compareWithGrid(db);
    }

    SECTION("the figures themselves are the same whichever way compliance is read")
    {
        const Campaign campaign = currentCampaign(db);
        const DateRange whole = figuresPeriod(FiguresPeriod::WholeCampaign, campaign, db.clock().today());
        ReportCompliance grid;
        const Result<CampaignFigures> fromGrid = collectCampaignFigures(db.session(), whole, &grid);
        const Result<CampaignFigures> fromTotals = collectCampaignFigures(db.session(), whole);
        REQUIRE(fromGrid);
        REQUIRE(fromTotals);
        CHECK(fromTotals->reports == fromGrid->reports);
        REQUIRE(fromTotals->rows.size() == fromGrid->rows.size());
        for (int i = 0; i < fromGrid->rows.size(); ++i)
            CHECK(fromTotals->rows.at(i).reports == fromGrid->rows.at(i).reports);
        CHECK(fromTotals->reportsExpectedThisWeek == fromGrid->reportsExpectedThisWeek);
        CHECK(fromTotals->reportsReceivedThisWeek == fromGrid->reportsReceivedThisWeek);
    }
}
