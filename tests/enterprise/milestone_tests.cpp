// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/concentratedweeks.h"
#include "core/services/enterpriseservice.h"
#include "core/services/milestoneservice.h"
#include "tests/enterprise/enterprisetesting.h"

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

const Milestone& concentratedWeek(const Campaign& campaign)
{
    for (const Milestone& m : campaign.milestones)
        if (m.code == ConcentratedWeeks::kMilestoneCode)
            return m;
    FAIL("no concentrated-week milestone");
    return campaign.milestones.constFirst();
}

MilestoneState stateOf(EnterpriseOffice& office, const Department& department)
{
    const Result<MilestoneBoard> board = office.temp.session().milestones().board(office.campaign.id);
    REQUIRE(board);
    const Milestone& milestone = concentratedWeek(office.campaign);
    int column = -1;
    for (int i = 0; i < board->campaign().milestones.size(); ++i)
        if (board->campaign().milestones.at(i).id == milestone.id)
            column = i;
    for (const DepartmentProgress& row : board->rows())
        if (row.department.id == department.id)
            return row.states.at(column);
    FAIL("department not on the board");
    return {};
}

} // namespace

TEST_CASE("the concentrated-week milestone is done while every quarter due so far is met")
{
    EnterpriseOffice office(QDate(2009, 6, 20));
    CHECK(stateOf(office, office.finance).status != MilestoneState::Status::Done);

    office.record(aConcentratedWeek(office.finance.id, QDate(2009, 6, 8)));
    MilestoneState state = stateOf(office, office.finance);
    CHECK(state.status == MilestoneState::Status::Done);
    CHECK(state.doneDate == QDate(2009, 6, 12));

    office.setToday(QDate(2009, 10, 1)); // the third quarter passed without a week
    CHECK(stateOf(office, office.finance).status != MilestoneState::Status::Done);

    office.record(aConcentratedWeek(office.finance.id, QDate(2009, 9, 21)));
    CHECK(stateOf(office, office.finance).status == MilestoneState::Status::Done);
}

TEST_CASE("the concentrated-week milestone cannot be ticked by hand, and says why")
{
    EnterpriseOffice office(QDate(2009, 6, 20));
    MilestoneCompletion tick;
    tick.milestoneId = concentratedWeek(office.campaign).id;
    tick.departmentId = office.finance.id;
    tick.doneDate = QDate(2009, 6, 19);
    const Result<MilestoneCompletion> refused = office.temp.session().milestones().record(tick);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::Validation);
    CHECK(refused.error().message.contains(QStringLiteral("Quarterly weeks")));
    CHECK(stateOf(office, office.finance).status != MilestoneState::Status::Done);
}

TEST_CASE("a department made enterprise-facing in August owes its weeks from the third quarter")
{
    EnterpriseOffice office(QDate(2009, 8, 10));
    Department publicity = office.publicity;
    publicity.enterpriseFacing = true;
    const Result<Department> updated = office.temp.departments().update(publicity);
    REQUIRE(updated);

    office.setToday(QDate(2009, 10, 8));
    const Result<QuarterCompliance> table = office.service().quarterCompliance();
    REQUIRE(table);
    const QuarterComplianceRow* row = table->row(office.publicity.id);
    REQUIRE(row != nullptr);
    CHECK(row->owedFrom == QDate(2009, 8, 10));
    CHECK(row->quarters ==
          QList<QuarterStatus>{QuarterStatus::NotOwed, QuarterStatus::Missing, QuarterStatus::Pending});
    const QuarterComplianceRow* finance = table->row(office.finance.id);
    REQUIRE(finance != nullptr);
    CHECK(finance->quarters.at(0) == QuarterStatus::Missing);
}
