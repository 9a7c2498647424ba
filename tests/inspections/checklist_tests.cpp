// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inspections/inspectionchecklist.h"
#include "core/services/inspectionservice.h"
#include "tests/inspections/inspectiontesting.h"

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

Milestone aMilestone(qint64 id, const char* code, const QDate& due, Applicability appliesTo = Applicability::All)
{
    Milestone m;
    m.id = id;
    m.ordinal = int(id);
    m.code = QString::fromLatin1(code);
    m.name = QStringLiteral("任务") + m.code;
    m.shortName = m.code;
    m.appliesTo = appliesTo;
    m.due = due;
    return m;
}

Campaign aCampaign()
{
    Campaign c;
    c.id = 1;
    c.milestones = {aMilestone(1, "discussion", QDate(2009, 5, 20)),
                    aMilestone(2, "direct-line", QDate(2009, 6, 10), Applicability::EnterpriseFacing),
                    aMilestone(3, "approval-reform", QDate(2009, 6, 10), Applicability::Administrative),
                    aMilestone(4, "self-declaration", QDate(2009, 8, 20)), aMilestone(5, "hotline", QDate())};
    return c;
}

QStringList keysOf(const QList<InspectionCheck>& checks)
{
    QStringList keys;
    for (const InspectionCheck& check : checks)
        keys.append(check.key);
    return keys;
}

Department aPartyDepartment()
{
    Department d = aDepartment("市委宣传部");
    d.id = 2;
    d.category = DepartmentCategory::PartyMass;
    d.enterpriseFacing = false;
    return d;
}

} // namespace

TEST_CASE("the checklist has one item per brand standard, judged by the brand's completeness")
{
    Department finance = aDepartment("市财政局");
    finance.id = 1;
    Brand brand = aBrand(finance.id, "阳光财政");
    brand.setText(BrandField::Mission, QStringLiteral("为民理财"));
    const QList<InspectionCheck> checks =
        InspectionChecklist::generate(finance, brand, std::nullopt, {}, QDate(2009, 5, 15));
    REQUIRE(keysOf(checks) == QStringList{QStringLiteral("standard:name"), QStringLiteral("standard:logo"),
                                          QStringLiteral("standard:culture"), QStringLiteral("standard:service-system"),
                                          QStringLiteral("standard:social-benefit")});
    CHECK(checks.at(0).label == brandStandardName(BrandStandard::Name));
    CHECK(checks.at(0).result == CheckResult::Met);
    CHECK(checks.at(0).note.isEmpty());
    CHECK(checks.at(1).result == CheckResult::NotMet);
    CHECK(checks.at(1).note.contains(QStringLiteral("No logo image")));
    CHECK(checks.at(2).result == CheckResult::Partly); // the mission, but not the other three
    CHECK(checks.at(2).note.contains(brandFieldName(BrandField::Spirit)));
    CHECK_FALSE(checks.at(2).note.contains(brandFieldName(BrandField::Mission)));
    CHECK(checks.at(3).result == CheckResult::NotMet);
    CHECK(checks.at(4).result == CheckResult::NotMet);

    const QList<InspectionCheck> complete =
        InspectionChecklist::generate(finance, aCompleteBrand(finance.id), std::nullopt, {}, QDate(2009, 5, 15));
    REQUIRE(complete.size() == 5);
    for (const InspectionCheck& check : complete)
        CHECK(check.result == CheckResult::Met);
}

TEST_CASE("a department without a brand is checked for having one, not met")
{
    const QList<InspectionCheck> checks =
        InspectionChecklist::generate(aPartyDepartment(), std::nullopt, std::nullopt, {}, QDate(2009, 5, 15));
    REQUIRE(checks.size() == 1);
    CHECK(checks.at(0).key == kNoBrandCheckKey);
    CHECK(checks.at(0).label == QStringLiteral("Has a service brand"));
    CHECK(checks.at(0).result == CheckResult::NotMet);
    CHECK_FALSE(checks.at(0).note.isEmpty());
}

TEST_CASE("the department's best brand is its most complete one, the first of equals")
{
    const Brand thin = aBrand(1, "甲");
    Brand complete = aCompleteBrand(1, "乙");
    complete.id = 7;
    Brand alsoComplete = aCompleteBrand(1, "丙");
    alsoComplete.id = 8;
    CHECK_FALSE(InspectionChecklist::bestBrand({}).has_value());
    const std::optional<Brand> best = InspectionChecklist::bestBrand({thin, complete, alsoComplete});
    REQUIRE(best);
    CHECK(best->id == 7);
}

