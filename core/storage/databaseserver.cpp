// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Database on a PostgreSQL server (shared mode): opening, identifying, the schema version table, reconnecting.
#include "core/storage/database.h"

#include "core/storage/dialect.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace branddesk {
namespace {

constexpr const char* kApplication = "BrandDesk";
constexpr int kOldestServer = 130000; // identity columns, trusted pg_trgm: PostgreSQL 13 or later
constexpr const char* kServerVersion = "SELECT CAST(current_setting('server_version_num') AS integer)";
constexpr const char* kHasVersionTable = "SELECT to_regclass('public.branddesk_schema') IS NOT NULL";
constexpr const char* kReadVersion = "SELECT application, version FROM branddesk_schema";
constexpr const char* kObjectCount = "SELECT COUNT(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                     "WHERE n.nspname = 'public'";
constexpr const char* kCreateVersionTable =
    "CREATE TABLE branddesk_schema (application TEXT NOT NULL, version INTEGER NOT NULL)";
constexpr const char* kInsertVersion = "INSERT INTO branddesk_schema (application, version) VALUES (:application, 0)";
constexpr const char* kChineseTrigrams = "SELECT COALESCE(array_length(show_trgm('服务企业'), 1), 0)";
constexpr const char* kPing = "SELECT 1";
constexpr const char* kSetApplicationName = "SELECT set_config('application_name', :name, false)";
// Whether this login may change the schema: CREATE on it, and (once BrandDesk's tables exist) membership of their
// owner. The program's restricted login (serverroles.h) has neither.
constexpr const char* kMayChangeSchema =
    "SELECT has_schema_privilege('public', 'CREATE') AND (to_regclass('public.branddesk_schema') IS NULL OR "
    "pg_has_role((SELECT relowner FROM pg_class WHERE oid = to_regclass('public.branddesk_schema')), 'MEMBER'))";

/// The server's answer to a statement without parameters, as one value.
Result<QVariant> scalar(const QSqlDatabase& db, const char* statement)
{
    Result<QSqlQuery> q =
        sql::run(db, statement, {}, QCoreApplication::translate("Database", "the server database could not be read"));
    if (!q)
        return fail(q.error());
    return q->next() ? q->value(0) : QVariant();
}

struct ServerIdentity {
    bool fresh = false;
    int version = 0;
};

Result<ServerIdentity> identify(const QSqlDatabase& db, const ServerSettings& server)
{
    ServerIdentity identity;
    Result<QVariant> serverVersion = scalar(db, kServerVersion);
    if (!serverVersion)
        return fail(serverVersion.error());
    if (serverVersion->toInt() < kOldestServer)
        return fail(
            Error::Code::Storage,
            QCoreApplication::translate(
                "Database", "The server %1 runs PostgreSQL %2; BrandDesk needs PostgreSQL 13 or later (15 is tested).")
                .arg(server.displayName())
                .arg(serverVersion->toInt() / 10000));
    Result<QVariant> hasVersion = scalar(db, kHasVersionTable);
    if (!hasVersion)
        return fail(hasVersion.error());
    if (!hasVersion->toBool()) {
        Result<QVariant> objects = scalar(db, kObjectCount);
        if (!objects)
            return fail(objects.error());
        if (objects->toLongLong() > 0)
            return fail(Error::Code::ForeignFile,
                        QCoreApplication::translate(
                            "Database",
                            "The database %1 holds tables of another program, not of BrandDesk. It was left unchanged; "
                            "choose an empty database or one BrandDesk set up.")
                            .arg(server.displayName()));
        identity.fresh = true;
        return identity;
    }
    Result<QSqlQuery> q = sql::run(db, kReadVersion, {},
                                   QCoreApplication::translate("Database", "the server database could not be read"));
    if (!q)
        return fail(q.error());
    if (!q->next() || q->value(0).toString() != QLatin1String(kApplication))
        return fail(Error::Code::ForeignFile,
                    QCoreApplication::translate(
                        "Database",
                        "The database %1 is not a BrandDesk database (its version table is foreign). It was left "
                        "unchanged.")
                        .arg(server.displayName()));
    identity.version = q->value(1).toInt();
    return identity;
}

/// An error for a connection that could not be opened, in the user's words: wrong password, no such
/// database, or a server that does not answer.
Error openError(const QSqlError& error, const ServerSettings& server)
{
    const QString text = error.databaseText() + error.driverText();
    if (text.contains(QLatin1String("password authentication failed")) ||
        text.contains(QLatin1String("no password supplied")) || text.contains(QLatin1String("authentication failed")))
        return Error::make(
            Error::Code::Forbidden,
            QCoreApplication::translate("Database",
                                        "The server %1 refused the login \"%2\": the user name or password is wrong.")
                .arg(server.displayName(), server.user),
            error.text());
    if (text.contains(QLatin1String("does not exist")) && text.contains(QLatin1String("database")))
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate(
                               "Database", "The server has no database \"%1\". An administrator creates it with "
                                           "\"branddesk server init\".")
                               .arg(server.database),
                           error.text());
    if (text.contains(QLatin1String("pg_hba.conf")))
        return Error::make(Error::Code::Forbidden,
                           QCoreApplication::translate(
                               "Database",
                               "The server %1 does not accept connections from this PC for \"%2\" (pg_hba.conf). Ask "
                               "the server's administrator.")
                               .arg(server.displayName(), server.user),
                           error.text());
    if (text.contains(QLatin1String("certificate verify failed")) ||
        text.contains(QLatin1String("does not match host")))
        return Error::make(
            Error::Code::Forbidden,
            QCoreApplication::translate(
                "Database", "The server %1 did not prove who it is (sslmode %2): its certificate is not signed by "
                            "the CA certificate %3, or does not name %4. Check the CA certificate the server's "
                            "administrator gave you.")
                .arg(server.displayName(), server.sslMode,
                     server.sslRootCert.isEmpty() ? QStringLiteral("~/.postgresql/root.crt") : server.sslRootCert,
                     server.host),
            error.text());
    if (text.contains(QLatin1String("SSL")) || text.contains(QLatin1String("certificate")))
        return Error::make(
            Error::Code::Forbidden,
            QCoreApplication::translate("Database", "The secure connection to %1 could not be made (sslmode %2).")
                .arg(server.displayName(), server.sslMode),
            error.text());
    return Error::make(
        Error::Code::Unreachable,
        QCoreApplication::translate(
            "Database", "The server %1 cannot be reached. Check the network and that the server is running.")
            .arg(server.displayName()),
        error.text());
}

