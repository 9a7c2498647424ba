// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/bulkload.h"

#include "core/storage/database.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlError>

namespace branddesk {
namespace {

// The triggers that fill the full-text indexes on every new report (whatever version wrote them).
constexpr const char* kIndexTriggers = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = "
                                       "'weekly_reports' AND name LIKE '%fts_insert' ORDER BY name";
// Full-text tables kept in step with weekly_reports (external content): refilled from it by 'rebuild'.
constexpr const char* kIndexTables = "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE "
                                     "VIRTUAL TABLE%' AND sql LIKE '%content%=%''weekly_reports''%' ORDER BY name";

QString failedPhrase()
{
    return QCoreApplication::translate("BulkLoad", "the new database could not be written");
}

Result<void> execute(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return fail(sql::storageError(query.lastError(), failedPhrase()));
    return {};
}

} // namespace

Result<void> BulkLoad::begin()
{
    if (m_database.isServer() || m_database.inTransaction() || m_active)
        return {}; // a journal cannot be switched inside a transaction: then it is written as usual
    const QSqlDatabase db = m_database.connection();
    for (const char* pragma : {"PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF", "PRAGMA cache_size = -262144"})
        if (Result<void> done = execute(db, QString::fromLatin1(pragma)); !done)
            return done;
    Result<QSqlQuery> triggers = sql::run(db, kIndexTriggers, {}, failedPhrase());
    if (!triggers)
        return fail(triggers.error());
    QStringList names;
    while (triggers->next()) {
        names.append(triggers->value(0).toString());
        m_triggers.append(triggers->value(1).toString());
    }
    for (const QString& name : std::as_const(names))
        if (Result<void> dropped = execute(db, QStringLiteral("DROP TRIGGER %1").arg(name)); !dropped)
            return dropped;
    m_active = true;
    return {};
}

Result<void> BulkLoad::finish()
{
    if (!m_active)
        return {};
    const QSqlDatabase db = m_database.connection();
    Result<void> indexed = m_database.transaction([&]() -> Result<void> {
        Result<QSqlQuery> tables = sql::run(db, kIndexTables, {}, failedPhrase());
        if (!tables)
            return fail(tables.error());
        QStringList names;
        while (tables->next())
            names.append(tables->value(0).toString());
        for (const QString& table : std::as_const(names))
            if (Result<void> rebuilt = execute(db, QStringLiteral("INSERT INTO %1 (%1) VALUES ('rebuild')").arg(table));
                !rebuilt)
                return rebuilt;
        for (const QString& trigger : std::as_const(m_triggers))
            if (Result<void> restored = execute(db, trigger); !restored)
                return restored;
        return {};
    });
    if (!indexed)
        return indexed;
    for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA cache_size = -2000"})
        if (Result<void> done = execute(db, QString::fromLatin1(pragma)); !done)
            return done;
    m_active = false;
    m_triggers.clear();
    return {};
}

} // namespace branddesk
