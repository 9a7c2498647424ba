// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The restricted login of shared mode: a NOLOGIN group role with exactly the rights the program needs, and the
// LOGIN role the PCs use, a member of it. DDL takes no bound values: the role and database names are checked to
// be plain names (ServerSettings::isPlainName) and need no quoting; the password is bound, and quoted by the
// server itself (format %L) inside a DO block, so it never appears in a statement's text.
#include "core/storage/serverroles.h"

#include "core/storage/database.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace branddesk::serveradmin {
namespace {

constexpr const char* kRoleFacts =
    "SELECT rolsuper, rolname = current_user, "
    "pg_has_role(rolname, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER') "
    "FROM pg_roles WHERE rolname = :name";
constexpr const char* kPassSettings =
    "SELECT set_config('branddesk.group', :group, true), set_config('branddesk.login', :login, true), "
    "set_config('branddesk.password', :password, true)";
constexpr const char* kMakeRoles = R"sql(
DO $$
DECLARE
    grp text := current_setting('branddesk.group');
    login text := current_setting('branddesk.login');
    secret text := current_setting('branddesk.password');
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = grp) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', grp);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', login, secret);
    ELSIF secret <> '' THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', login, secret);
    END IF;
    EXECUTE format('ALTER ROLE %I LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION', login);
    EXECUTE format('GRANT %I TO %I', grp, login);
    PERFORM set_config('branddesk.password', '', true);
END
$$)sql";

// {group} is the group role, {database} the database: both plain names, put in by name. Revoked first, so that running
// it again leaves exactly these rights, whatever was granted before.
constexpr const char* kGrants[] = {
    "REVOKE CONNECT, TEMPORARY ON DATABASE {database} FROM PUBLIC", "GRANT CONNECT ON DATABASE {database} TO {group}",
    "REVOKE CREATE ON SCHEMA public FROM PUBLIC", "GRANT USAGE ON SCHEMA public TO {group}",
    "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {group}",
    "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {group}",
    "REVOKE INSERT, UPDATE, DELETE ON branddesk_schema FROM {group}", "REVOKE UPDATE, DELETE ON audit_log FROM {group}",
    "REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {group}",
    "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {group}",
    // NOLINTBEGIN(bugprone-suspicious-missing-comma): each of these two statements is one literal split over two lines
    "REVOKE EXECUTE ON FUNCTION audit_log_append_only(), audit_log_number(), report_weeks_follow(), "
    "report_weeks_refresh(bigint, text) FROM PUBLIC",
    "GRANT EXECUTE ON FUNCTION audit_log_append_only(), audit_log_number(), report_weeks_follow(), "
    "report_weeks_refresh(bigint, text) TO {group}",
    // NOLINTEND(bugprone-suspicious-missing-comma)
};

QString whatFailed()
{
    return QCoreApplication::translate("ServerAdmin", "the program's login could not be set up");
}

} // namespace

QString programGroupFor(const QString& database)
{
    const QString group = database + QStringLiteral("_program");
    return ServerSettings::isPlainName(group) ? group : QString();
}

Result<ProgramLogin> setUpProgramLogin(Database& database, const QString& login, const QString& password)
{
    if (!database.isServer())
        return fail(Error::Code::Validation,
                    QCoreApplication::translate("ServerAdmin", "A file has no logins; only a server database has."));
    const QString group = programGroupFor(database.server().database);
    if (group.isEmpty())
        return fail(Error::Code::Validation,
                    QCoreApplication::translate(
                        "ServerAdmin", "The database's name \"%1\" is too long to name its program role after it.")
                        .arg(database.server().database));
    if (!ServerSettings::isPlainName(login) || login == group)
        return fail(Error::Code::Validation,
                    QCoreApplication::translate("ServerAdmin",
                                                "\"%1\" cannot be the program's login: use lower-case letters, digits "
                                                "and _ (e.g. branddesk_app), not the group's name %2.")
                        .arg(login, group));
    ProgramLogin made{login, group, {}};
    Result<void> done = database.transaction([&]() -> Result<void> {
        const QSqlDatabase db = database.connection();
        Result<QSqlQuery> facts = sql::run(db, kRoleFacts, {{":name", login}}, whatFailed());
        if (!facts)
            return fail(facts.error());
        if (facts->next() && (facts->value(0).toBool() || facts->value(1).toBool() || facts->value(2).toBool()))
            return fail(Error::Code::Validation,
                        QCoreApplication::translate(
                            "ServerAdmin",
                            "The login \"%1\" is a superuser, the administrator's own login or the database's owner; "
                            "the program's login must be a login of its own (e.g. branddesk_app).")
                            .arg(login));
        if (Result<QSqlQuery> passed = sql::run(
                db, kPassSettings, {{":group", group}, {":login", login}, {":password", password}}, whatFailed());
            !passed)
            return fail(passed.error());
        if (QSqlQuery roles(db); !roles.exec(QString::fromLatin1(kMakeRoles)))
            return fail(sql::storageError(roles.lastError(), whatFailed()));
        for (const char* grant : kGrants) {
            const QString statement = QString::fromLatin1(grant)
                                          .replace(QLatin1String("{group}"), group)
                                          .replace(QLatin1String("{database}"), database.server().database);
            if (QSqlQuery query(db); !query.exec(statement))
                return fail(sql::storageError(query.lastError(), whatFailed()));
            made.grants.append(statement);
        }
        return {};
    });
    if (!done)
        return fail(done.error());
    return made;
}

} // namespace branddesk::serveradmin
