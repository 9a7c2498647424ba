// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What the disk and the file can do to a write: each failure gives a clear message and leaves the file whole.
#include "core/services/backupmanager.h"
#include "core/storage/backupstore.h"
#include "core/storage/database.h"
#include "tests/safety/damage.h"
#include "tests/support/builders.h"
#include "tests/support/filehash.h"
#include "tests/support/rawsqlite.h"
#include "tests/support/tempdatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <unistd.h>

using namespace branddesk;
using namespace branddesk::test;

namespace {

void onConnection(Database& database, const QString& statement)
{
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(statement));
}

int departmentCount(TempDatabase& temp)
{
    const Result<QList<DepartmentOverview>> all = temp.departments().overviews();
    REQUIRE(all);
    return int(all->size());
}

void checkSound(const QString& path)
{
    const Result<QStringList> problems = BackupStore::integrityProblems(path, 1000);
    REQUIRE(problems);
    CHECK(problems->isEmpty());
}

} // namespace

TEST_CASE("a disk that fills up during a write rolls the whole transaction back with a clear message")
{
    TempDatabase temp;
    REQUIRE(temp.departments().add(aDepartment("市财政局")));
    QSqlQuery pages(temp.database().connection());
    REQUIRE(pages.exec(QStringLiteral("PRAGMA page_count")));
    REQUIRE(pages.next());
    // SQLite reports SQLITE_FULL as soon as the file would grow past this many pages, as on a full disk.
    onConnection(temp.database(), QStringLiteral("PRAGMA max_page_count = %1").arg(pages.value(0).toInt()));

    const Result<void> imported = temp.database().transaction([&temp]() -> Result<void> {
        for (int i = 0; i < 500; ++i) {
            Department department = aDepartment(QStringLiteral("常州市第%1委员会").arg(i));
            department.contactPerson = QString(30, QChar(0x5f20));
            if (Result<Department> added = temp.departments().add(department); !added)
                return fail(added.error());
        }
        return {};
    });

    REQUIRE_FALSE(imported);
    CHECK(imported.error().code == Error::Code::Storage);
    CHECK(imported.error().message.contains(QStringLiteral("The disk is full")));
    CHECK(departmentCount(temp) == 1);
    temp.close();
    checkSound(temp.path());
}

TEST_CASE("a read-only database is refused at opening, and a write refused later says why")
{
    TempDatabase temp;
    REQUIRE(temp.departments().add(aDepartment("市财政局")));

    SECTION("a write on a connection that became read-only")
    {
        onConnection(temp.database(), QStringLiteral("PRAGMA query_only = ON"));
        const Result<Department> added = temp.departments().add(aDepartment("市教育局"));
        REQUIRE_FALSE(added);
        CHECK(added.error().message.contains(QStringLiteral("read-only")));
        onConnection(temp.database(), QStringLiteral("PRAGMA query_only = OFF"));
        CHECK(departmentCount(temp) == 1);
    }
    SECTION("a file without write permission")
    {
        temp.close();
        const QByteArray before = sha256OfFile(temp.path());
        REQUIRE(QFile::setPermissions(temp.path(), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const Result<std::unique_ptr<Database>> opened = Database::open(temp.path());
        if (::geteuid() != 0) { // root may write to any file: then there is nothing to refuse
            REQUIRE_FALSE(opened);
            CHECK(opened.error().message.contains(QStringLiteral("read-only")));
        }
        REQUIRE(QFile::setPermissions(temp.path(), QFile::ReadOwner | QFile::WriteOwner));
        if (!opened)
            CHECK(sha256OfFile(temp.path()) == before);
    }
}

TEST_CASE("a database locked by another program beyond the busy timeout refuses the write and keeps the data")
{
    TempDatabase temp;
    REQUIRE(temp.departments().add(aDepartment("市财政局")));
    Database::OpenOptions impatient;
    impatient.busyTimeoutMs = 50;
    Result<std::unique_ptr<Database>> database = Database::open(temp.path(), impatient);
    REQUIRE(database);
    Session other(std::move(*database), temp.clock());
    REQUIRE(other.accounts().signIn(TempDatabase::userName(Role::Clerk), QString::fromLatin1(TempDatabase::kPassword)));

    RawSqlite holder(temp.path());
    holder.exec(QStringLiteral("BEGIN IMMEDIATE"));
    const Result<Department> added = other.departments().add(aDepartment("市教育局"));
    holder.exec(QStringLiteral("ROLLBACK"));
    holder.close();

    REQUIRE_FALSE(added);
    CHECK(added.error().code == Error::Code::Storage);
    CHECK(added.error().message.contains(QStringLiteral("Another program")));
    CHECK(departmentCount(temp) == 1);
    REQUIRE(other.departments().add(aDepartment("市教育局"))); // once the other program lets go, it works
}

TEST_CASE("a damaged file is refused unchanged with a message that offers the latest good backup")
{
    TempDatabase temp;
    for (int i = 0; i < 40; ++i)
        REQUIRE(temp.departments().add(aDepartment(QStringLiteral("部门%1").arg(i))));
    BackupManager manager(temp.path(), temp.clock());
    REQUIRE(manager.backUp(BackupReason::Daily));
    temp.close();
    damagePage(temp.path(), 4);
    const QByteArray before = sha256OfFile(temp.path());

    const Result<std::unique_ptr<Database>> opened = Database::open(temp.path());

    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == Error::Code::Corrupt);
    CHECK(opened.error().message.contains(QStringLiteral("damaged")));
    CHECK(opened.error().message.contains(QStringLiteral("backup")));
    CHECK(sha256OfFile(temp.path()) == before);

    const std::optional<BackupFile> latest = manager.latestGoodBackup();
    REQUIRE(latest);
    const Result<BackupFile> kept = manager.restore(latest->path);
    REQUIRE(kept);
    CHECK(kept->reason == BackupReason::Damaged); // too damaged for SQLite to copy: kept byte for byte
    CHECK(sha256OfFile(kept->path) == before);
    temp.reopen();
    CHECK(departmentCount(temp) == 40);
}

TEST_CASE("a database file deleted while open refuses further writes with a message")
{
    TempDatabase temp;
    REQUIRE(temp.departments().add(aDepartment("市财政局")));
    REQUIRE(QFile::remove(temp.path()));

    const Result<Department> added = temp.departments().add(aDepartment("市教育局"));

    REQUIRE_FALSE(added);
    CHECK(added.error().message.contains(QStringLiteral("moved or deleted")));
}
