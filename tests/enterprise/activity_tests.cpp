// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/enterprisesnapshots.h"
#include "core/services/enterpriseservice.h"
#include "tests/enterprise/enterprisetesting.h"

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

TEST_CASE("a recorded activity keeps every field, remembers its enterprise and says who recorded it")
{
    EnterpriseOffice office;
    Activity visit = aVisit(office.finance.id, QDate(2009, 5, 14));
    visit.enterpriseName = utf8("  常州某某科技有限公司 ");
    const Activity saved = office.record(visit);
    CHECK(saved.id > 0);
    CHECK(saved.enterpriseId > 0);
    CHECK(saved.enterpriseName == utf8("常州某某科技有限公司"));
    CHECK(saved.departmentName == utf8("市财政局"));
    CHECK(saved.participants == utf8("王建国、李娟"));
    CHECK(saved.leadingOfficial == utf8("张副局长"));
    CHECK(saved.outcome == utf8("梳理出两个难题，建立台账。"));
    CHECK(saved.recordedBy == TempDatabase::userName(Role::Clerk));
    CHECK(saved.version == 1);

    // The second visit picks the remembered name: one enterprise, two activities.
    office.record(aVisit(office.publicity.id, QDate(2009, 5, 15)));
    const Result<QList<Enterprise>> enterprises = office.service().enterprises();
    REQUIRE(enterprises);
    REQUIRE(enterprises->size() == 1);
    CHECK(enterprises->at(0).activityCount == 2);
    CHECK(enterprises->at(0).kind == EnterpriseKind::Enterprise);
}

TEST_CASE("a visit into a development zone remembers the zone as a zone")
{
    EnterpriseOffice office;
    Activity visit = aVisit(office.finance.id, QDate(2009, 5, 14), "武进高新区");
    visit.target = EnterpriseKind::Zone;
    office.record(visit);
    const Result<QList<Enterprise>> enterprises = office.service().enterprises();
    REQUIRE(enterprises);
    REQUIRE(enterprises->size() == 1);
    CHECK(enterprises->at(0).kind == EnterpriseKind::Zone);
}

TEST_CASE("five deliveries keep their items as flags and need at least one")
{
    EnterpriseOffice office;
    Activity delivery = aVisit(office.finance.id, QDate(2009, 5, 12));
    delivery.kind = ActivityKind::FiveDeliveries;
    const Result<Activity> refused = office.service().saveActivity(delivery);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("Tick what was delivered")));

    delivery.deliveries = DeliverPolicy | DeliverTalent;
    const Activity saved = office.record(delivery);
    CHECK(saved.deliveries == (DeliverPolicy | DeliverTalent));
    CHECK(saved.kindText().contains(deliveryName(DeliverTalent)));
}

TEST_CASE("an activity's mistakes are refused with every reason, and nothing is written")
{
    EnterpriseOffice office;
    Activity bad;
    bad.kind = ActivityKind::ThreeInto;
    bad.startDate = QDate(2009, 5, 16); // tomorrow
    bad.endDate = QDate(2009, 5, 10);
    const Result<Activity> refused = office.service().saveActivity(bad);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::Validation);
    const QString message = refused.error().message;
    CHECK(message.contains(QStringLiteral("Choose the department.")));
    CHECK(message.contains(QStringLiteral("lies in the future")));
    CHECK(message.contains(QStringLiteral("before it starts")));
    CHECK(message.contains(QStringLiteral("Enter the enterprise")));
    const Result<QList<Activity>> all = office.service().activities();
    REQUIRE(all);
    CHECK(all->isEmpty());
}

TEST_CASE("the activity list filters by department, kind, date range and enterprise")
{
    EnterpriseOffice office(QDate(2009, 7, 1));
    const Activity a = office.record(aVisit(office.finance.id, QDate(2009, 5, 14)));
    office.record(aVisit(office.publicity.id, QDate(2009, 6, 2), "常州某某机械有限公司"));
    office.record(aConcentratedWeek(office.finance.id, QDate(2009, 6, 8)));

    auto count = [&office](const ActivityFilter& filter) {
        const Result<QList<Activity>> list = office.service().activities(filter);
        REQUIRE(list);
        return list->size();
    };
    CHECK(count({}) == 3);
    ActivityFilter byDepartment;
    byDepartment.departmentId = office.finance.id;
    CHECK(count(byDepartment) == 2);
    ActivityFilter byKind;
    byKind.kind = ActivityKind::ConcentratedWeek;
    CHECK(count(byKind) == 1);
    ActivityFilter byDates;
    byDates.from = QDate(2009, 6, 10); // the week (8–12 June) overlaps
    byDates.to = QDate(2009, 6, 30);
    CHECK(count(byDates) == 1);
    ActivityFilter byEnterprise;
    byEnterprise.enterpriseId = a.enterpriseId;
    CHECK(count(byEnterprise) == 1);
}

TEST_CASE("editing an activity is audited, and a stale edit is refused")
{
    EnterpriseOffice office;
    const Activity saved = office.record(aVisit(office.finance.id, QDate(2009, 5, 14)));
    Activity edited = saved;
    edited.outcome = utf8("两个难题已列入台账。");
    office.temp.clock().advanceSecs(60);
    const Activity second = office.record(edited);
    CHECK(second.version == 2);

    const Result<QList<AuditEntry>> history =
        office.temp.session().audit().history(EnterpriseAuditEntities::kActivity, saved.id);
    REQUIRE(history);
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).action == AuditAction::Insert);
    CHECK(history->at(1).action == AuditAction::Update);
    CHECK(history->at(1).after().keys() == QStringList{QStringLiteral("outcome")});

    Activity stale = saved; // still at version 1
    stale.description = utf8("另一处修改");
    const Result<Activity> refused = office.service().saveActivity(stale);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::Conflict);
}

TEST_CASE("a leader can read the activities but not record one")
{
    EnterpriseOffice office;
    office.record(aVisit(office.finance.id, QDate(2009, 5, 14)));
    office.temp.signInAs(Role::Leader);
    CHECK(office.service().activities());
    const Result<Activity> refused = office.service().saveActivity(aVisit(office.finance.id, QDate(2009, 5, 14)));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::Forbidden);
}

TEST_CASE("removing an activity is audited with what it was")
{
    EnterpriseOffice office;
    const Activity saved = office.record(aVisit(office.finance.id, QDate(2009, 5, 14)));
    REQUIRE(office.service().removeActivity(saved.id));
    const Result<QList<AuditEntry>> history =
        office.temp.session().audit().history(EnterpriseAuditEntities::kActivity, saved.id);
    REQUIRE(history);
    CHECK(history->constLast().action == AuditAction::Delete);
    CHECK(history->constLast().before().value(QStringLiteral("enterprise")).toString() == utf8("常州某某科技有限公司"));
}
