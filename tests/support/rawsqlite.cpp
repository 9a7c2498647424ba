// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/rawsqlite.h"

#include "tests/support/stringmakers.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace branddesk::test {

RawSqlite::RawSqlite(const QString& path, Mode mode)
    : m_connectionName(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    if (mode == Mode::ReadOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        FAIL("cannot open " << path.toStdString() << ": " << db.lastError().text().toStdString());
}

RawSqlite::~RawSqlite()
{
    close();
}

void RawSqlite::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

void RawSqlite::exec(const QString& statement)
{
    REQUIRE_FALSE(m_connectionName.isEmpty());
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(statement))
        FAIL(statement.toStdString() << " failed: " << query.lastError().text().toStdString());
}

QVariant RawSqlite::scalar(const QString& statement)
{
    REQUIRE_FALSE(m_connectionName.isEmpty());
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(statement))
        FAIL(statement.toStdString() << " failed: " << query.lastError().text().toStdString());
    if (!query.next())
        FAIL(statement.toStdString() << " returned no row");
    return query.value(0);
}

QStringList RawSqlite::tables()
{
    REQUIRE_FALSE(m_connectionName.isEmpty());
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")))
        FAIL("listing the tables failed: " << query.lastError().text().toStdString());
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

} // namespace branddesk::test
