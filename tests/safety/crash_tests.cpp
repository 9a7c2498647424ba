// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Pulling the plug: a writer is killed with SIGKILL at random moments; every time the file must pass its
// checks and every transaction must be all or nothing. BRANDDESK_CRASH_KILLS sets how many kills (the
// `crash_long` target runs hundreds).
#include "core/services/databasechecks.h"
#include "core/storage/database.h"
#include "tests/support/builders.h"
#include "tests/support/rawsqlite.h"
#include "tests/support/tempdatabase.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

/// What must hold after any crash: a report is stored with its attachment and its audit entry, or not at all;
/// the full-text index matches the reports; the file passes every check `branddesk check` runs.
void requireWholeTransactions(const QString& path)
{
    for (const DatabaseCheck& check : DatabaseChecks::all()) {
        const Result<QStringList> problems = check.run(path, Database::kBusyTimeoutMs);
        INFO("check " << check.name);
        REQUIRE(problems);
        CHECK(problems->isEmpty());
    }
    RawSqlite raw(path);
    CHECK(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM weekly_reports r WHERE NOT EXISTS "
                                    "(SELECT 1 FROM report_attachments a WHERE a.report_id = r.id)"))
              .toInt() == 0);
    CHECK(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM weekly_reports")).toInt() ==
          raw.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'weekly_report' AND "
                                    "action = 'insert'"))
              .toInt());
    CHECK(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM report_attachments WHERE length(data) <> size")).toInt() ==
          0);
    // FTS5's own consistency check raises an error when the index and the table disagree.
    raw.exec(QStringLiteral("INSERT INTO weekly_reports_fts (weekly_reports_fts) VALUES ('integrity-check')"));
    CHECK(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM weekly_reports_fts WHERE weekly_reports_fts MATCH "
                                    "'\"崩溃测试\"'"))
              .toInt() == raw.scalar(QStringLiteral("SELECT COUNT(*) FROM weekly_reports")).toInt());
}

} // namespace

TEST_CASE("a writer killed at random moments leaves a sound file in which every transaction is whole")
{
    const int kills = qEnvironmentVariableIntValue("BRANDDESK_CRASH_KILLS") > 0
                          ? qEnvironmentVariableIntValue("BRANDDESK_CRASH_KILLS")
                          : 6;
    TempDatabase temp;
    for (const char* name : {"市财政局", "市公安局", "市教育局"})
        REQUIRE(temp.departments().add(aDepartment(utf8(name))));
    const QString path = temp.path();
    temp.close();

    QRandomGenerator random(20090428);
    int reportsBefore = 0;
    for (int kill = 0; kill < kills; ++kill) {
        QProcess writer;
        writer.start(QStringLiteral(BRANDDESK_CRASH_WRITER),
                     {path, TempDatabase::userName(Role::Clerk), QString::fromLatin1(TempDatabase::kPassword),
                      QString::number(kill)});
        REQUIRE(writer.waitForStarted());
        REQUIRE(writer.waitForReadyRead(30000)); // "ready": signed in, about to write
        QThread::msleep(random.bounded(20, 400));
        writer.kill(); // SIGKILL: no destructor, no rollback, no flush
        REQUIRE(writer.waitForFinished(10000));
        INFO("kill " << kill + 1 << ": " << writer.readAllStandardError().toStdString());
        CHECK(writer.exitStatus() == QProcess::CrashExit);
        requireWholeTransactions(path);
        RawSqlite raw(path, RawSqlite::Mode::ReadOnly);
        const int reports = raw.scalar(QStringLiteral("SELECT COUNT(*) FROM weekly_reports")).toInt();
        CHECK(reports >= reportsBefore); // what was committed stays
        reportsBefore = reports;
    }
    CHECK(reportsBefore > 0);
}
