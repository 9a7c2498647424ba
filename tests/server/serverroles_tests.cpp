// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The program's restricted login on the server: it does every write the services do, and nothing else — no DDL,
// no change to the audit log — and a schema older than the program sends it to the administrator.
#include "core/services/auditlog.h"
#include "core/services/session.h"
#include "core/storage/database.h"
#include "core/storage/serverroles.h"
#include "tests/server/servertesting.h"
#include "tests/support/builders.h"
#include "tests/support/stringmakers.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/testserver.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace branddesk;
using namespace branddesk::test;

namespace {

/// What the server answers when `login` runs `statement` on the database: empty when it was done.
QString refusalOf(const ServerSettings& login, const QString& statement)
{
    const QString name = QStringLiteral("as-login-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString answer;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(login.host);
        db.setPort(login.port);
        db.setDatabaseName(login.database);
        db.setUserName(login.user);
        db.setPassword(login.password);
        if (!db.open()) {
            answer = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(statement))
                answer = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return answer.isEmpty() ? answer : answer + QStringLiteral(" ");
}

/// Drops the roles a test made, once the database that granted them rights is gone.
void dropRoles(const ServerSettings& server, const QStringList& roles)
{
    RawServer raw(server.withDatabase(QStringLiteral("postgres")));
    for (const QString& role : roles)
        if (!role.isEmpty())
            raw.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
}

} // namespace

TEST_CASE("the program's login does every write of the services and is refused DDL and changes to the audit log")
{
    const ServerSettings server = requireServer();
    const QString login = QStringLiteral("bdapp_%1").arg(QCoreApplication::applicationPid());
    QString group;
    {
        TempDatabase temp;
        REQUIRE(temp.onServer());
        REQUIRE(temp.session().campaigns().ensureCurrent(2009));
        // Run as the suite's administrator login, as server init runs it.
        const Result<serveradmin::ProgramLogin> made =
            serveradmin::setUpProgramLogin(temp.database(), login, QStringLiteral("app secret 2009"));
        REQUIRE(made);
        group = made->group;
        CHECK(group == temp.serverSettings().database + QStringLiteral("_program"));
        CHECK(made->grants.contains(QStringLiteral("REVOKE UPDATE, DELETE ON audit_log FROM %1").arg(group)));
        // Again: refreshed, not refused.
        REQUIRE(serveradmin::setUpProgramLogin(temp.database(), login, QString()));
        CHECK_FALSE(serveradmin::setUpProgramLogin(temp.database(), temp.serverSettings().user, QStringLiteral("x")));

        ServerSettings app = temp.serverSettings();
        app.user = login;
        app.password = QStringLiteral("app secret 2009");
        {
            Result<std::unique_ptr<Database>> opened = Database::openServer(app);
            REQUIRE(opened);
            FixedClock clock(TempDatabase::startTime());
            Session session(std::move(*opened), clock);
            // A wrong password is counted (the lock-out writes to users) before the right one signs in.
            CHECK_FALSE(session.accounts().signIn(TempDatabase::userName(Role::Clerk), QStringLiteral("wrong")));
            REQUIRE(session.accounts().signIn(TempDatabase::userName(Role::Clerk),
                                              QString::fromLatin1(TempDatabase::kPassword)));
            Result<Department> department = session.departments().add(aDepartment("市财政局"));
            REQUIRE(department);
            department->phone = QStringLiteral("0519-86661234");
            department = session.departments().update(*department);
            REQUIRE(department);

            WeeklyReport report;
            report.departmentId = department->id;
            report.week = ReportWeek::containing(clock.today());
            report.receivedAt = clock.nowUtc();
            report.title = QStringLiteral("服务企业周报");
            report.content = QStringLiteral("深入企业走访，解决融资难题");
            report.attachments = {{0, QStringLiteral("附件.txt"), 0, QByteArrayLiteral("evidence")}};
            Result<WeeklyReport> saved = session.reports().save(report);
            REQUIRE(saved);
            ReportFilter filter;
            filter.text = QStringLiteral("融资难题");
            Result<ReportSearchResult> found = session.reports().search(filter);
            REQUIRE(found);
            CHECK(found->total == 1);

            Result<std::optional<Campaign>> campaign = session.campaigns().current();
            REQUIRE(campaign);
            REQUIRE(*campaign);
            const auto milestone = std::find_if((*campaign)->milestones.cbegin(), (*campaign)->milestones.cend(),
                                                [](const Milestone& m) { return m.appliesTo == Applicability::All; });
            REQUIRE(milestone != (*campaign)->milestones.cend());
            MilestoneCompletion completion;
            completion.milestoneId = milestone->id;
            completion.departmentId = department->id;
            completion.doneDate = clock.today();
            completion.evidence = QStringLiteral("讨论活动纪要");
            REQUIRE(session.milestones().record(completion));
            REQUIRE(session.milestones().clear(milestone->id, department->id));
            REQUIRE(session.reports().remove(saved->id));

            const Result<AuditChainReport> chain = verifyAuditChain(session.database());
            REQUIRE(chain);
            CHECK(chain->intact());
            CHECK(chain->entriesChecked >= 6);
        }

        // No DDL, no change to what is written: refused by the server, whatever a program sends.
        CHECK(refusalOf(app, QStringLiteral("CREATE TABLE intruder (id INTEGER)")).contains(QStringLiteral("denied")));
        CHECK(refusalOf(app, QStringLiteral("CREATE TEMPORARY TABLE intruder (id INTEGER)"))
                  .contains(QStringLiteral("denied")));
        CHECK(refusalOf(app, QStringLiteral("DROP TABLE weekly_reports")).contains(QStringLiteral("owner")));
        CHECK(refusalOf(app, QStringLiteral("ALTER TABLE departments ADD COLUMN x INTEGER"))
                  .contains(QStringLiteral("owner")));
        CHECK(refusalOf(app, QStringLiteral("UPDATE audit_log SET user_name = 'nobody'"))
                  .contains(QStringLiteral("denied")));
        CHECK(refusalOf(app, QStringLiteral("DELETE FROM audit_log")).contains(QStringLiteral("denied")));
        CHECK(refusalOf(app, QStringLiteral("TRUNCATE audit_log")).contains(QStringLiteral("denied")));
        CHECK(refusalOf(app, QStringLiteral("UPDATE branddesk_schema SET version = 1"))
                  .contains(QStringLiteral("denied")));
        CHECK(refusalOf(app, QStringLiteral("SELECT COUNT(*) FROM audit_log")).isEmpty());

        // A program newer than the schema: the login is sent to the administrator, and nothing is changed.
        RawServer raw(temp.serverSettings());
        raw.exec(QStringLiteral("UPDATE branddesk_schema SET version = %1").arg(Database::latestSchemaVersion() - 1));
        const Result<std::unique_ptr<Database>> older = Database::openServer(app);
        REQUIRE_FALSE(older);
        CHECK(older.error().code == Error::Code::Forbidden);
        CHECK(older.error().message.contains(QStringLiteral("server init")));
        CHECK(raw.scalar(QStringLiteral("SELECT version FROM branddesk_schema")).toInt() ==
              Database::latestSchemaVersion() - 1);
        raw.exec(QStringLiteral("UPDATE branddesk_schema SET version = %1").arg(Database::latestSchemaVersion()));
    }
    dropRoles(server, {login, group});
}

TEST_CASE("server init --app-login makes the program's login, prints its grants and a generated password")
{
    const ServerSettings server = requireServer();
    const QString login = QStringLiteral("bdinit_%1").arg(QCoreApplication::applicationPid());
    QString group;
    {
        TempServerDatabase shared(server);
        group = serveradmin::programGroupFor(shared.settings().database);
        QProcess process;
        process.start(QStringLiteral(BRANDDESK_EXECUTABLE),
                      {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--server"),
                       shared.settings().connectionString(), QStringLiteral("server"), QStringLiteral("init"),
                       QStringLiteral("--admin"), QStringLiteral("主任"), QStringLiteral("--app-login"), login});
        REQUIRE(process.waitForStarted());
        process.write(QByteArrayLiteral("服务品牌 2009 主任\n\n"));
        process.closeWriteChannel();
        REQUIRE(process.waitForFinished(120000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        INFO(out.toStdString() << QString::fromUtf8(process.readAllStandardError()).toStdString());
        CHECK(process.exitCode() == 0);
        CHECK(out.contains(QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ") +
                           group));
        CHECK(out.contains(QStringLiteral("Its password")));
        CHECK(out.contains(QStringLiteral("user=") + login));
        RawServer raw(shared.settings());
        CHECK(raw.scalar(QStringLiteral("SELECT pg_has_role('%1', '%2', 'MEMBER')").arg(login, group)).toBool());
        CHECK_FALSE(
            raw.scalar(QStringLiteral("SELECT has_schema_privilege('%1', 'public', 'CREATE')").arg(login)).toBool());
        CHECK(raw.scalar(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = '%1'").arg(login)).toBool());
        CHECK_FALSE(
            raw.scalar(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = '%1'").arg(group)).toBool());
    }
    dropRoles(server, {login, group});
}
