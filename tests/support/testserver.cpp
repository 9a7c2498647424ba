// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/testserver.h"

#include "core/storage/serveradmin.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <atomic>

namespace branddesk::test {
namespace {

std::atomic_int g_databases{0};

/// Drops a test database without failing the test (it runs in a destructor); says so when it cannot.
void dropQuietly(const ServerSettings& server)
{
    const QString name = QStringLiteral("drop-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(server.host);
        db.setPort(server.port);
        db.setDatabaseName(QStringLiteral("postgres"));
        db.setUserName(server.user);
        db.setPassword(server.password);
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(server.database)))
                problem = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!problem.isEmpty())
        WARN("test database " << server.database.toStdString() << " was not dropped: " << problem.toStdString());
}

} // namespace

std::optional<ServerSettings> testServer()
{
    if (qEnvironmentVariable("BRANDDESK_TEST_BACKEND") != QLatin1String("postgresql") &&
        qEnvironmentVariableIsEmpty("BRANDDESK_TEST_PG_FILE"))
        return std::nullopt;
    QString connection = qEnvironmentVariable("BRANDDESK_TEST_PG");
    if (connection.isEmpty()) {
        QFile file(qEnvironmentVariable("BRANDDESK_TEST_PG_FILE"));
        if (!file.open(QIODevice::ReadOnly))
            FAIL("the PostgreSQL pass has no server: set BRANDDESK_TEST_PG, or run it through ctest, whose "
                 "fixture starts one (BRANDDESK_TEST_PG_FILE="
                 << file.fileName().toStdString() << ")");
        connection = QString::fromUtf8(file.readAll()).trimmed();
    }
    Result<ServerSettings> settings = ServerSettings::parse(connection);
    if (!settings)
        FAIL("BRANDDESK_TEST_PG: " << settings.error().message.toStdString());
    return *settings;
}

TempServerDatabase::TempServerDatabase(const ServerSettings& server)
    : m_settings(server.withDatabase(
          QStringLiteral("bdtest_%1_%2").arg(QCoreApplication::applicationPid()).arg(g_databases.fetch_add(1))))
{
    Result<bool> created = serveradmin::createDatabase(m_settings);
    if (created && !*created) { // left behind by an earlier process with the same id
        RawServer(m_settings.withDatabase(QStringLiteral("postgres")))
            .exec(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(m_settings.database));
        created = serveradmin::createDatabase(m_settings);
    }
    if (!created)
        FAIL("cannot create a test database on the server: " << created.error().fullText().toStdString());
}

TempServerDatabase::~TempServerDatabase()
{
    dropQuietly(m_settings);
}

RawServer::RawServer(const ServerSettings& server)
    : m_connectionName(QStringLiteral("raw-server-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setHostName(server.host);
    db.setPort(server.port);
    db.setDatabaseName(server.database);
    db.setUserName(server.user);
    db.setPassword(server.password);
    if (!db.open())
        FAIL("cannot connect to " << server.displayName().toStdString() << ": " << db.lastError().text().toStdString());
}

RawServer::~RawServer()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void RawServer::exec(const QString& statement)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(statement))
        FAIL(statement.toStdString() << ": " << query.lastError().text().toStdString());
}

QVariant RawServer::scalar(const QString& statement)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(statement))
        FAIL(statement.toStdString() << ": " << query.lastError().text().toStdString());
    return query.next() ? query.value(0) : QVariant();
}

QStringList RawServer::tables()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")))
        FAIL("the tables could not be listed: " << query.lastError().text().toStdString());
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

} // namespace branddesk::test
