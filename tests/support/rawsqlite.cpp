// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/rawsqlite.h"

#include "core/storage/bigramtokenizer.h"
#include "core/storage/migrations.h"
#include "tests/support/stringmakers.h"

#include <QHash>
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
    QHash<QString, QString> referenceSql;         // triggers, indexes and virtual tables as the version made them
    QHash<QString, QStringList> referenceColumns; // the columns of its tables
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
        REQUIRE(query.exec(QStringLiteral("SELECT name, type, sql FROM sqlite_master")));
        QStringList tables;
        while (query.next()) {
            const QString name = query.value(0).toString();
            const QString sql = query.value(2).toString();
            kept.insert(name);
            if (query.value(1).toString() != QLatin1String("table"))
                referenceSql.insert(name, sql);
            else if (sql.startsWith(QLatin1String("CREATE VIRTUAL TABLE")))
                referenceSql.insert(name, sql);
            else
                tables.append(name);
        }
        for (const QString& table : std::as_const(tables)) {
            REQUIRE(query.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table)));
            while (query.next())
                referenceColumns[table].append(query.value(0).toString());
        }
        memory.close();
    }
    QSqlDatabase::removeDatabase(reference);

    // Triggers and indexes first, then virtual tables (which take their shadow tables along), then the rest.
    // A trigger, index or virtual table a later version made anew is dropped too, and made again as it was.
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    REQUIRE(query.exec(QStringLiteral(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY CASE WHEN type = "
        "'trigger' THEN 0 WHEN type = 'index' THEN 1 WHEN sql LIKE 'CREATE VIRTUAL TABLE%' THEN 2 ELSE 3 END")));
    QList<std::pair<QString, QString>> later;
    QStringList remade;
    while (query.next()) {
        const QString name = query.value(1).toString();
        const bool changed = referenceSql.contains(name) && referenceSql.value(name) != query.value(2).toString();
        if (!kept.contains(name) || changed)
            later.append({query.value(0).toString().toUpper(), name});
        if (changed)
            remade.prepend(name); // virtual tables before the indexes and triggers that follow them
    }
    query.finish();
    exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    for (const auto& [type, name] : std::as_const(later))
        exec(QStringLiteral("DROP %1 IF EXISTS \"%2\"").arg(type, name));
    // Columns a later version added (ALTER TABLE … ADD COLUMN) go.
    for (auto table = referenceColumns.cbegin(); table != referenceColumns.cend(); ++table) {
        REQUIRE(query.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table.key())));
        QStringList added;
        while (query.next())
            if (!table.value().contains(query.value(0).toString()))
                added.append(query.value(0).toString());
        query.finish();
        for (const QString& column : std::as_const(added))
            exec(QStringLiteral("ALTER TABLE \"%1\" DROP COLUMN \"%2\"").arg(table.key(), column));
    }
    for (const QString& name : std::as_const(remade)) {
        const QString sql = referenceSql.value(name);
        exec(sql);
        if (sql.contains(QLatin1String("USING fts5")))
            exec(QStringLiteral("INSERT INTO \"%1\" (\"%1\") VALUES ('rebuild')").arg(name));
    }
    exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

} // namespace branddesk::test
