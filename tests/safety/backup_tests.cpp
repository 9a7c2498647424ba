// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backup/backuprotation.h"
#include "core/services/backupmanager.h"
#include "core/storage/backupstore.h"
#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "core/storage/sqlsupport.h"
#include "tests/safety/damage.h"
#include "tests/support/builders.h"
#include "tests/support/filehash.h"
#include "tests/support/rawsqlite.h"
#include "tests/support/tempdatabase.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <atomic>

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

int departmentCount(const QString& path)
{
    RawSqlite raw(path, RawSqlite::Mode::ReadOnly);
    return raw.scalar(QStringLiteral("SELECT count(*) FROM departments")).toInt();
}

QList<BackupFile> dailyBackups(const QDate& first, const QDate& last)
{
    QList<BackupFile> backups;
    for (QDate day = first; day <= last; day = day.addDays(1))
        backups.append(BackupFile{day.toString(Qt::ISODate), QDateTime(day, QTime(10, 0)), BackupReason::Daily});
    return backups;
}

} // namespace

TEST_CASE("a backup is a checked copy in the backups folder beside the database, named by time and reason")
{
    TempDatabase temp;
    REQUIRE(temp.departments().add(aDepartment("常州市发展和改革委员会")));
    BackupManager manager(temp.path(), temp.clock());

    const Result<BackupFile> made = manager.backUp(BackupReason::Manual);

    REQUIRE(made);
    CHECK(QFileInfo(made->path).absolutePath() == QFileInfo(temp.path()).absolutePath() + QStringLiteral("/backups"));
    CHECK(QFileInfo(made->path).fileName() == QStringLiteral("branddesk-20090515-100000-manual.sqlite"));
    CHECK(made->reason == BackupReason::Manual);
    CHECK(departmentCount(made->path) == 1);
    const Result<QStringList> problems = BackupStore::integrityProblems(made->path, 1000);
    REQUIRE(problems);
    CHECK(problems->isEmpty());
    CHECK(QDir(manager.folder()).entryList(QDir::Files) == QStringList{QFileInfo(made->path).fileName()});
}

TEST_CASE("the daily backup is made on the first start of a day only")
{
    TempDatabase temp;
    BackupManager manager(temp.path(), temp.clock());

    const Result<std::optional<BackupFile>> first = manager.backUpIfFirstToday();
    const Result<std::optional<BackupFile>> second = manager.backUpIfFirstToday();
    temp.clock().advanceSecs(24 * 3600);
    const Result<std::optional<BackupFile>> nextDay = manager.backUpIfFirstToday();

    REQUIRE(first);
    REQUIRE(second);
    REQUIRE(nextDay);
    CHECK(first->has_value());
    CHECK_FALSE(second->has_value());
    REQUIRE(nextDay->has_value());
    CHECK((*nextDay)->takenAt.date() == QDate(2009, 5, 16));
    CHECK(manager.backups().size() == 2);
}

TEST_CASE("a partial copy left by a killed program is removed by the next backup, a fresh one is left alone")
{
    TempDatabase temp;
    BackupManager manager(temp.path(), temp.clock());
    REQUIRE(QDir().mkpath(manager.folder()));
    const QDir folder(manager.folder());
    auto leave = [&folder](const QString& name, qint64 ageSecs) {
        QFile file(folder.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("half a copy");
        file.close();
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-ageSecs), QFileDevice::FileModificationTime));
    };
    leave(QStringLiteral("branddesk-20090514-100000-daily.sqlite.partial"), 3600);
    leave(QStringLiteral("branddesk-20090514-100000-daily.sqlite.partial-journal"), 3600);
    leave(QStringLiteral("branddesk-20090515-095959-manual.sqlite.partial"), 5); // another program is copying
    leave(QStringLiteral("other-20090514-100000-daily.sqlite.partial"), 3600);   // another database's

    REQUIRE(manager.backUp(BackupReason::Manual));

    const QStringList left = folder.entryList({QStringLiteral("*.partial*")}, QDir::Files, QDir::Name);
    CHECK(left == QStringList{QStringLiteral("branddesk-20090515-095959-manual.sqlite.partial"),
                              QStringLiteral("other-20090514-100000-daily.sqlite.partial")});
}

