// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Roles are enforced in the services: a leader reads everything and changes nothing.
#include "core/services/session.h"
#include "tests/support/builders.h"
#include "tests/support/rawsqlite.h"
#include "tests/support/tempdatabase.h"

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

template <typename T> void checkForbidden(const Result<T>& result)
{
    REQUIRE_FALSE(result);
    CHECK(result.error().code == Error::Code::Forbidden);
    CHECK_FALSE(result.error().message.isEmpty());
}

int auditCount(TempDatabase& temp)
{
    const Result<AuditChainReport> report = verifyAuditChain(temp.database());
    REQUIRE(report);
    return static_cast<int>(report->entriesChecked);
}

} // namespace

TEST_CASE("a leader can read everything but every write path refuses them")
{
    TempDatabase temp;
    const Result<Department> department = temp.departments().add(aDepartment("市财政局"));
    REQUIRE(department);
    const Result<Brand> brand = temp.brands().add(aBrand(department->id));
    REQUIRE(brand);
    const Result<Department> empty = temp.departments().add(aDepartment("市统计局"));
    REQUIRE(empty);
    temp.signInAs(Role::Leader);
    const int entriesBefore = auditCount(temp);

    // Reading works.
    REQUIRE(temp.departments().overviews());
    REQUIRE(temp.brands().overviews());
    REQUIRE(temp.brands().find(brand->id));

    SECTION("adding a department")
    {
        checkForbidden(temp.departments().add(aDepartment("市审计局")));
    }
    SECTION("editing a department")
    {
        Department edited = *department;
        edited.phone = QStringLiteral("0519-80000000");
        checkForbidden(temp.departments().update(edited));
    }
    SECTION("deactivating a department")
    {
        checkForbidden(temp.departments().setActive(department->id, false));
    }
    SECTION("deleting a department")
    {
        checkForbidden(temp.departments().remove(empty->id));
        CHECK(temp.departments().find(empty->id));
    }
    SECTION("adding a brand")
    {
        checkForbidden(temp.brands().add(aBrand(department->id, "财政为民")));
    }
    SECTION("editing a brand")
    {
        Result<Brand> edited = temp.brands().find(brand->id);
        REQUIRE(edited);
        edited->setText(BrandField::Mission, QStringLiteral("服务为民"));
        checkForbidden(temp.brands().update(*edited));
    }
    SECTION("deleting a brand")
    {
        checkForbidden(temp.brands().remove(brand->id));
    }
    SECTION("adding a user")
    {
        checkForbidden(temp.session().accounts().addUser(QStringLiteral("新人"), Role::Clerk,
                                                         QString::fromLatin1(TempDatabase::kPassword)));
    }
    SECTION("resetting a password")
    {
        checkForbidden(temp.session().accounts().resetPassword(1, QStringLiteral("another password")));
    }
    SECTION("deactivating a user")
    {
        checkForbidden(temp.session().accounts().setActive(1, false));
    }

    // Nothing changed and nothing was recorded.
    CHECK(auditCount(temp) == entriesBefore);
    const Result<Department> stored = temp.departments().find(department->id);
    REQUIRE(stored);
    CHECK(stored->version == 1);
    CHECK(stored->active);
    const Result<Brand> storedBrand = temp.brands().find(brand->id);
    REQUIRE(storedBrand);
    CHECK(storedBrand->version == 1);
}

TEST_CASE("the refusal names the role and says who can make the change")
{
    TempDatabase temp;
    temp.signInAs(Role::Leader);
    const Result<Department> added = temp.departments().add(aDepartment());
    REQUIRE_FALSE(added);
    CHECK(added.error().message.contains(TempDatabase::userName(Role::Leader)));
    CHECK(added.error().message.contains(QStringLiteral("Leader")));
}

TEST_CASE("nobody signed in can change nothing")
{
    TempDatabase temp;
    temp.session().accounts().signOut();
    checkForbidden(temp.departments().add(aDepartment()));
    checkForbidden(temp.brands().remove(1));
    CHECK_FALSE(temp.session().currentUser().isSignedIn());
}

TEST_CASE("a clerk enters data but cannot manage accounts; an administrator can do both")
{
    TempDatabase temp;
    REQUIRE(temp.departments().add(aDepartment("市财政局")));
    checkForbidden(temp.session().accounts().addUser(QStringLiteral("新人"), Role::Clerk,
                                                     QString::fromLatin1(TempDatabase::kPassword)));
    checkForbidden(temp.session().accounts().users());

    temp.signInAs(Role::Administrator);
    REQUIRE(temp.departments().add(aDepartment("市审计局")));
    const Result<User> added = temp.session().accounts().addUser(QStringLiteral("新人"), Role::Leader,
                                                                 QString::fromLatin1(TempDatabase::kPassword));
    REQUIRE(added);
    CHECK(added->role == Role::Leader);
    const Result<QList<User>> users = temp.session().accounts().users();
    REQUIRE(users);
    CHECK(users->size() == 5);
}
