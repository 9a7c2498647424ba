// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The administrator's commands, as typed: `branddesk server init`, `server copy-from`, `server backup`, and the
// other commands with --server.
#include "tests/server/servertesting.h"
#include "tests/support/testserver.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using namespace branddesk;
using namespace branddesk::test;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runBranddesk(const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    process.start(QStringLiteral(BRANDDESK_EXECUTABLE),
                  QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
    REQUIRE(process.waitForStarted());
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    Run run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
    UNSCOPED_INFO("branddesk " << arguments.join(QLatin1Char(' ')).toStdString() << "\n"
                               << run.out.toStdString() << run.err.toStdString());
    return run;
}

} // namespace

TEST_CASE("an administrator sets up the server, moves the office's file onto it and takes a copy home")
{
    const ServerSettings server = requireServer();
    QTemporaryDir dir;
    const QString office = dir.filePath(QStringLiteral("office.sqlite"));
    writeDemoFile(office);
    // A database name of this test's own; TempServerDatabase drops it at the end.
    TempServerDatabase shared(server);
    RawServer(server.withDatabase(QStringLiteral("postgres")))
        .exec(QStringLiteral("DROP DATABASE %1").arg(shared.settings().database));
    const QStringList connection{QStringLiteral("--server"), server.connectionString()};
    const QStringList database{QStringLiteral("--database"), shared.settings().database};

    const Run init =
        runBranddesk(connection + QStringList{QStringLiteral("server"), QStringLiteral("init")} + database);
    CHECK(init.exitCode == 0);
    CHECK(init.out.contains(QStringLiteral("Created the database")));
    // Run again: the database is checked, not made twice.
    const Run again =
        runBranddesk(connection + QStringList{QStringLiteral("server"), QStringLiteral("init")} + database);
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("exists")));

    const Run copy = runBranddesk(
        connection + QStringList{QStringLiteral("server"), QStringLiteral("copy-from"), office} + database);
    CHECK(copy.exitCode == 0);
    CHECK(copy.out.contains(QStringLiteral("every count equal")));
    CHECK(copy.out.contains(QStringLiteral("audit_log")));

    // A second copy would mix two offices: refused.
    const Run twice = runBranddesk(
        connection + QStringList{QStringLiteral("server"), QStringLiteral("copy-from"), office} + database);
    CHECK(twice.exitCode == 1);
    CHECK(twice.err.contains(QStringLiteral("already holds data")));

    // Every other command works on the server with --server.
    const QStringList onServer{QStringLiteral("--server"), shared.settings().connectionString()};
    const Run check = runBranddesk(onServer + QStringList{QStringLiteral("check")});
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("ok")));
    const QString pdf = dir.filePath(QStringLiteral("summary.pdf"));
    CHECK(runBranddesk(onServer +
                       QStringList{QStringLiteral("--today"), QStringLiteral("2009-06-01"), QStringLiteral("export"),
                                   QStringLiteral("summary"), QStringLiteral("--from"), QStringLiteral("2009-05-01"),
                                   QStringLiteral("--to"), QStringLiteral("2009-05-31"), QStringLiteral("--out"), pdf})
              .exitCode == 0);
    CHECK(QFileInfo(pdf).size() > 1000);

    const QString home = dir.filePath(QStringLiteral("home.sqlite"));
    const Run backup = runBranddesk(
        connection + QStringList{QStringLiteral("server"), QStringLiteral("backup"), QStringLiteral("--out"), home} +
        database);
    CHECK(backup.exitCode == 0);
    CHECK(dumpFile(home) == dumpFile(office));
    CHECK(runBranddesk({QStringLiteral("--database"), home, QStringLiteral("check")}).exitCode == 0);
    // Never over an existing file.
    CHECK(runBranddesk(connection +
                       QStringList{QStringLiteral("server"), QStringLiteral("backup"), QStringLiteral("--out"), home} +
                       database)
              .exitCode == 2);
}

TEST_CASE("server init creates the first administrator with the password given on standard input")
{
    const ServerSettings server = requireServer();
    TempServerDatabase shared(server);
    const QStringList arguments{QStringLiteral("--server"), shared.settings().connectionString(),
                                QStringLiteral("server"),   QStringLiteral("init"),
                                QStringLiteral("--admin"),  QStringLiteral("主任")};
    const Run init = runBranddesk(arguments, QByteArrayLiteral("服务品牌 2009 主任\n"));
    CHECK(init.exitCode == 0);
    RawServer raw(shared.settings());
    CHECK(raw.scalar(QStringLiteral("SELECT role FROM users WHERE name = '主任'")).isValid());
    CHECK(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM users")).toInt() == 1);
    // Once there are accounts, init does not add another administrator.
    CHECK(runBranddesk(arguments, QByteArrayLiteral("another password 2009\n")).exitCode == 1);
    CHECK(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM users")).toInt() == 1);
}

TEST_CASE("server commands refuse a wrong login, an unknown database name and a bad connection with the reason")
{
    const ServerSettings server = requireServer();
    QStringList connection{QStringLiteral("--server"), server.connectionString()};
    const Run badName =
        runBranddesk(connection + QStringList{QStringLiteral("server"), QStringLiteral("init"),
                                              QStringLiteral("--database"), QStringLiteral("Office-1")});
    CHECK(badName.exitCode == 2);
    const Run missing =
        runBranddesk(connection + QStringList{QStringLiteral("server"), QStringLiteral("backup"),
                                              QStringLiteral("--database"), QStringLiteral("no_such_db"),
                                              QStringLiteral("--out"), QStringLiteral("/tmp/x.sqlite")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("no database")));
    const Run bad = runBranddesk(
        {QStringLiteral("--server"), QStringLiteral("host=127.0.0.1 port=notaport"), QStringLiteral("check")});
    CHECK(bad.exitCode == 2);
    CHECK(runBranddesk({QStringLiteral("--server"), server.connectionString(), QStringLiteral("--database"),
                        QStringLiteral("/tmp/x.sqlite"), QStringLiteral("check")})
              .exitCode == 2);
}
