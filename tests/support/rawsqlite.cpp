// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/rawsqlite.h"

#include "core/storage/bigramtokenizer.h"
#include "core/storage/migrations.h"
#include "tests/support/stringmakers.h"

#include <QSet>
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
    // The two-character index's tokenizer, without which the reports' triggers and that index cannot be touched.
    if (!registerBigramTokenizer(db))
        FAIL("cannot register the search tokenizer on " << path.toStdString());
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

void RawSqlite::rollBackTo(int version)
{
    REQUIRE_FALSE(m_connectionName.isEmpty());
    // What the steps up to `version` create, from an empty database in memory.
    QSet<QString> kept;
    const QString reference = QStringLiteral("reference-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase memory = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), reference);
        memory.setDatabaseName(QStringLiteral(":memory:"));
        REQUIRE(memory.open());
        QSqlQuery query(memory);
        for (const Migration& step : migrations())
            if (step.version <= version)
                for (const char* statement : step.statements)
                    if (!query.exec(QString::fromUtf8(statement)))
                        FAIL(statement << " failed: " << query.lastError().text().toStdString());
        REQUIRE(query.exec(QStringLiteral("SELECT name FROM sqlite_master")));
        while (query.next())
            kept.insert(query.value(0).toString());
        memory.close();
    }
    QSqlDatabase::removeDatabase(reference);

    // Triggers and indexes first, then virtual tables (which take their shadow tables along), then the rest.
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    REQUIRE(query.exec(QStringLiteral(
        "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY CASE WHEN type = 'trigger' "
        "THEN 0 WHEN type = 'index' THEN 1 WHEN sql LIKE 'CREATE VIRTUAL TABLE%' THEN 2 ELSE 3 END")));
    QList<std::pair<QString, QString>> later;
    while (query.next())
        if (!kept.contains(query.value(1).toString()))
            later.append({query.value(0).toString().toUpper(), query.value(1).toString()});
    query.finish();
    exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    for (const auto& [type, name] : std::as_const(later))
        exec(QStringLiteral("DROP %1 IF EXISTS \"%2\"").arg(type, name));
    exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

} // namespace branddesk::test
