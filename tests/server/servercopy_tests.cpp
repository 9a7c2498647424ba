// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// An office's file onto the server and back: every row, attachment byte and audit hash equal after the round
// trip; the server continues the ids and the audit chain; a database with data is never overwritten.
#include "core/demo/demodata.h"
#include "core/demo/largedataset.h"
#include "core/services/auditlog.h"
#include "core/services/databasetransfer.h"
#include "core/services/session.h"
#include "core/storage/database.h"
#include "tests/server/servertesting.h"
#include "tests/support/builders.h"
#include "tests/support/rawsqlite.h"
#include "tests/support/stringmakers.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/testserver.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace branddesk;
using namespace branddesk::test;

namespace {

std::unique_ptr<Database> openFile(const QString& path)
{
    Result<std::unique_ptr<Database>> database = Database::open(path);
    REQUIRE(database);
    return std::move(*database);
}

std::unique_ptr<Database> openServer(const ServerSettings& server)
{
    Result<std::unique_ptr<Database>> database = Database::openServer(server);
    REQUIRE(database);
    return std::move(*database);
}

/// `original` onto a new server database and from there into a new file; answers the new file's path.
QString roundTrip(const QString& original, const ServerSettings& server, const QTemporaryDir& dir)
{
    {
        std::unique_ptr<Database> file = openFile(original);
        std::unique_ptr<Database> shared = openServer(server);
        const Result<DatabaseTransfer> up = transferDatabase(*file, *shared);
        REQUIRE(up);
        CHECK(up->copy.countsMatch());
        CHECK(up->auditEntries > 0);
    }
    const QString back = dir.filePath(QStringLiteral("back.sqlite"));
    {
        std::unique_ptr<Database> shared = openServer(server);
        std::unique_ptr<Database> file = openFile(back);
        const Result<DatabaseTransfer> down = transferDatabase(*shared, *file);
        REQUIRE(down);
        CHECK(down->copy.countsMatch());
    }
    return back;
}

} // namespace

TEST_CASE("the demo office goes file → server → file with every row, logo byte and audit hash equal")
{
    const ServerSettings server = requireServer();
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("office.sqlite"));
    writeDemoFile(original);
    TempServerDatabase shared(server);
    const QString back = roundTrip(original, shared.settings(), dir);
    const QStringList before = dumpFile(original);
    CHECK(before.size() > 1000);
    CHECK(before.filter(QStringLiteral("brand_logos|")).size() > 10);
    CHECK(dumpFile(back) == before);
}

TEST_CASE("a generated office of 100 departments over 2 years survives the round trip unchanged")
{
    const ServerSettings server = requireServer();
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("large.sqlite"));
    {
        FixedClock clock(TempDatabase::startTime());
        Session session(openFile(original), clock);
        LargeDatasetOptions options;
        options.departments = 100;
        options.years = 2;
        REQUIRE(generateLargeDataset(session, options));
    }
    TempServerDatabase shared(server);
    const QString back = roundTrip(original, shared.settings(), dir);
    const QStringList before = dumpFile(original);
    CHECK(before.filter(QStringLiteral("weekly_reports|")).size() > 10000);
    CHECK(dumpFile(back) == before);
}

TEST_CASE("after the copy the server issues new ids after the copied ones and continues the audit chain")
{
    const ServerSettings server = requireServer();
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("office.sqlite"));
    writeDemoFile(original);
    TempServerDatabase shared(server);
    {
        std::unique_ptr<Database> file = openFile(original);
        std::unique_ptr<Database> onServer = openServer(shared.settings());
        REQUIRE(transferDatabase(*file, *onServer));
    }
    FixedClock clock(TempDatabase::startTime());
    Session session(openServer(shared.settings()), clock);
    const DemoAccount clerk = demoAccounts().at(1);
    REQUIRE(session.accounts().signIn(QString::fromUtf8(clerk.name), QString::fromUtf8(clerk.password)));
    const qint64 highest =
        RawServer(shared.settings()).scalar(QStringLiteral("SELECT MAX(id) FROM departments")).toLongLong();
    const Result<Department> added = session.departments().add(aDepartment("市新设局"));
    REQUIRE(added);
    CHECK(added->id == highest + 1);
    const Result<AuditChainReport> chain = verifyAuditChain(session.database());
    REQUIRE(chain);
    CHECK(chain->intact());
}

TEST_CASE("a copy into a server database that holds data is refused and changes nothing there")
{
    const ServerSettings server = requireServer();
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("office.sqlite"));
    writeDemoFile(original);
    TempServerDatabase shared(server);
    std::unique_ptr<Database> file = openFile(original);
    std::unique_ptr<Database> onServer = openServer(shared.settings());
    REQUIRE(transferDatabase(*file, *onServer));
    RawServer raw(shared.settings());
    const qint64 rows = raw.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong();

    const Result<DatabaseTransfer> again = transferDatabase(*file, *onServer);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == Error::Code::Validation);
    CHECK(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong() == rows);
}

TEST_CASE("a file whose audit trail was tampered with is not copied")
{
    const ServerSettings server = requireServer();
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("office.sqlite"));
    writeDemoFile(original);
    {
        RawSqlite raw(original);
        raw.exec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
        raw.exec(QStringLiteral("UPDATE audit_log SET user_name = '领导' WHERE id = 5"));
    }
    TempServerDatabase shared(server);
    std::unique_ptr<Database> file = openFile(original);
    std::unique_ptr<Database> onServer = openServer(shared.settings());
    const Result<DatabaseTransfer> copied = transferDatabase(*file, *onServer);
    REQUIRE_FALSE(copied);
    CHECK(copied.error().code == Error::Code::Corrupt);
    CHECK(RawServer(shared.settings()).scalar(QStringLiteral("SELECT COUNT(*) FROM departments")).toLongLong() == 0);
}

TEST_CASE("a copy cancelled half-way leaves the server database empty")
{
    const ServerSettings server = requireServer();
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("office.sqlite"));
    writeDemoFile(original);
    TempServerDatabase shared(server);
    std::unique_ptr<Database> file = openFile(original);
    std::unique_ptr<Database> onServer = openServer(shared.settings());
    int tables = 0;
    const Result<DatabaseTransfer> copied =
        transferDatabase(*file, *onServer, [&tables](const CopiedTable&) { return ++tables < 5; });
    REQUIRE_FALSE(copied);
    CHECK(copied.error().code == Error::Code::Cancelled);
    RawServer raw(shared.settings());
    CHECK(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM departments")).toLongLong() == 0);
    CHECK(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong() == 0);
}
