// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>
#include <functional>
#include <initializer_list>
#include <optional>
#include <type_traits>
#include <utility>

namespace branddesk::sql {

/// Turns a failed query into an Error a user can read: the disk is full, the file is read-only,
/// another program holds it locked, or (otherwise) the generic "could not be saved/read" message.
Error storageError(const QSqlError& error, const QString& whatFailed);

/// Whether the error says the connection to a database server is gone (PostgreSQL's SQLSTATE class 08, a server
/// shutting down or restarting, or libpq's words for a broken socket). A file database never reports it.
bool isConnectionLoss(const QSqlError& error);

/// Whether SQLite said the file is damaged (SQLITE_CORRUPT) or not a database at all (SQLITE_NOTADB).
bool isCorruption(const QSqlError& error);

/// The error for a damaged BrandDesk file at `path` (Error::Code::Corrupt); `detail` is SQLite's verdict.
Error corruptFileError(const QString& path, const QString& detail);

/// Prepares `statement` and binds the named values; always bound, never spliced into the text.
Result<QSqlQuery> prepare(const QSqlDatabase& db, const char* statement,
                          std::initializer_list<std::pair<const char*, QVariant>> values = {});

/// `value` as both backends store it: a bool as the integer 0 or 1, anything else unchanged. prepare() applies
/// it to every value; a repository that binds a value itself passes it through here.
QVariant portable(const QVariant& value);

/// Executes a prepared query; `whatFailed` is a translated phrase such as "the department could not be saved".
Result<void> exec(QSqlQuery& query, const QString& whatFailed);

/// Prepares, binds and executes in one step.
Result<QSqlQuery> run(const QSqlDatabase& db, const char* statement,
                      std::initializer_list<std::pair<const char*, QVariant>> values, const QString& whatFailed);

/// What a row mapper (a function of the query standing on a row, such as `EvaluationRound roundFrom(const
/// QSqlQuery&)`) makes of a row.
template <typename Map> using RowOf = std::decay_t<std::invoke_result_t<Map&, const QSqlQuery&>>;

/// The read-a-list shape: runs `statement` with `values` and maps every row with `map`, in the statement's order.
template <typename Map>
Result<QList<RowOf<Map>>> readAll(const QSqlDatabase& db, const char* statement,
                                  std::initializer_list<std::pair<const char*, QVariant>> values,
                                  const QString& whatFailed, Map map)
{
    Result<QSqlQuery> query = run(db, statement, values, whatFailed);
    if (!query)
        return fail(query.error());
    QList<RowOf<Map>> rows;
    while (query->next())
        rows.append(map(*query));
    return rows;
}

/// The look-up shape: runs `statement` with `values` and maps its first row with `map`; nullopt when there is
/// none (a name not yet used, a department without inspections).
template <typename Map>
Result<std::optional<RowOf<Map>>> readFirst(const QSqlDatabase& db, const char* statement,
                                            std::initializer_list<std::pair<const char*, QVariant>> values,
                                            const QString& whatFailed, Map map)
{
    Result<QSqlQuery> query = run(db, statement, values, whatFailed);
    if (!query)
        return fail(query.error());
    if (!query->next())
        return std::optional<RowOf<Map>>();
    return std::optional<RowOf<Map>>(map(*query));
}

/// The find-one shape: as readFirst(), but a missing row is the error `missing()` makes (a NotFound naming the
/// record: "The report no longer exists; someone may have deleted it.").
template <typename Map, typename Missing>
Result<RowOf<Map>> readOne(const QSqlDatabase& db, const char* statement,
                           std::initializer_list<std::pair<const char*, QVariant>> values, const QString& whatFailed,
                           Map map, Missing missing)
{
    Result<std::optional<RowOf<Map>>> first = readFirst(db, statement, values, whatFailed, std::move(map));
    if (!first)
        return fail(first.error());
    if (!*first)
        return fail(missing());
    return std::move(**first);
}

/// Runs `statement` (no parameters; every column an integer) and hands each row's `columns` values to `row`.
/// On SQLite it steps the native statement, several times faster than QSqlQuery for the hundreds of thousands
/// of rows that compliance reads; with another driver it goes through QSqlQuery.
Result<void> readIntegerRows(const QSqlDatabase& db, const char* statement, int columns,
                             const std::function<void(const qint64* values)>& row, const QString& whatFailed);

/// Makes long statements on `db` (VACUUM INTO, integrity_check) give up soon after `*stop` becomes true, with
/// SQLITE_INTERRUPT; nullptr lets them run to the end. On SQLite only; other drivers ignore it.
void stopWhen(const QSqlDatabase& db, const std::atomic_bool* stop);

/// A date as stored: ISO text ("2009-05-14"), NULL when invalid.
inline QVariant date(const QDate& value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant();
}

/// A stored date read back: invalid for NULL.
inline QDate dateFrom(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

/// A QString as stored: never NULL, so NOT NULL columns accept an empty text.
inline QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

} // namespace branddesk::sql
