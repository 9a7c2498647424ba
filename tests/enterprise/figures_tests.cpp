// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/figurescollector.h"
#include "tests/enterprise/enterprisetesting.h"

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

const DepartmentFigures& rowOf(const CampaignFigures& figures, qint64 departmentId)
{
    for (const DepartmentFigures& row : figures.rows)
        if (row.department.id == departmentId)
            return row;
    FAIL("department not in the figures");
    return figures.rows.constFirst();
}

} // namespace

TEST_CASE("an overdue enterprise problem names its department in the supervision figures")
{
    EnterpriseOffice office(QDate(2009, 7, 1));
    Problem late = aProblem(office.finance.id, QDate(2009, 5, 10)); // due 9 June
    const Problem saved = office.record(late);
    office.record(aProblem(office.publicity.id, QDate(2009, 6, 20))); // due 20 July

    const Result<CampaignFigures> figures =
        collectCampaignFigures(office.temp.session(), {QDate(2009, 6, 1), QDate(2009, 6, 30)});
    REQUIRE(figures);
    CHECK(figures->overdueProblems == 1);
    const DepartmentFigures& finance = rowOf(*figures, office.finance.id);
    CHECK(finance.overdueProblems == 1);
    CHECK(finance.isNamedForLateness());
    CHECK(finance.latenessReason().contains(QStringLiteral("enterprise problem")));
    CHECK(rowOf(*figures, office.publicity.id).overdueProblems == 0);
    REQUIRE(figures->overdueProblemItems.size() == 1);
    CHECK(figures->overdueProblemItems.at(0).itemId == saved.id);
    CHECK(figures->overdueProblemItems.at(0).daysOverdue == 21); // 9 June to the period's end, 30 June

    SECTION("a problem solved after the period still counts as overdue in it, not one solved before its deadline")
    {
        Problem solved = saved;
        solved.status = ProblemStatus::Solved;
        solved.solvedDate = QDate(2009, 6, 30);
        office.record(solved);
        const Result<CampaignFigures> june =
            collectCampaignFigures(office.temp.session(), {QDate(2009, 6, 1), QDate(2009, 6, 30)});
        REQUIRE(june);
        CHECK(june->overdueProblems == 1);
        const Result<CampaignFigures> july =
            collectCampaignFigures(office.temp.session(), {QDate(2009, 7, 1), QDate(2009, 7, 31)});
        REQUIRE(july);
        CHECK(july->overdueProblems == 0);
    }
}
