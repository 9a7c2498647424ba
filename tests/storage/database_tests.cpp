// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/database.h"
#include "tests/support/builders.h"
#include "tests/support/filehash.h"
#include "tests/support/rawsqlite.h"
#include "tests/support/tempdatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

/// A PRAGMA's value on the database's own connection (foreign_keys is a property of the connection).
QVariant pragma(Database& database, const char* name)
{
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)));
    REQUIRE(query.next());
    return query.value(0);
}

/// Opening `path` is refused with `code`, and the file is byte-identical afterwards.
void checkRefusedUnchanged(const QString& path, Error::Code code)
{
    const QByteArray before = sha256OfFile(path);
    const qint64 sizeBefore = QFileInfo(path).size();

    const Result<std::unique_ptr<Database>> database = Database::open(path);

    REQUIRE_FALSE(database);
    CHECK(database.error().code == code);
    CHECK(database.error().message.contains(QFileInfo(path).fileName()));
    CHECK(sha256OfFile(path) == before);
    CHECK(QFileInfo(path).size() == sizeBefore);
}

} // namespace

TEST_CASE("a new database is created with our application id, the latest schema, WAL and foreign keys")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("新建文件夹/branddesk.sqlite"));

    Result<std::unique_ptr<Database>> database = Database::open(path);
    REQUIRE(database);
    Database& db = **database;

    CHECK(QFileInfo::exists(path));
    CHECK(db.path() == QFileInfo(path).absoluteFilePath());
    CHECK(pragma(db, "user_version").toInt() == Database::latestSchemaVersion());
    CHECK(pragma(db, "application_id").toInt() == Database::kApplicationId);
    CHECK(pragma(db, "journal_mode").toString() == QStringLiteral("wal"));
    CHECK(pragma(db, "foreign_keys").toInt() == 1);
    CHECK(pragma(db, "synchronous").toInt() == 2); // FULL

    database->reset();
    RawSqlite raw(path, RawSqlite::Mode::ReadOnly);
    CHECK(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt() == Database::latestSchemaVersion());
    CHECK(raw.scalar(QStringLiteral("PRAGMA application_id")).toInt() == Database::kApplicationId);
    const QStringList tables = raw.tables();
    CHECK(tables.contains(QStringLiteral("departments")));
    CHECK(tables.contains(QStringLiteral("brands")));
    CHECK(tables.contains(QStringLiteral("brand_logos")));
}

TEST_CASE("the application id spells BRND")
{
    CHECK(QByteArray::fromHex(QByteArray::number(Database::kApplicationId, 16)) == QByteArray("BRND"));
}

TEST_CASE("a reopened database keeps its data")
{
    TempDatabase temp;
    const Result<Department> added = temp.departments().add(aDepartment("市财政局"));
    REQUIRE(added);
    const Result<Brand> brand = temp.brands().add(aCompleteBrand(added->id, "阳光财政"));
    REQUIRE(brand);

    temp.reopen();

    const Result<Department> found = temp.departments().find(added->id);
    REQUIRE(found);
    CHECK(found->name == QStringLiteral("市财政局"));
    CHECK(found->createdAt == TempDatabase::startTime());
    const Result<Brand> foundBrand = temp.brands().find(brand->id);
    REQUIRE(foundBrand);
    CHECK(foundBrand->name() == QStringLiteral("阳光财政"));
    REQUIRE(foundBrand->logo);
    CHECK(foundBrand->logo->png == brand->logo->png);
}

TEST_CASE("a database written by a newer BrandDesk is refused and left byte-identical", "[sqlite]")
{
    TempDatabase temp;
    REQUIRE(temp.departments().add(aDepartment()));
    temp.close();
    {
        RawSqlite raw(temp.path());
        raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1));
    }

    checkRefusedUnchanged(temp.path(), Error::Code::TooNew);

    RawSqlite raw(temp.path(), RawSqlite::Mode::ReadOnly);
    CHECK(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt() == Database::latestSchemaVersion() + 1);
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM departments")).toInt() == 1);
}

TEST_CASE("a file that is not an SQLite database is refused and left byte-identical")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("名单.txt"));

    SECTION("a text file")
    {
        writeFile(path, QStringLiteral("部门名称,联系人,电话\n市财政局,张晓东,0519-85681234\n").toUtf8());
        checkRefusedUnchanged(path, Error::Code::ForeignFile);
    }
    SECTION("a file that starts like SQLite but is damaged")
    {
        QByteArray bytes("SQLite format 3\0", 16);
        bytes.append(QByteArray(4080, '\x5a'));
        writeFile(path, bytes);
        checkRefusedUnchanged(path, Error::Code::ForeignFile);
    }
}