TEST_CASE("a cancelled backup fails as cancelled and leaves nothing in the backups folder")
{
    TempDatabase temp;
    for (int i = 0; i < 20; ++i)
        REQUIRE(temp.departments().add(aDepartment(QStringLiteral("部门%1").arg(i))));
    BackupManager manager(temp.path(), temp.clock());
    std::atomic_bool stop = true; // cancelled before SQLite gets far

    manager.setStopFlag(&stop);
    const Result<BackupFile> made = manager.backUp(BackupReason::Manual);

    REQUIRE_FALSE(made);
    CHECK(made.error().code == Error::Code::Cancelled);
    CHECK(QDir(manager.folder()).entryList(QDir::Files).isEmpty());
    CHECK(manager.backups().isEmpty());

    stop = false;
    REQUIRE(manager.backUp(BackupReason::Manual)); // the same manager works once the flag is down
}

TEST_CASE("a long statement gives up soon after its stop flag is raised")
{
    const QString name = QStringLiteral("stop-flag-test");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        REQUIRE(db.open());
        constexpr const char* kLong =
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 50000000) "
            "SELECT count(*) FROM c";
        std::atomic_bool stop = true;
        sql::stopWhen(db, &stop);
        const Result<QSqlQuery> stopped = sql::run(db, kLong, {}, QStringLiteral("counting"));
        CHECK_FALSE(stopped);

        sql::stopWhen(db, nullptr);
        constexpr const char* kShort =
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 300000) "
            "SELECT count(*) FROM c";
        Result<QSqlQuery> finished = sql::run(db, kShort, {}, QStringLiteral("counting"));
        REQUIRE(finished);
        REQUIRE(finished->next());
        CHECK(finished->value(0).toInt() == 300000);
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_CASE("rotation keeps 14 daily, 8 weekly and 12 monthly backups")
{
    const QDate today(2010, 6, 16); // a Wednesday
    const QList<BackupFile> all = dailyBackups(today.addDays(-400), today);

    QSet<QDate> expectedKept;
    for (int i = 0; i < 14; ++i)
        expectedKept.insert(today.addDays(-i));
    // The newest of each of the 8 most recent weeks: today, then the seven Sundays before.
    for (int i = 0; i < 7; ++i)
        expectedKept.insert(today.addDays(-today.dayOfWeek() - 7 * i));
    // The newest of each of the 12 most recent months: today, then the last days of the 11 months before.
    for (int i = 1; i < 12; ++i) {
        const QDate month = today.addMonths(-i);
        expectedKept.insert(QDate(month.year(), month.month(), month.daysInMonth()));
    }

    const QList<BackupFile> expired = BackupRotation::expired(all, today);

    QSet<QDate> kept;
    for (const BackupFile& backup : all)
        kept.insert(backup.takenAt.date());
    for (const BackupFile& backup : expired)
        kept.remove(backup.takenAt.date());
    CHECK(kept == expectedKept);
    CHECK(kept.size() == 14 + 5 + 11); // two of the seven Sundays are among the 14 days
}

TEST_CASE("rotation counts days that have backups, keeps the newest of a day and never drops future or damaged "
          "copies")
{
    const QDate today(2010, 6, 16);
    QList<BackupFile> backups = dailyBackups(today.addDays(-400), today.addDays(-380)); // long pause since
    backups.append(BackupFile{QStringLiteral("morning"), QDateTime(today, QTime(8, 0)), BackupReason::Daily});
    backups.append(BackupFile{QStringLiteral("noon"), QDateTime(today, QTime(12, 0)), BackupReason::Import});
    backups.append(BackupFile{QStringLiteral("future"), QDateTime(today.addDays(3), QTime(9, 0)), BackupReason::Daily});
    backups.append(
        BackupFile{QStringLiteral("damaged"), QDateTime(today.addYears(-3), QTime(9, 0)), BackupReason::Damaged});

    const QList<BackupFile> expired = BackupRotation::expired(backups, today);

    QStringList expiredPaths;
    for (const BackupFile& backup : expired)
        expiredPaths.append(backup.path);
    CHECK(expiredPaths.contains(QStringLiteral("morning")));
    CHECK_FALSE(expiredPaths.contains(QStringLiteral("noon")));
    CHECK_FALSE(expiredPaths.contains(QStringLiteral("future")));
    CHECK_FALSE(expiredPaths.contains(QStringLiteral("damaged")));
    // The 13 newest of the old days are kept as days (the 14th day is today), though they are a year old.
    for (int i = 0; i < 13; ++i)
        CHECK_FALSE(expiredPaths.contains(today.addDays(-380 - i).toString(Qt::ISODate)));
    CHECK(expiredPaths.contains(today.addDays(-400).toString(Qt::ISODate)));
}

