// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/completeness.h"
#include "core/services/departmentservice.h"
#include "tests/support/builders.h"
#include "tests/support/rawdatabase.h"
#include "tests/support/tempdatabase.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace branddesk;
using namespace branddesk::test;

namespace {

QStringList namesOf(const QList<DepartmentOverview>& overviews)
{
    QStringList names;
    for (const DepartmentOverview& overview : overviews)
        names.append(overview.department.name);
    return names;
}

QStringList namesOf(const QList<Department>& departments)
{
    QStringList names;
    for (const Department& department : departments)
        names.append(department.name);
    return names;
}

} // namespace

TEST_CASE("an added department is stored with an id, version 1 and the clock's time")
{
    TempDatabase temp;
    int changes = 0;
    QObject::connect(&temp.departments(), &DepartmentService::changed, [&changes] { ++changes; });

    Department department = aDepartment("  市财政局  ");
    department.category = DepartmentCategory::Administrative;
    department.supervisesIntermediaries = true;
    department.sortOrder = 20;
    const Result<Department> added = temp.departments().add(department);
    REQUIRE(added);
    CHECK(added->id > 0);
    CHECK(added->version == 1);
    CHECK(added->name == QStringLiteral("市财政局")); // trimmed
    CHECK(added->createdAt == TempDatabase::startTime());
    CHECK(added->updatedAt == TempDatabase::startTime());
    CHECK(changes == 1);

    const Result<Department> found = temp.departments().find(added->id);
    REQUIRE(found);
    CHECK(found->name == QStringLiteral("市财政局"));
    CHECK(found->shortName == department.shortName);
    CHECK(found->category == DepartmentCategory::Administrative);
    CHECK(found->enterpriseFacing == department.enterpriseFacing);
    CHECK(found->supervisesIntermediaries);
    CHECK(found->principalLeader == department.principalLeader);
    CHECK(found->leaderInCharge == department.leaderInCharge);
    CHECK(found->contactPerson == department.contactPerson);
    CHECK(found->phone == department.phone);
    CHECK(found->email == department.email);
    CHECK(found->sortOrder == 20);
    CHECK(found->active);
    CHECK(found->version == 1);
    CHECK(found->createdAt == TempDatabase::startTime());
    CHECK(found->updatedAt == TempDatabase::startTime());
}

TEST_CASE("departments written inside another transaction are announced once, after it commits, and never if it "
          "rolls back")
{
    TempDatabase db;
    int announced = 0;
    QObject::connect(&db.departments(), &DepartmentService::changed, [&announced] { ++announced; });

    const Result<void> rolledBack = db.database().transaction([&]() -> Result<void> {
        REQUIRE(db.departments().add(aDepartment("市财政局")));
        return fail(Error::Code::Validation, QStringLiteral("stopped by the test"));
    });
    REQUIRE_FALSE(rolledBack);
    CHECK(announced == 0); // views would otherwise show a department that was never kept
    REQUIRE(db.departments().overviews());
    CHECK(db.departments().overviews()->isEmpty());

    const Result<void> committed = db.database().transaction([&]() -> Result<void> {
        REQUIRE(db.departments().add(aDepartment("市财政局")));
        REQUIRE(db.departments().add(aDepartment("市教育局")));
        CHECK(announced == 0); // not before the commit
        return {};
    });
    REQUIRE(committed);
    CHECK(announced == 1);

    REQUIRE(db.departments().add(aDepartment("市民政局"))); // on its own: announced at once
    CHECK(announced == 2);
}

TEST_CASE("stored timestamps are the clock's time in UTC")
{
    TempDatabase temp;
    const Result<Department> added = temp.departments().add(aDepartment());
    REQUIRE(added);
    temp.close();

    RawDatabase raw(temp, RawSqlite::Mode::ReadOnly);
    const QString stored = raw.scalar(QStringLiteral("SELECT created_at FROM departments")).toString();
    CAPTURE(stored);
    CHECK(stored.endsWith(QLatin1Char('Z')));
    CHECK(stored == TempDatabase::startTime().toUTC().toString(Qt::ISODateWithMs));
    CHECK(fromStorageTimestamp(stored) == TempDatabase::startTime());
}

