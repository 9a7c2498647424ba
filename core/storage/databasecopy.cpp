// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/databasecopy.h"

#include "core/storage/database.h"
#include "core/storage/dialect.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace branddesk {
namespace {

/// Kept by triggers on both backends from the rows of other tables: rebuilt, never copied.
const QStringList& derivedTables()
{
    static const QStringList tables{QStringLiteral("report_weeks")};
    return tables;
}

/// Counted by the program from other tables and kept by triggers under a rule it writes (schema 14): never copied;
/// the copy, without a rule, counts them again at its first reading.
const QStringList& recountedTables()
{
    static const QStringList tables{QStringLiteral("report_totals"), QStringLiteral("report_totals_rule")};
    return tables;
}

/// The audit log's highest id ever issued goes across too, so that entries removed at the end of the log
/// are still noticed on the copy.
constexpr const char* kAuditLog = "audit_log";

/// Each INSERT carries this many values at most (SQLite takes 32766; PostgreSQL's round trips are what count).
constexpr int kValuesPerStatement = 2000;

/// Every table of a BrandDesk file: no SQLite internals, no full-text index (virtual or shadow tables).
constexpr const char* kFileTables = "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
                                    "AND name NOT LIKE 'sqlite_%' ORDER BY name";
constexpr const char* kFileReferences = "SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(:table)";
constexpr const char* kFileColumns = "SELECT name FROM pragma_table_info(:table) ORDER BY cid";
constexpr const char* kServerTables =
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
    "AND tablename NOT IN ('branddesk_schema', 'audit_chain_head') ORDER BY tablename";
constexpr const char* kServerColumns = "SELECT column_name, data_type FROM information_schema.columns "
                                       "WHERE table_schema = 'public' AND table_name = :table";

enum class ColumnType { Integer, Text, Bytes, Other };

struct Column {
    QString name;
    ColumnType type = ColumnType::Other;
};

QString copyFailed()
{
    return QCoreApplication::translate("DatabaseCopy", "the data could not be copied");
}

Result<QStringList> strings(const QSqlDatabase& db, const char* statement, const QString& table = {})
{
    Result<QSqlQuery> q = table.isNull() ? sql::run(db, statement, {}, copyFailed())
                                         : sql::run(db, statement, {{":table", table}}, copyFailed());
    if (!q)
        return fail(q.error());
    QStringList values;
    while (q->next())
        values.append(q->value(0).toString());
    return values;
}

QString quotedName(const QString& name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

/// The tables to copy from the file's schema, parents before the tables whose rows refer to them.
Result<QStringList> tablesInOrder(const QSqlDatabase& file)
{
    Result<QStringList> all = strings(file, kFileTables);
    if (!all)
        return all;
    QStringList pending;
    for (const QString& table : *all)
        if (!derivedTables().contains(table) && !recountedTables().contains(table))
            pending.append(table);
    QStringList ordered;
    QSet<QString> placed;
    while (!pending.isEmpty()) {
        bool progressed = false;
        for (qsizetype i = 0; i < pending.size();) {
            Result<QStringList> parents = strings(file, kFileReferences, pending.at(i));
            if (!parents)
                return parents;
            const bool ready = std::all_of(parents->cbegin(), parents->cend(), [&](const QString& parent) {
                return parent == pending.at(i) || placed.contains(parent) || !pending.contains(parent);
            });
            if (ready) {
                placed.insert(pending.at(i));
                ordered.append(pending.takeAt(i));
                progressed = true;
            } else {
                ++i;
            }
        }
        if (!progressed)
            return fail(Error::Code::Storage,
                        QCoreApplication::translate("DatabaseCopy", "The tables %1 refer to each other in a circle.")
                            .arg(pending.join(QStringLiteral(", "))));
    }
    return ordered;
}

/// The file's columns of `table`, with the types the server gives them; refused when the two differ.
Result<QList<Column>> columnsOf(const QSqlDatabase& file, const QSqlDatabase& server, const QString& table)
{
    Result<QStringList> names = strings(file, kFileColumns, table);
    if (!names)
        return fail(names.error());
    Result<QSqlQuery> q = sql::run(server, kServerColumns, {{":table", table}}, copyFailed());
    if (!q)
        return fail(q.error());
    QHash<QString, ColumnType> serverTypes;
    while (q->next()) {
        const QString type = q->value(1).toString();
        serverTypes.insert(q->value(0).toString(), type == QLatin1String("bigint") || type == QLatin1String("integer")
                                                       ? ColumnType::Integer
                                                   : type == QLatin1String("text")  ? ColumnType::Text
                                                   : type == QLatin1String("bytea") ? ColumnType::Bytes
                                                                                    : ColumnType::Other);
    }
    QStringList sorted = *names;
    QStringList serverNames = serverTypes.keys();
    sorted.sort();
    serverNames.sort();
    if (sorted != serverNames)
        return fail(Error::Code::Storage,
                    QCoreApplication::translate("DatabaseCopy", "The table %1 has the columns %2 in the file but %3 on "
                                                                "the server; both must be at the same data version.")
                        .arg(table, sorted.join(QStringLiteral(", ")), serverNames.join(QStringLiteral(", "))));
    QList<Column> columns;
    for (const QString& name : *names)
        columns.append({name, serverTypes.value(name)});
    return columns;
}

/// `value` as the server's column stores it (a file may hold an integer in a text column and the like).
QVariant asColumn(const QVariant& value, ColumnType type)
{
    if (value.isNull()) {
        switch (type) {
        case ColumnType::Integer:
            return QVariant(QMetaType(QMetaType::LongLong));
        case ColumnType::Text:
            return QVariant(QMetaType(QMetaType::QString));
        case ColumnType::Bytes:
            return QVariant(QMetaType(QMetaType::QByteArray));
        case ColumnType::Other:
            return value;
        }
    }
    switch (type) {
    case ColumnType::Integer:
        return value.toLongLong();
    case ColumnType::Text:
        return value.toString();
    case ColumnType::Bytes:
        return value.toByteArray();
    case ColumnType::Other:
        break;
    }
    return value;
}

Result<qint64> countRows(const QSqlDatabase& db, const QString& table)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + quotedName(table)) || !query.next())
        return fail(sql::storageError(query.lastError(), copyFailed()));
    return query.value(0).toLongLong();
}