Result<void> openConnection(const QString& name, const ServerSettings& server)
{
    QSqlDatabase db = QSqlDatabase::database(name, false);
    db.setHostName(server.host);
    db.setPort(server.port);
    db.setDatabaseName(server.database);
    db.setUserName(server.user);
    db.setPassword(server.password);
    db.setConnectOptions(server.connectOptions());
    if (!db.open())
        return fail(openError(db.lastError(), server));
    // Every text is UTF-8 and every time BrandDesk stores is its own ISO text in UTC; the session's zone only
    // matters to the server's own functions.
    QSqlQuery setup(db);
    if (!setup.exec(QStringLiteral("SET client_encoding = 'UTF8'")) ||
        !setup.exec(QStringLiteral("SET TIME ZONE 'UTC'")))
        return fail(sql::storageError(
            setup.lastError(), QCoreApplication::translate("Database", "the server connection could not be set up")));
    return {};
}

} // namespace

Result<std::unique_ptr<Database>> Database::openServer(const ServerSettings& server)
{
    return openServer(server, OpenOptions{});
}

Result<std::unique_ptr<Database>> Database::openServer(const ServerSettings& server, const OpenOptions& options)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(Error::Code::Storage,
                    QCoreApplication::translate(
                        "Database", "The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql)."));
    const QString name = QStringLiteral("branddesk-server-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> database(new Database(QString(), name));
    database->m_isServer = true;
    database->m_server = server;
    QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (Result<void> opened = openConnection(name, server); !opened)
        return fail(opened.error());
    Result<ServerIdentity> identity = identify(database->connection(), server);
    if (!identity)
        return fail(identity.error());
    if (identity->version > latestSchemaVersion())
        return fail(Error::Code::TooNew,
                    QCoreApplication::translate(
                        "Database",
                        "The database %1 was written by a newer version of BrandDesk (data version %2; this program "
                        "knows up to %3). Please update BrandDesk on this PC. The database was left unchanged.")
                        .arg(server.displayName())
                        .arg(identity->version)
                        .arg(latestSchemaVersion()));
    if (identity->fresh || identity->version < latestSchemaVersion()) {
        // Setting up or upgrading is the administrator's work; the program's own login may not do it, and is told so
        // before a statement fails on it.
        Result<QVariant> mayChange = scalar(database->connection(), kMayChangeSchema);
        if (!mayChange)
            return fail(mayChange.error());
        if (!mayChange->toBool())
            return fail(Error::Code::Forbidden,
                        QCoreApplication::translate(
                            "Database",
                            "The database %1 is at data version %2 and this BrandDesk needs data version %3, but the "
                            "login \"%4\" may not change the database's tables. Ask the administrator to run "
                            "\"branddesk server init\" on it. The database was left unchanged.")
                            .arg(server.displayName())
                            .arg(identity->version)
                            .arg(latestSchemaVersion())
                            .arg(server.user));
    }
    if (!identity->fresh && identity->version < latestSchemaVersion() && options.beforeMigration) {
        if (Result<void> prepared = options.beforeMigration(server.displayName(), identity->version); !prepared)
            return fail(prepared.error());
    }
    if (identity->fresh) {
        // The version table and the schema are made in one transaction: a failure leaves the database empty.
        Result<void> made = database->transaction([&database, &server]() -> Result<void> {
            const QSqlDatabase db = database->connection();
            // DDL cannot be a prepared statement on PostgreSQL: it is sent as it is.
            if (QSqlQuery create(db); !create.exec(QString::fromLatin1(kCreateVersionTable)))
                return fail(sql::storageError(
                    create.lastError(),
                    QCoreApplication::translate("Database", "the server database could not be set up")));
            if (Result<QSqlQuery> q =
                    sql::run(db, kInsertVersion, {{":application", QLatin1String(kApplication)}},
                             QCoreApplication::translate("Database", "the server database could not be set up"));
                !q)
                return fail(q.error());
            if (Result<void> migrated = database->migrate(0); !migrated)
                return migrated;
            // pg_trgm finds Chinese substrings only where the database's LC_CTYPE makes them word characters.
            Result<QVariant> trigrams = scalar(db, kChineseTrigrams);
            if (!trigrams)
                return fail(trigrams.error());
            if (trigrams->toInt() == 0)
                return fail(Error::Code::Storage,
                            QCoreApplication::translate(
                                "Database",
                                "The database %1 was created with a character type (LC_CTYPE) under which Chinese "
                                "characters are not letters, so the report search could not use its index. Create it "
                                "again with \"branddesk server init\", or as: CREATE DATABASE %2 ENCODING 'UTF8' "
                                "LC_COLLATE 'C' LC_CTYPE 'C.UTF-8' TEMPLATE template0. Nothing was kept.")
                                .arg(server.displayName(), server.database));
            return {};
        });
        if (!made)
            return fail(made.error());
        return database;
    }
    if (Result<void> migrated = database->migrate(identity->version); !migrated)
        return fail(migrated.error());
    return database;
}

