// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/figurescollector.h"
#include "core/summary/campaignfigures.h"
#include "tests/summary/summarytesting.h"

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {}

TEST_CASE("the campaign figures add up from the departments' rows")
{
    DemoOffice office;
    const Result<CampaignFigures> figures = collectCampaignFigures(office.session(), kMay);
    REQUIRE(figures);
    CHECK(figures->cutoff == QDate(2009, 5, 31));
    CHECK(figures->currentPhaseOrdinal == 2); // 实践推进 began on 21 May
    CHECK(figures->phaseDaysLeft == QDate(2009, 6, 1).daysTo(QDate(2009, 7, 31)));
    CHECK(figures->departments == figures->rows.size());
    ComplianceCounts reports;
    int brands = 0, withoutBrand = 0, due = 0, done = 0, overdue = 0;
    for (const DepartmentFigures& row : figures->rows) {
        reports += row.reports;
        brands += row.brandCount;
        withoutBrand += row.brandCount == 0 ? 1 : 0;
        due += row.milestonesDue;
        done += row.milestonesDone;
        overdue += row.milestonesOverdue;
        CHECK(row.milestonesDone + row.milestonesOverdue <= row.milestonesDue);
        // May's report weeks: those due on 1, 8, 15, 22 and 29 May.
        CHECK(row.reports.owed() == 5);
    }
    CHECK(figures->reports == reports);
    CHECK(figures->brands == brands);
    CHECK(figures->departmentsWithoutBrand == withoutBrand);
    CHECK(withoutBrand > 0);
    CHECK(figures->milestonesDue == due);
    CHECK(figures->milestonesDone == done);
    CHECK(figures->milestonesOverdue == overdue);
    CHECK(figures->reports.missing > 0);
    CHECK_FALSE(figures->highlights.isEmpty());
    for (const ReportListItem& item : figures->highlights)
        CHECK(item.highlight);
}

TEST_CASE("a department is named for lateness for a missing week, two late ones or an overdue task")
{
    DepartmentFigures row;
    CHECK_FALSE(row.isNamedForLateness());
    CHECK(row.latenessReason().isEmpty());
    row.reports.late = 1;
    CHECK_FALSE(row.isNamedForLateness());
    row.reports.late = 2;
    CHECK(row.isNamedForLateness());
    row = {};
    row.reports.missing = 1;
    CHECK(row.isNamedForLateness());
    row = {};
    row.milestonesOverdue = 1;
    CHECK(row.isNamedForLateness());
    row = {};
    row.overdueRectifications = 1;
    CHECK(row.isNamedForLateness());

    CampaignFigures figures;
    DepartmentFigures a;
    a.department.name = QStringLiteral("甲");
    a.reports.missing = 1;
    DepartmentFigures b;
    b.department.name = QStringLiteral("乙");
    b.reports.missing = 2;
    b.milestonesOverdue = 1;
    DepartmentFigures c;
    c.department.name = QStringLiteral("丙");
    figures.rows = {a, b, c};
    const QList<DepartmentFigures> named = figures.namedForLateness();
    REQUIRE(named.size() == 2);
    CHECK(named.at(0).department.name == QStringLiteral("乙"));
    CHECK(named.at(1).department.name == QStringLiteral("甲"));
    CHECK(figures.furthestBehind(1).size() == 1);
}
