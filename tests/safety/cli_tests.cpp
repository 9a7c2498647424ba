// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The headless commands, run as the real program.
#include "core/services/backupmanager.h"
#include "core/services/hotlineservice.h"
#include "core/services/session.h"
#include "tests/safety/damage.h"
#include "tests/safety/runbranddesk.h"
#include "tests/support/builders.h"
#include "tests/support/filehash.h"
#include "tests/support/tempdatabase.h"

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

TEST_CASE("branddesk backup makes a checked backup beside the database, without a display")
{
    TempDatabase temp;
    REQUIRE(temp.departments().add(aDepartment()));

    const Run run = runBranddesk({QStringLiteral("--database"), temp.path(), QStringLiteral("backup")});

    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    const QList<BackupFile> backups = BackupManager(temp.path(), temp.clock()).backups();
    REQUIRE(backups.size() == 1);
    CHECK(backups.first().reason == BackupReason::Manual);
    CHECK(run.out.contains(backups.first().path));
}

TEST_CASE("branddesk check passes a sound database and fails a damaged one, naming the check")
{
    TempDatabase temp;
    for (int i = 0; i < 40; ++i)
        REQUIRE(temp.departments().add(aDepartment(QStringLiteral("部门%1").arg(i))));
    temp.close();

    const Run sound = runBranddesk({QStringLiteral("--database"), temp.path(), QStringLiteral("check")});
    damagePage(temp.path(), 4);
    const Run damaged = runBranddesk({QStringLiteral("check"), QStringLiteral("--database"), temp.path()});
    const Run damagedGlobalFirst = runBranddesk({QStringLiteral("--database"), temp.path(), QStringLiteral("check")});

    INFO(sound.err.toStdString());
    CHECK(sound.exitCode == 0);
    CHECK(sound.out.contains(QStringLiteral("integrity_check): ok")));
    CHECK(sound.out.contains(QStringLiteral("foreign_key_check): ok")));
    CHECK(damaged.exitCode == 2); // --database after the command is not the command's option
    CHECK(damagedGlobalFirst.exitCode == 1);
    CHECK(damagedGlobalFirst.err.contains(QStringLiteral("integrity_check")));
}

TEST_CASE("the commands refuse a file that is not a BrandDesk database, an unknown command and a bad option")
{
    TempDatabase temp;
    const QString text = temp.filePath(QStringLiteral("notes.txt"));
    writeFile(text, QByteArrayLiteral("not a database\n"));

    const Run foreign = runBranddesk({QStringLiteral("--database"), text, QStringLiteral("check")});
    const Run missing = runBranddesk(
        {QStringLiteral("--database"), temp.filePath(QStringLiteral("none.sqlite")), QStringLiteral("backup")});
    const Run unknown = runBranddesk({QStringLiteral("restart")});
    const Run badOption =
        runBranddesk({QStringLiteral("--database"), temp.path(), QStringLiteral("backup"), QStringLiteral("--fast")});

    CHECK(foreign.exitCode == 1);
    CHECK(foreign.err.contains(QStringLiteral("is not a BrandDesk database")));
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("There is no database")));
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("Unknown command: restart")));
    CHECK(badOption.exitCode == 2);
}

TEST_CASE("branddesk import departments previews by default and writes all rows with --apply")
{
    TempDatabase temp;
    const QString csv = temp.filePath(QStringLiteral("departments.csv"));
    writeFile(csv, QStringLiteral("部门名称,联系人\n常州市发展和改革委员会,张三\n市教育局,李四\n").toUtf8());
    temp.close();
    const QStringList base = {QStringLiteral("--database"), temp.path(), QStringLiteral("import"),
                              QStringLiteral("departments"), csv};

    const Run dryRun = runBranddesk(base);
    const Run noUser = runBranddesk(base + QStringList{QStringLiteral("--apply")});
    const Run applied = runBranddesk(
        base + QStringList{QStringLiteral("--apply"), QStringLiteral("--user"), TempDatabase::userName(Role::Clerk)},
        QByteArray(TempDatabase::kPassword) + '\n');

    INFO(dryRun.err.toStdString() << applied.err.toStdString());
    CHECK(dryRun.exitCode == 0);
    CHECK(dryRun.out.contains(QStringLiteral("2 new")));
    CHECK(dryRun.out.contains(QStringLiteral("Dry run")));
    CHECK(noUser.exitCode == 2);
    CHECK(applied.exitCode == 0);
    temp.reopen();
    const Result<QList<DepartmentOverview>> stored = temp.departments().overviews();
    REQUIRE(stored);
    CHECK(stored->size() == 2);
    CHECK(BackupManager(temp.path(), temp.clock()).backups().constFirst().reason == BackupReason::Import);
}

TEST_CASE("branddesk hotline import previews a 12345 export and with --apply imports it once, then updates")
{
    TempDatabase temp;
    REQUIRE(temp.departments().add(aDepartment("市财政局")));
    const QString csv = temp.filePath(QStringLiteral("12345.csv"));
    writeFile(csv, QStringLiteral("工单编号,受理时间,诉求类型,承办单位,诉求内容\n"
                                  "12345-0001,2026-10-30 09:15,投诉,市财政局,窗口排队时间过长\n"
                                  "12345-0002,2026/10/30 10:40,咨询,市财政局,询问补贴发放\n")
                       .toUtf8());
    temp.close();
    const QStringList base = {QStringLiteral("--database"), temp.path(), QStringLiteral("hotline"),
                              QStringLiteral("import"), csv};
    const QStringList asClerk = {QStringLiteral("--apply"), QStringLiteral("--user"),
                                 TempDatabase::userName(Role::Clerk)};

    const Run dryRun = runBranddesk(base);
    const Run applied = runBranddesk(base + asClerk, QByteArray(TempDatabase::kPassword) + '\n');
    const Run again = runBranddesk(base, {});

    INFO(dryRun.err.toStdString() << applied.err.toStdString());
    CHECK(dryRun.exitCode == 0);
    CHECK(dryRun.out.contains(QStringLiteral("2 new, 0 to update, 0 with errors")));
    CHECK(dryRun.out.contains(QStringLiteral("Dry run")));
    CHECK(applied.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("0 new, 2 to update, 0 with errors")));
    temp.reopen();
    const Result<QList<Ticket>> stored = temp.session().hotline().tickets();
    REQUIRE(stored);
    CHECK(stored->size() == 2);
    CHECK(BackupManager(temp.path(), temp.clock()).backups().constFirst().reason == BackupReason::Import);
}

TEST_CASE("branddesk import departments names the bad line and writes nothing")
{
    TempDatabase temp;
    const QString csv = temp.filePath(QStringLiteral("departments.csv"));
    writeFile(csv, QStringLiteral("部门名称,类别\n市教育局,行政部门\n市公安局,公安部门\n").toUtf8());
    temp.close();

    const Run run = runBranddesk({QStringLiteral("--database"), temp.path(), QStringLiteral("import"),
                                  QStringLiteral("departments"), csv, QStringLiteral("--apply"),
                                  QStringLiteral("--user"), TempDatabase::userName(Role::Clerk)},
                                 QByteArray(TempDatabase::kPassword) + '\n');

    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("Line 3:")));
    temp.reopen();
    const Result<QList<DepartmentOverview>> stored = temp.departments().overviews();
    REQUIRE(stored);
    CHECK(stored->isEmpty());
}