Result<void> Database::reconnect()
{
    if (!m_isServer)
        return {};
    if (m_transactionDepth > 0)
        return fail(
            Error::Code::Storage,
            QCoreApplication::translate("Database", "The connection cannot be renewed in the middle of a change."));
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    if (Result<void> opened = openConnection(m_connectionName, m_server); !opened)
        return opened;
    return applySessionLabel();
}

Result<void> Database::setSessionLabel(const QString& label)
{
    m_sessionLabel = label;
    return applySessionLabel();
}

Result<void> Database::applySessionLabel() const
{
    if (!m_isServer || m_sessionLabel.isEmpty())
        return {};
    Result<QSqlQuery> q =
        sql::run(QSqlDatabase::database(m_connectionName, false), kSetApplicationName, {{":name", m_sessionLabel}},
                 QCoreApplication::translate("Database", "the server connection could not be set up"));
    return q ? Result<void>() : fail(q.error());
}

Result<void> Database::probeServer(const ServerSettings& server)
{
    const QString name = QStringLiteral("branddesk-probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<void> outcome;
    {
        QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        outcome = openConnection(name, server);
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (outcome) {
            QSqlQuery query(db);
            if (!query.exec(QString::fromLatin1(kPing)))
                outcome = fail(openError(query.lastError(), server));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return outcome;
}

void Database::reopenIfLost() const
{
    constexpr qint64 kRetryMs = 3000;
    if (m_transactionDepth > 0 || QSqlDatabase::database(m_connectionName, false).isOpen())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_lastReopenMs >= 0 && now - m_lastReopenMs < kRetryMs)
        return;
    m_lastReopenMs = now;
    // A failure shows at the statement that follows, as a lost connection.
    if (openConnection(m_connectionName, m_server)) {
        m_lastReopenMs = -1;
        (void)applySessionLabel(); // who is connected is advisory: a failure here costs no data
    }
}

Result<void> Database::ping()
{
    if (m_transactionDepth > 0)
        return {};
    QSqlQuery query(connection());
    if (query.exec(QString::fromLatin1(kPing)))
        return {};
    const QSqlError error = query.lastError();
    query.finish();
    if (m_isServer && sql::isConnectionLoss(error))
        return reconnect();
    return fail(sql::storageError(error, QCoreApplication::translate("Database", "the database could not be reached")));
}

} // namespace branddesk
