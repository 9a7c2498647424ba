// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/campaign/campaign.h"
#include "tests/campaign/campaigntesting.h"
#include "tests/support/builders.h"

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

using Status = MilestoneState::Status;

constexpr int kLeadDays = 3;

/// A department with no flags, of `category`.
Department plainDepartment(DepartmentCategory category)
{
    Department department = aDepartment("市档案局");
    department.category = category;
    department.enterpriseFacing = false;
    department.supervisesIntermediaries = false;
    return department;
}

Milestone aMilestone(const QDate& due, Applicability applicability = Applicability::All)
{
    Milestone milestone;
    milestone.id = 7;
    milestone.code = QStringLiteral("brand-name");
    milestone.name = QStringLiteral("论证确定服务品牌名称");
    milestone.appliesTo = applicability;
    milestone.due = due;
    return milestone;
}

MilestoneCompletion doneOn(const QDate& day)
{
    MilestoneCompletion completion;
    completion.milestoneId = 7;
    completion.doneDate = day;
    return completion;
}

MilestoneState evaluate(const Milestone& milestone, const std::optional<MilestoneCompletion>& completion = {},
                        const Department& department = aDepartment())
{
    return evaluateMilestone(milestone, department, completion, kToday, kLeadDays);
}

} // namespace

TEST_CASE("a milestone for all departments applies to every department")
{
    const DepartmentCategory category = GENERATE(DepartmentCategory::PartyMass, DepartmentCategory::Administrative,
                                                 DepartmentCategory::PoliticalLegal, DepartmentCategory::Other);
    Department department = plainDepartment(category);
    CHECK(appliesTo(Applicability::All, department));
    department.enterpriseFacing = true;
    department.supervisesIntermediaries = true;
    CHECK(appliesTo(Applicability::All, department));
}

TEST_CASE("an enterprise-facing milestone applies only to enterprise-facing departments")
{
    Department department = plainDepartment(DepartmentCategory::Administrative);
    CHECK_FALSE(appliesTo(Applicability::EnterpriseFacing, department));
    department.supervisesIntermediaries = true;
    CHECK_FALSE(appliesTo(Applicability::EnterpriseFacing, department));
    department.enterpriseFacing = true;
    CHECK(appliesTo(Applicability::EnterpriseFacing, department));

    Department party = plainDepartment(DepartmentCategory::PartyMass);
    party.enterpriseFacing = true;
    CHECK(appliesTo(Applicability::EnterpriseFacing, party));
}

TEST_CASE("a milestone for departments supervising intermediaries applies only to them")
{
    Department department = plainDepartment(DepartmentCategory::Administrative);
    CHECK_FALSE(appliesTo(Applicability::SupervisesIntermediaries, department));
    department.enterpriseFacing = true;
    CHECK_FALSE(appliesTo(Applicability::SupervisesIntermediaries, department));
    department.supervisesIntermediaries = true;
    CHECK(appliesTo(Applicability::SupervisesIntermediaries, department));

    Department legal = plainDepartment(DepartmentCategory::PoliticalLegal);
    legal.supervisesIntermediaries = true;
    CHECK(appliesTo(Applicability::SupervisesIntermediaries, legal));
}

TEST_CASE("an administrative milestone applies only to administrative departments, whatever their flags")
{
    CHECK(appliesTo(Applicability::Administrative, plainDepartment(DepartmentCategory::Administrative)));
    const DepartmentCategory other =
        GENERATE(DepartmentCategory::PartyMass, DepartmentCategory::PoliticalLegal, DepartmentCategory::Other);
    Department department = plainDepartment(other);
    department.enterpriseFacing = true;
    department.supervisesIntermediaries = true;
    CHECK_FALSE(appliesTo(Applicability::Administrative, department));
}

TEST_CASE("applicability codes of a definition read back as the same rule")
{
    for (Applicability rule : {Applicability::All, Applicability::EnterpriseFacing,
                               Applicability::SupervisesIntermediaries, Applicability::Administrative})
        CHECK(applicabilityFromCode(applicabilityCode(rule)) == rule);
    CHECK(applicabilityCode(Applicability::EnterpriseFacing) == QStringLiteral("enterprise-facing"));
    CHECK(applicabilityCode(Applicability::SupervisesIntermediaries) == QStringLiteral("supervises-intermediaries"));
    CHECK_FALSE(applicabilityFromCode(QStringLiteral("enterprise")));
}