TEST_CASE("updating a department bumps its version, stamps the time and keeps when it was created")
{
    TempDatabase temp;
    Result<Department> department = temp.departments().add(aDepartment());
    REQUIRE(department);

    temp.clock().advanceSecs(3600);
    department->contactPerson = QStringLiteral("陈海燕");
    department->category = DepartmentCategory::Other;
    const Result<Department> updated = temp.departments().update(*department);
    REQUIRE(updated);
    CHECK(updated->version == 2);
    CHECK(updated->updatedAt == TempDatabase::startTime().addSecs(3600));

    const Result<Department> found = temp.departments().find(department->id);
    REQUIRE(found);
    CHECK(found->contactPerson == QStringLiteral("陈海燕"));
    CHECK(found->category == DepartmentCategory::Other);
    CHECK(found->version == 2);
    CHECK(found->createdAt == TempDatabase::startTime());
    CHECK(found->updatedAt == TempDatabase::startTime().addSecs(3600));
}

TEST_CASE("a department name already in use is refused")
{
    TempDatabase temp;
    const Result<Department> finance = temp.departments().add(aDepartment("市财政局"));
    REQUIRE(finance);
    const Result<Department> audit = temp.departments().add(aDepartment("市审计局"));
    REQUIRE(audit);

    SECTION("when adding")
    {
        const Result<Department> again = temp.departments().add(aDepartment(" 市财政局 "));
        REQUIRE_FALSE(again);
        CHECK(again.error().code == Error::Code::Validation);
        CHECK(again.error().message.contains(QStringLiteral("市财政局")));
    }
    SECTION("when renaming another department to it")
    {
        Department renamed = *audit;
        renamed.name = QStringLiteral("市财政局");
        const Result<Department> updated = temp.departments().update(renamed);
        REQUIRE_FALSE(updated);
        CHECK(updated.error().code == Error::Code::Validation);
    }
    SECTION("but a department may keep its own name")
    {
        Department same = *finance;
        same.phone = QStringLiteral("0519-85680000");
        CHECK(temp.departments().update(same));
    }
    SECTION("and an invalid department is refused before it reaches the database")
    {
        Department invalid = aDepartment("市统计局");
        invalid.email = QStringLiteral("统计局");
        const Result<Department> added = temp.departments().add(invalid);
        REQUIRE_FALSE(added);
        CHECK(added.error().code == Error::Code::Validation);
    }
    const Result<QList<DepartmentOverview>> all = temp.departments().overviews();
    REQUIRE(all);
    CHECK(all->size() == 2);
}

TEST_CASE("a stale update from another session is refused as a conflict")
{
    TempDatabase temp;
    const Result<Department> added = temp.departments().add(aDepartment());
    REQUIRE(added);
    std::unique_ptr<Session> other = temp.openAnotherSession();

    // Both clerks open the same department.
    Result<Department> mine = temp.departments().find(added->id);
    Result<Department> theirs = other->departments().find(added->id);
    REQUIRE(mine);
    REQUIRE(theirs);

    mine->contactPerson = QStringLiteral("刘志强");
    REQUIRE(temp.departments().update(*mine));

    theirs->phone = QStringLiteral("0519-86660000");
    const Result<Department> stale = other->departments().update(*theirs);
    REQUIRE_FALSE(stale);
    CHECK(stale.error().code == Error::Code::Conflict);

    // After reloading, their change goes through on top of mine.
    Result<Department> reloaded = other->departments().find(added->id);
    REQUIRE(reloaded);
    CHECK(reloaded->contactPerson == QStringLiteral("刘志强"));
    reloaded->phone = QStringLiteral("0519-86660000");
    REQUIRE(other->departments().update(*reloaded));

    const Result<Department> latest = temp.departments().find(added->id);
    REQUIRE(latest);
    CHECK(latest->contactPerson == QStringLiteral("刘志强"));
    CHECK(latest->phone == QStringLiteral("0519-86660000"));
    CHECK(latest->version == 3);
}

TEST_CASE("updating a department that was removed meanwhile reports it as not found")
{
    TempDatabase temp;
    const Result<Department> added = temp.departments().add(aDepartment());
    REQUIRE(added);
    REQUIRE(temp.departments().remove(added->id));
    const Result<Department> updated = temp.departments().update(*added);
    REQUIRE_FALSE(updated);
    CHECK(updated.error().code == Error::Code::NotFound);
}

