// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demodata.h"
#include "core/services/enterpriseservice.h"
#include "tests/enterprise/enterprisetesting.h"

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

TEST_CASE("the demo shows activities of every kind, remembered enterprises and a few overdue problems")
{
    TempDatabase temp;
    temp.clock().set(localMoment(2009, 11, 30));
    REQUIRE(populateDemoData(temp.session()));
    EnterpriseService& service = temp.session().enterprise();

    const Result<QList<Activity>> activities = service.activities();
    REQUIRE(activities);
    for (ActivityKind kind : allActivityKinds()) {
        INFO("kind " << activityKindCode(kind).toStdString());
        CHECK(
            std::any_of(activities->begin(), activities->end(), [kind](const Activity& a) { return a.kind == kind; }));
    }
    const Result<QList<Enterprise>> enterprises = service.enterprises();
    REQUIRE(enterprises);
    CHECK(enterprises->size() >= 10);
    const Result<QList<Problem>> problems = service.problems();
    REQUIRE(problems);
    CHECK(problems->size() >= 5);
    const Result<QList<Problem>> overdue = service.overdueProblems();
    REQUIRE(overdue);
    CHECK_FALSE(overdue->isEmpty());
    CHECK(overdue->size() < problems->size());
    const Result<QuarterCompliance> quarters = service.quarterCompliance();
    REQUIRE(quarters);
    CHECK(quarters->quarters().size() == 3);
    CHECK_FALSE(quarters->rows().isEmpty());
}