TEST_CASE("an SQLite database of another program is refused and left byte-identical")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("invoices.db"));
    {
        RawSqlite raw(path);
        raw.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, customer TEXT, amount INTEGER)"));
        raw.exec(QStringLiteral("INSERT INTO invoices (customer, amount) VALUES ('常州某公司', 1200)"));
    }

    SECTION("without an application id")
    {
        checkRefusedUnchanged(path, Error::Code::ForeignFile);
    }
    SECTION("with another program's application id")
    {
        {
            RawSqlite raw(path);
            raw.exec(QStringLiteral("PRAGMA application_id = 1234"));
        }
        checkRefusedUnchanged(path, Error::Code::ForeignFile);
    }
}

TEST_CASE("an empty file is taken as a new database")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("branddesk.sqlite"));

    SECTION("a 0-byte file")
    {
        writeFile(path, QByteArray());
        REQUIRE(QFileInfo(path).size() == 0);
    }
    SECTION("an SQLite file with nothing in it")
    {
        RawSqlite raw(path);
        raw.exec(QStringLiteral("CREATE TABLE scratch (x)"));
        raw.exec(QStringLiteral("DROP TABLE scratch"));
        raw.close();
        REQUIRE(QFileInfo(path).size() > 0);
    }

    Result<std::unique_ptr<Database>> database = Database::open(path);
    REQUIRE(database);
    CHECK(pragma(**database, "user_version").toInt() == Database::latestSchemaVersion());
    CHECK(pragma(**database, "application_id").toInt() == Database::kApplicationId);
}

TEST_CASE("a migration that fails leaves the database as it was", "[sqlite]")
{
    // A file that says it is ours at version 0, but already holds a table the first migration creates:
    // the migration stops halfway, and what it did before that must be rolled back.
    TempDatabase temp;
    temp.close();
    QFile::remove(temp.path());
    {
        RawSqlite raw(temp.path());
        raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId));
        raw.exec(QStringLiteral("CREATE TABLE brands (leftover TEXT)"));
    }

    const Result<std::unique_ptr<Database>> database = Database::open(temp.path());
    REQUIRE_FALSE(database);
    CHECK(database.error().code == Error::Code::Storage);
    CHECK_FALSE(database.error().detail.isEmpty());

    RawSqlite raw(temp.path(), RawSqlite::Mode::ReadOnly);
    CHECK(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt() == 0);
    CHECK(raw.tables() == QStringList{QStringLiteral("brands")}); // departments, created first, is gone again
}

TEST_CASE("a transaction commits when its work succeeds and rolls back when it fails")
{
    TempDatabase temp;
    auto departmentCount = [&temp] {
        const Result<QList<DepartmentOverview>> all = temp.departments().overviews();
        REQUIRE(all);
        return all->size();
    };

    SECTION("success is kept")
    {
        const Result<void> done = temp.database().transaction([&temp]() -> Result<void> {
            const Result<Department> added = temp.departments().add(aDepartment());
            return added ? Result<void>() : fail(added.error());
        });
        REQUIRE(done);
        CHECK(departmentCount() == 1);
    }
    SECTION("a returned error undoes everything done inside")
    {
        const Result<void> done = temp.database().transaction([&temp]() -> Result<void> {
            REQUIRE(temp.departments().add(aDepartment("市财政局")));
            REQUIRE(temp.departments().add(aDepartment("市审计局")));
            return fail(Error::Code::Validation, QStringLiteral("停止"));
        });
        REQUIRE_FALSE(done);
        CHECK(done.error().code == Error::Code::Validation);
        CHECK(done.error().message == QStringLiteral("停止"));
        CHECK(departmentCount() == 0);
    }
    SECTION("a nested transaction joins the outer one and is undone with it")
    {
        const Result<void> done = temp.database().transaction([&temp]() -> Result<void> {
            const Result<void> inner = temp.database().transaction([&temp]() -> Result<void> {
                const Result<Department> added = temp.departments().add(aDepartment());
                return added ? Result<void>() : fail(added.error());
            });
            REQUIRE(inner);
            return fail(Error::Code::Generic, QStringLiteral("outer failure"));
        });
        REQUIRE_FALSE(done);
        CHECK(departmentCount() == 0);
    }
    SECTION("the database is usable after a rollback")
    {
        REQUIRE_FALSE(temp.database().transaction([] { return Result<void>(fail(Error::Code::Generic, QString())); }));
        REQUIRE(temp.departments().add(aDepartment()));
        CHECK(departmentCount() == 1);
    }
}