TEST_CASE("a milestone due today is yellow with no days left")
{
    const MilestoneState state = evaluate(aMilestone(kToday));
    CHECK(state.status == Status::DueSoon);
    CHECK(state.light() == Light::Yellow);
    CHECK(state.daysLeft == 0);
    CHECK(state.daysOverdue == 0);
}

TEST_CASE("a milestone due tomorrow is yellow with one day left")
{
    const MilestoneState state = evaluate(aMilestone(kToday.addDays(1)));
    CHECK(state.status == Status::DueSoon);
    CHECK(state.light() == Light::Yellow);
    CHECK(state.daysLeft == 1);
}

TEST_CASE("a milestone due in exactly the lead days is yellow")
{
    const MilestoneState state = evaluate(aMilestone(kToday.addDays(3)));
    CHECK(state.status == Status::DueSoon);
    CHECK(state.light() == Light::Yellow);
    CHECK(state.daysLeft == 3);
}

TEST_CASE("a milestone due one day after the lead days has no light yet")
{
    const MilestoneState state = evaluate(aMilestone(kToday.addDays(4)));
    CHECK(state.status == Status::Pending);
    CHECK(state.light() == Light::None);
    CHECK(state.daysLeft == 4);
}

TEST_CASE("with no lead days a milestone turns yellow only on its due day")
{
    const Department department = aDepartment();
    CHECK(evaluateMilestone(aMilestone(kToday.addDays(1)), department, {}, kToday, 0).status == Status::Pending);
    CHECK(evaluateMilestone(aMilestone(kToday), department, {}, kToday, 0).status == Status::DueSoon);
}

TEST_CASE("a milestone one day past due is red, one day overdue")
{
    const MilestoneState state = evaluate(aMilestone(kToday.addDays(-1)));
    CHECK(state.status == Status::Overdue);
    CHECK(state.light() == Light::Red);
    CHECK(state.daysOverdue == 1);
    CHECK(state.daysLeft == 0);
}

TEST_CASE("a milestone done on its due day is green and not late")
{
    const MilestoneState state = evaluate(aMilestone(kToday.addDays(-10)), doneOn(kToday.addDays(-10)));
    CHECK(state.status == Status::Done);
    CHECK(state.light() == Light::Green);
    CHECK_FALSE(state.isDoneLate());
    CHECK(state.daysOverdue == 0);
    CHECK(state.doneDate == kToday.addDays(-10));
}

TEST_CASE("a milestone done before it is due is green, even while it would be yellow")
{
    const MilestoneState state = evaluate(aMilestone(kToday.addDays(1)), doneOn(kToday.addDays(-2)));
    CHECK(state.status == Status::Done);
    CHECK(state.light() == Light::Green);
    CHECK_FALSE(state.isDoneLate());
}

TEST_CASE("a milestone done late is green and remembers how many days late")
{
    const MilestoneState state = evaluate(aMilestone(QDate(2009, 5, 10)), doneOn(QDate(2009, 5, 13)));
    CHECK(state.status == Status::Done);
    CHECK(state.light() == Light::Green);
    CHECK(state.isDoneLate());
    CHECK(state.daysOverdue == 3);
}

TEST_CASE("a milestone that does not apply is grey, even when it is overdue or recorded")
{
    const Department department = plainDepartment(DepartmentCategory::PartyMass);
    const Milestone milestone = aMilestone(kToday.addDays(-5), Applicability::EnterpriseFacing);
    MilestoneState state = evaluate(milestone, {}, department);
    CHECK(state.status == Status::NotApplicable);
    CHECK(state.light() == Light::Grey);
    CHECK(state.daysOverdue == 0);

    state = evaluate(milestone, doneOn(kToday), department);
    CHECK(state.light() == Light::Grey);
}

TEST_CASE("a milestone without a due date is pending with no light")
{
    const MilestoneState state = evaluate(aMilestone(QDate()));
    CHECK(state.status == Status::Pending);
    CHECK(state.light() == Light::None);
    CHECK(state.daysOverdue == 0);
}

TEST_CASE("a milestone without a due date is green once done and never late")
{
    const MilestoneState state = evaluate(aMilestone(QDate()), doneOn(kToday));
    CHECK(state.status == Status::Done);
    CHECK_FALSE(state.isDoneLate());
}
