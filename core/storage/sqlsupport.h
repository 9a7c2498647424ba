// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>
#include <functional>
#include <initializer_list>
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

/// Runs `statement` (no parameters; every column an integer) and hands each row's `columns` values to `row`.
/// On SQLite it steps the native statement, several times faster than QSqlQuery for the hundreds of thousands
/// of rows that compliance reads; with another driver it goes through QSqlQuery.
Result<void> readIntegerRows(const QSqlDatabase& db, const char* statement, int columns,
                             const std::function<void(const qint64* values)>& row, const QString& whatFailed);

/// Makes long statements on `db` (VACUUM INTO, integrity_check) give up soon after `*stop` becomes true, with
/// SQLITE_INTERRUPT; nullptr lets them run to the end. On SQLite only; other drivers ignore it.
void stopWhen(const QSqlDatabase& db, const std::atomic_bool* stop);

/// A QString as stored: never NULL, so NOT NULL columns accept an empty text.
inline QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

} // namespace branddesk::sql