/// Inserts `rows` (each as many values as `columns`) into `table` on `to` in one statement.
Result<void> insertRows(const QSqlDatabase& to, const QString& table, const QList<Column>& columns,
                        const QVariantList& values, qsizetype rows)
{
    QStringList names;
    for (const Column& column : columns)
        names.append(quotedName(column.name));
    const QString row =
        QLatin1Char('(') + QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
    const QString statement =
        QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(quotedName(table), names.join(QStringLiteral(", "))) +
        QStringList(rows, row).join(QLatin1Char(','));
    QSqlQuery insert(to);
    if (!insert.prepare(statement))
        return fail(sql::storageError(insert.lastError(), copyFailed()));
    for (const QVariant& value : values)
        insert.addBindValue(value);
    if (!insert.exec())
        return fail(sql::storageError(insert.lastError(), copyFailed()));
    return {};
}

Result<qint64> copyTable(const QSqlDatabase& from, const QSqlDatabase& to, const QString& table,
                         const QList<Column>& columns, bool toServer)
{
    QStringList names;
    for (const Column& column : columns)
        names.append(quotedName(column.name));
    QSqlQuery read(from);
    read.setForwardOnly(true);
    if (!read.exec(
            QStringLiteral("SELECT %1 FROM %2 ORDER BY 1").arg(names.join(QStringLiteral(", ")), quotedName(table))))
        return fail(sql::storageError(read.lastError(), copyFailed()));
    const qsizetype perStatement = std::max<qsizetype>(1, kValuesPerStatement / columns.size());
    QVariantList batch;
    qsizetype batchRows = 0;
    qint64 copied = 0;
    while (read.next()) {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QVariant value = read.value(static_cast<int>(i));
            batch.append(toServer ? asColumn(value, columns.at(i).type) : value);
        }
        ++copied;
        if (++batchRows == perStatement) {
            if (Result<void> inserted = insertRows(to, table, columns, batch, batchRows); !inserted)
                return fail(inserted.error());
            batch.clear();
            batchRows = 0;
        }
    }
    if (read.lastError().isValid())
        return fail(sql::storageError(read.lastError(), copyFailed()));
    if (batchRows > 0) {
        if (Result<void> inserted = insertRows(to, table, columns, batch, batchRows); !inserted)
            return fail(inserted.error());
    }
    return copied;
}