TEST_CASE("backups made day after day by the clock are rotated on disk")
{
    TempDatabase temp;
    BackupManager manager(temp.path(), temp.clock());
    for (int day = 0; day < 30; ++day) {
        REQUIRE(manager.backUpIfFirstToday());
        temp.clock().advanceSecs(24 * 3600);
    }
    // 2009-05-15 .. 2009-06-13: the last 14 days (from 05-31), the Sundays 05-24 and 05-17 before them; 05-31 is
    // also May's last.
    QStringList names;
    for (const BackupFile& backup : manager.backups())
        names.append(backup.takenAt.date().toString(Qt::ISODate));
    CHECK(names.size() == 14 + 2);
    CHECK(names.contains(QStringLiteral("2009-06-13")));
    CHECK(names.contains(QStringLiteral("2009-05-31")));
    CHECK(names.contains(QStringLiteral("2009-05-24")));
    CHECK(names.contains(QStringLiteral("2009-05-17")));
    CHECK_FALSE(names.contains(QStringLiteral("2009-05-15")));
    CHECK(QDir(manager.folder()).entryList(QDir::Files).size() == 16);
}

TEST_CASE("restoring a backup first backs up the current file, then replaces it")
{
    TempDatabase temp;
    REQUIRE(temp.departments().add(aDepartment("市财政局")));
    BackupManager manager(temp.path(), temp.clock());
    const Result<BackupFile> backup = manager.backUp(BackupReason::Manual);
    REQUIRE(backup);
    temp.clock().advanceSecs(60);
    REQUIRE(temp.departments().add(aDepartment("市教育局")));
    temp.close();

    const Result<BackupFile> safety = manager.restore(backup->path);

    REQUIRE(safety);
    CHECK(safety->reason == BackupReason::Restore);
    CHECK(departmentCount(safety->path) == 2);
    CHECK_FALSE(QFileInfo::exists(temp.path() + QStringLiteral("-wal")));
    temp.reopen();
    const Result<QList<DepartmentOverview>> departments = temp.departments().overviews();
    REQUIRE(departments);
    REQUIRE(departments->size() == 1);
    CHECK(departments->first().department.name == QStringLiteral("市财政局"));
}

TEST_CASE("a damaged backup or a foreign file is not restored and the database is left as it was")
{
    TempDatabase temp;
    REQUIRE(temp.departments().add(aDepartment()));
    BackupManager manager(temp.path(), temp.clock());
    const Result<BackupFile> backup = manager.backUp(BackupReason::Manual);
    REQUIRE(backup);
    temp.close();
    const QByteArray before = sha256OfFile(temp.path());
    damagePage(backup->path, 2);
    const QString foreign = temp.filePath(QStringLiteral("other.sqlite"));
    RawSqlite(foreign).exec(QStringLiteral("CREATE TABLE t (x)"));

    const Result<BackupFile> damaged = manager.restore(backup->path);
    const Result<BackupFile> other = manager.restore(foreign);

    REQUIRE_FALSE(damaged);
    CHECK(damaged.error().code == Error::Code::Corrupt);
    REQUIRE_FALSE(other);
    CHECK(other.error().code == Error::Code::ForeignFile);
    CHECK(sha256OfFile(temp.path()) == before);
    CHECK(manager.latestGoodBackup() == std::nullopt);
}

TEST_CASE("an older database is backed up before it is migrated")
{
    FixedClock clock(TempDatabase::startTime());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        RawSqlite raw(path);
        for (const char* statement : migrations().constFirst().statements)
            raw.exec(QString::fromUtf8(statement));
        raw.exec(QStringLiteral("PRAGMA user_version = 1"));
        raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId));
    }
    REQUIRE(Database::latestSchemaVersion() > 1);

    const Result<std::unique_ptr<Database>> database = Database::open(path, BackupManager::openOptions(clock));

    REQUIRE(database);
    const QList<BackupFile> backups = BackupManager(path, clock).backups();
    REQUIRE(backups.size() == 1);
    CHECK(backups.first().reason == BackupReason::Migration);
    RawSqlite raw(backups.first().path, RawSqlite::Mode::ReadOnly);
    CHECK(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt() == 1);
}