TEST_CASE("a deactivated department keeps its data but leaves the pickers")
{
    TempDatabase temp;
    const Result<Department> finance = temp.departments().add(aDepartment("市财政局"));
    REQUIRE(finance);
    REQUIRE(temp.brands().add(aBrand(finance->id, "阳光财政")));
    REQUIRE(temp.departments().add(aDepartment("市审计局")));

    const Result<Department> inactive = temp.departments().setActive(finance->id, false);
    REQUIRE(inactive);
    CHECK_FALSE(inactive->active);
    CHECK(inactive->version == 2);

    const Result<QList<Department>> pickable = temp.departments().activeDepartments();
    REQUIRE(pickable);
    CHECK(namesOf(*pickable) == QStringList{QStringLiteral("市审计局")});
    const Result<QList<DepartmentOverview>> all = temp.departments().overviews();
    REQUIRE(all);
    CHECK(all->size() == 2);
    const Result<Department> found = temp.departments().find(finance->id);
    REQUIRE(found);
    CHECK_FALSE(found->active);
    CHECK(found->name == QStringLiteral("市财政局"));

    SECTION("setting the same state again changes nothing")
    {
        const Result<Department> again = temp.departments().setActive(finance->id, false);
        REQUIRE(again);
        CHECK(again->version == 2);
    }
    SECTION("and it can be reactivated")
    {
        REQUIRE(temp.departments().setActive(finance->id, true));
        const Result<QList<Department>> active = temp.departments().activeDepartments();
        REQUIRE(active);
        CHECK(active->size() == 2);
    }
}

TEST_CASE("a department with a brand cannot be removed, one without can")
{
    TempDatabase temp;
    const Result<Department> finance = temp.departments().add(aDepartment("市财政局"));
    REQUIRE(finance);
    const Result<Brand> brand = temp.brands().add(aBrand(finance->id, "阳光财政"));
    REQUIRE(brand);

    const Result<void> refused = temp.departments().remove(finance->id);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::InUse);
    CHECK(temp.departments().find(finance->id));

    REQUIRE(temp.brands().remove(brand->id));
    REQUIRE(temp.departments().remove(finance->id));
    const Result<Department> gone = temp.departments().find(finance->id);
    REQUIRE_FALSE(gone);
    CHECK(gone.error().code == Error::Code::NotFound);
}

TEST_CASE("the department overview counts brands, shows the best completeness and flags departments without one")
{
    TempDatabase temp;
    const Result<Department> finance = temp.departments().add(aDepartment("市财政局"));
    const Result<Department> audit = temp.departments().add(aDepartment("市审计局"));
    const Result<Department> sports = temp.departments().add(aDepartment("市体育局"));
    REQUIRE(finance);
    REQUIRE(audit);
    REQUIRE(sports);
    REQUIRE(temp.brands().add(aBrand(finance->id, "阳光财政")));
    REQUIRE(temp.brands().add(aCompleteBrand(finance->id, "财政e服务")));
    REQUIRE(temp.brands().add(aBrand(audit->id, "阳光审计")));

    const Result<QList<DepartmentOverview>> overviews = temp.departments().overviews();
    REQUIRE(overviews);
    REQUIRE(overviews->size() == 3);
    auto overviewOf = [&overviews](qint64 id) {
        const auto it = std::find_if(overviews->begin(), overviews->end(),
                                     [id](const DepartmentOverview& o) { return o.department.id == id; });
        REQUIRE(it != overviews->end());
        return *it;
    };

    const DepartmentOverview financeOverview = overviewOf(finance->id);
    CHECK(financeOverview.brandCount == 2);
    CHECK(financeOverview.bestCompleteness == 100);
    CHECK_FALSE(financeOverview.lacksBrand());

    const DepartmentOverview auditOverview = overviewOf(audit->id);
    CHECK(auditOverview.brandCount == 1);
    CHECK(auditOverview.bestCompleteness == Completeness::of(aBrand(audit->id)).percent());
    CHECK(auditOverview.bestCompleteness < 50);
    CHECK_FALSE(auditOverview.lacksBrand());

    const DepartmentOverview sportsOverview = overviewOf(sports->id);
    CHECK(sportsOverview.brandCount == 0);
    CHECK(sportsOverview.bestCompleteness == -1);
    CHECK(sportsOverview.lacksBrand());
}

TEST_CASE("departments are listed by sort order, then in pinyin order")
{
    TempDatabase temp;
    Department last = aDepartment("市委办公室");
    last.sortOrder = 10;
    REQUIRE(temp.departments().add(last));
    for (const char* name : {"市委政法委员会", "市政府办公室", "市财政局", "市安全生产监督管理局", "市公安局"})
        REQUIRE(temp.departments().add(aDepartment(name)));

    const Result<QList<DepartmentOverview>> overviews = temp.departments().overviews();
    REQUIRE(overviews);
    // 市安(ān) 市财(cái) 市公(gōng) 市委(wěi) 市政(zhèng), then the one with sort order 10.
    CHECK(namesOf(*overviews) == QStringList{utf8("市安全生产监督管理局"), utf8("市财政局"), utf8("市公安局"),
                                             utf8("市委政法委员会"), utf8("市政府办公室"), utf8("市委办公室")});
}