/// The highest id issued for `table` on `db`: the audit log's from its own record, any other table's its
/// largest id.
Result<qint64> highestId(Database& db, const QString& table)
{
    if (table == QLatin1String(kAuditLog)) {
        Result<QSqlQuery> q =
            sql::run(db.connection(), db.dialect().highestAuditId(), {{":name", table}}, copyFailed());
        if (!q)
            return fail(q.error());
        return q->next() ? q->value(0).toLongLong() : 0;
    }
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM ") + quotedName(table)) || !query.next())
        return fail(sql::storageError(query.lastError(), copyFailed()));
    return query.value(0).toLongLong();
}

} // namespace

bool DatabaseCopyReport::countsMatch() const
{
    auto equal = [](const CopiedTable& t) { return t.sourceRows == t.targetRows; };
    return std::all_of(tables.cbegin(), tables.cend(), equal) && std::all_of(rebuilt.cbegin(), rebuilt.cend(), equal);
}

qint64 DatabaseCopyReport::rows() const
{
    qint64 total = 0;
    for (const CopiedTable& t : tables)
        total += t.targetRows;
    return total;
}

Result<DatabaseCopyReport> copyDatabase(Database& from, Database& to,
                                        const std::function<bool(const CopiedTable& done)>& progress)
{
    if (from.isServer() == to.isServer())
        return fail(Error::Code::Validation,
                    QCoreApplication::translate("DatabaseCopy", "A copy goes from a file to a server or back."));
    Database& file = from.isServer() ? to : from;
    Database& server = from.isServer() ? from : to;
    Result<QStringList> tables = tablesInOrder(file.connection());
    if (!tables)
        return fail(tables.error());
    Result<QStringList> serverTables = strings(server.connection(), kServerTables);
    if (!serverTables)
        return fail(serverTables.error());
    QStringList expected = *tables + derivedTables() + recountedTables();
    expected.sort();
    if (expected != *serverTables)
        return fail(Error::Code::Storage,
                    QCoreApplication::translate("DatabaseCopy", "The file and the server database hold different "
                                                                "tables; both must be at the same data version."));

    DatabaseCopyReport report;
    Result<void> copied = to.transaction([&]() -> Result<void> {
        QList<QList<Column>> columns;
        for (const QString& table : *tables) {
            Result<QList<Column>> c = columnsOf(file.connection(), server.connection(), table);
            if (!c)
                return fail(c.error());
            columns.append(*c);
            Result<qint64> present = countRows(to.connection(), table);
            if (!present)
                return fail(present.error());
            if (*present > 0)
                return fail(Error::Code::Validation,
                            QCoreApplication::translate("DatabaseCopy", "%1 already holds data (%2 rows in %3); a "
                                                                        "copy goes only into an empty database.")
                                .arg(to.location())
                                .arg(*present)
                                .arg(table));
        }
        for (qsizetype i = 0; i < tables->size(); ++i) {
            const QString& table = tables->at(i);
            CopiedTable done{table, 0, 0};
            Result<qint64> rows = copyTable(from.connection(), to.connection(), table, columns.at(i), to.isServer());
            if (!rows)
                return fail(rows.error());
            done.sourceRows = *rows;
            const bool hasId = std::any_of(columns.at(i).cbegin(), columns.at(i).cend(),
                                           [](const Column& c) { return c.name == QLatin1String("id"); });
            if (hasId) {
                Result<qint64> highest = highestId(from, table);
                if (!highest)
                    return fail(highest.error());
                if (*highest > 0) {
                    Result<QSqlQuery> set = sql::run(to.connection(), to.dialect().setHighestId(),
                                                     {{":table", table}, {":value", *highest}}, copyFailed());
                    if (!set)
                        return fail(set.error());
                }
            }
            Result<qint64> there = countRows(to.connection(), table);
            if (!there)
                return fail(there.error());
            done.targetRows = *there;
            report.tables.append(done);
            if (progress && !progress(done))
                return fail(Error::Code::Cancelled,
                            QCoreApplication::translate("DatabaseCopy", "The copy was cancelled; nothing was kept."));
        }
        for (const QString& table : derivedTables()) {
            Result<qint64> source = countRows(from.connection(), table);
            Result<qint64> target = source ? countRows(to.connection(), table) : source;
            if (!target)
                return fail(target.error());
            report.rebuilt.append({table, *source, *target});
        }
        if (!report.countsMatch())
            return fail(Error::Code::Storage,
                        QCoreApplication::translate("DatabaseCopy", "The copy does not hold as many rows as the "
                                                                    "original; nothing was kept."));
        return {};
    });
    if (!copied)
        return fail(copied.error());
    return report;
}

} // namespace branddesk