TEST_CASE("the milestones due on or before the day and owed by the department follow the standards")
{
    Department finance = aDepartment("市财政局"); // administrative and enterprise-facing
    finance.id = 1;
    const Campaign campaign = aCampaign();

    SECTION("before anything is due, only the standards")
    {
        const auto checks = InspectionChecklist::generate(finance, aBrand(1), campaign, {}, QDate(2009, 5, 19));
        CHECK(checks.size() == 5);
    }
    SECTION("a milestone due on the day itself is on the list")
    {
        const auto checks = InspectionChecklist::generate(finance, aBrand(1), campaign, {}, QDate(2009, 5, 20));
        REQUIRE(checks.size() == 6);
        CHECK(checks.at(5).key == QStringLiteral("milestone:discussion"));
        CHECK(checks.at(5).label == QStringLiteral("任务discussion"));
        CHECK(checks.at(5).result == CheckResult::NotMet);
        CHECK(checks.at(5).note == QStringLiteral("Due 2009-05-20; not done."));
    }
    SECTION("each applicable milestone in campaign order; none without a due date")
    {
        const auto checks = InspectionChecklist::generate(finance, aBrand(1), campaign, {}, QDate(2009, 12, 31));
        CHECK(keysOf(checks).mid(5) ==
              QStringList{QStringLiteral("milestone:discussion"), QStringLiteral("milestone:direct-line"),
                          QStringLiteral("milestone:approval-reform"), QStringLiteral("milestone:self-declaration")});
    }
    SECTION("milestones for enterprise-facing or administrative departments are left out for a party department")
    {
        const auto checks =
            InspectionChecklist::generate(aPartyDepartment(), std::nullopt, campaign, {}, QDate(2009, 12, 31));
        CHECK(keysOf(checks) == QStringList{QString(kNoBrandCheckKey), QStringLiteral("milestone:discussion"),
                                            QStringLiteral("milestone:self-declaration")});
    }
}

TEST_CASE("a milestone done by the inspection day is met, with when; one done later is not met yet")
{
    Department finance = aDepartment("市财政局");
    finance.id = 1;
    MilestoneCompletion onTime{0, 1, 1, QDate(2009, 5, 18), {}, {}, {}, {}, {}, 1};
    MilestoneCompletion late{0, 2, 1, QDate(2009, 6, 13), {}, {}, {}, {}, {}, 1};
    MilestoneCompletion afterwards{0, 3, 1, QDate(2009, 6, 20), {}, {}, {}, {}, {}, 1};
    MilestoneCompletion otherDepartment{0, 4, 9, QDate(2009, 5, 1), {}, {}, {}, {}, {}, 1};
    const auto checks = InspectionChecklist::generate(finance, aBrand(1), aCampaign(),
                                                      {onTime, late, afterwards, otherDepartment}, QDate(2009, 6, 15));
    REQUIRE(checks.size() == 8);
    CHECK(checks.at(5).result == CheckResult::Met);
    CHECK(checks.at(5).note == QStringLiteral("Done on 2009-05-18."));
    CHECK(checks.at(6).result == CheckResult::Met);
    CHECK(checks.at(6).note == QStringLiteral("Done on 2009-06-13, 3 day(s) late."));
    CHECK(checks.at(7).key == QStringLiteral("milestone:approval-reform"));
    CHECK(checks.at(7).result == CheckResult::NotMet);
}

TEST_CASE("the service draws up a department's checklist from its brand and the current campaign")
{
    InspectionOffice office;
    office.temp.clock().set(localTime(2009, 6, 15));
    const Result<QList<InspectionCheck>> finance =
        office.inspections().checklistFor(office.finance.id, QDate(2009, 6, 15));
    REQUIRE(finance);
    // Five standards, the five milestones of phase 1 (due 20 May) and 局长直通车 (enterprise-facing, due 10 June).
    REQUIRE(finance->size() == 11);
    CHECK(finance->at(0).result == CheckResult::Met); // 阳光财政 has its name
    CHECK(finance->at(1).result == CheckResult::NotMet);
    CHECK(finance->at(5).key == QStringLiteral("milestone:discussion"));
    CHECK(finance->at(10).key == QStringLiteral("milestone:direct-line"));

    MilestoneCompletion done;
    done.milestoneId = office.milestone("discussion").id;
    done.departmentId = office.finance.id;
    done.doneDate = QDate(2009, 5, 12);
    REQUIRE(office.temp.session().milestones().record(done));
    const Result<QList<InspectionCheck>> again =
        office.inspections().checklistFor(office.finance.id, QDate(2009, 6, 15));
    REQUIRE(again);
    CHECK(again->at(5).result == CheckResult::Met);
    CHECK(again->at(5).note == QStringLiteral("Done on 2009-05-12."));

    const Result<QList<InspectionCheck>> publicity =
        office.inspections().checklistFor(office.publicity.id, QDate(2009, 6, 15));
    REQUIRE(publicity);
    REQUIRE(publicity->size() == 6); // no brand, and the five milestones of phase 1
    CHECK(publicity->at(0).key == kNoBrandCheckKey);

    const Result<QList<InspectionCheck>> unknown = office.inspections().checklistFor(999, QDate(2009, 6, 15));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == Error::Code::NotFound);
}
