// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/inspectionservice.h"
#include "core/storage/database.h"
#include "tests/inspections/inspectiontesting.h"
#include "tests/support/rawsqlite.h"

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

TEST_CASE("a rectification is overdue from the day after its deadline, and never once done")
{
    Rectification r;
    r.demand = QStringLiteral("整改");
    r.deadline = QDate(2009, 6, 1);
    CHECK_FALSE(r.isOverdue(QDate(2009, 5, 31)));
    CHECK_FALSE(r.isOverdue(QDate(2009, 6, 1)));
    CHECK(r.isOverdue(QDate(2009, 6, 2)));
    CHECK(r.daysOverdue(QDate(2009, 6, 2)) == 1);
    CHECK(r.daysOverdue(QDate(2009, 6, 1)) == 0);
    r.status = RectificationStatus::Done;
    r.doneDate = QDate(2009, 6, 5);
    CHECK_FALSE(r.isOverdue(QDate(2009, 6, 10)));
}

TEST_CASE("the service's overdue demands follow the clock across the deadline")
{
    InspectionOffice office;
    Inspection inspection = anInspection(office.finance.id, QDate(2009, 5, 14));
    inspection.rectifications[0].deadline = QDate(2009, 5, 20);
    const Inspection saved = office.record(inspection);

    office.temp.clock().set(localTime(2009, 5, 20, 23, 59));
    Result<QList<RectificationItem>> overdue = office.inspections().overdueRectifications();
    REQUIRE(overdue);
    CHECK(overdue->isEmpty());
    Result<QList<InspectionListItem>> listed = office.inspections().list();
    REQUIRE(listed);
    CHECK(listed->at(0).overdueCount == 0);

    office.temp.clock().set(localTime(2009, 5, 21, 0, 1));
    overdue = office.inspections().overdueRectifications();
    REQUIRE(overdue);
    REQUIRE(overdue->size() == 1);
    CHECK(overdue->at(0).inspectionId == saved.id);
    CHECK(overdue->at(0).departmentId == office.finance.id);
    CHECK(overdue->at(0).rectification.daysOverdue(office.inspections().today()) == 1);
    listed = office.inspections().list();
    REQUIRE(listed);
    CHECK(listed->at(0).overdueCount == 1);

    SECTION("done, it leaves the overdue list")
    {
        Inspection followed = saved;
        followed.rectifications[0].status = RectificationStatus::Done;
        followed.rectifications[0].doneDate = QDate(2009, 5, 21);
        office.record(followed);
        overdue = office.inspections().overdueRectifications();
        REQUIRE(overdue);
        CHECK(overdue->isEmpty());
    }
    SECTION("a deactivated department's demands leave it too")
    {
        REQUIRE(office.temp.departments().setActive(office.finance.id, false));
        overdue = office.inspections().overdueRectifications();
        REQUIRE(overdue);
        CHECK(overdue->isEmpty());
        const Result<QList<RectificationItem>> own = office.inspections().openRectifications(office.finance.id);
        REQUIRE(own);
        CHECK(own->size() == 1);
    }
}

TEST_CASE("opening a version-4 database adds the inspection tables and keeps its data", "[sqlite]")
{
    InspectionOffice office;
    const QString path = office.temp.path();
    office.temp.close();
    {
        // Back to version 4: what the previous release wrote.
        RawSqlite raw(path);
        raw.rollBackTo(4);
        CHECK_FALSE(raw.tables().contains(QStringLiteral("inspections")));
        CHECK(raw.tables().contains(QStringLiteral("weekly_reports")));
    }
    office.temp.reopen();
    RawSqlite raw(path, RawSqlite::Mode::ReadOnly);
    CHECK(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt() == Database::latestSchemaVersion());
    CHECK(raw.tables().contains(QStringLiteral("inspections")));
    CHECK(raw.tables().contains(QStringLiteral("rectifications")));
    raw.close();
    const Result<Department> finance = office.temp.departments().find(office.finance.id);
    REQUIRE(finance);
    CHECK(finance->name == QStringLiteral("市财政局"));
    const Result<Brand> brand = office.temp.brands().find(office.financeBrand.id);
    REQUIRE(brand);
    office.record(anInspection(office.finance.id, QDate(2009, 5, 14)));
}
