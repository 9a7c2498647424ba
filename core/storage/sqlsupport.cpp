// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqlsupport.h"

#include "core/storage/dialect.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

#include <array>
#include <memory>

namespace branddesk::sql {
namespace {

// SQLite primary result codes (sqlite3.h), as the QSQLITE driver reports them in nativeErrorCode().
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteConstraint = 19;
constexpr int kSqliteNotADb = 26;
constexpr int kSqliteReadOnlyDbMoved = kSqliteReadOnly | (4 << 8); // the file was deleted or renamed while open

int primaryCode(const QSqlError& error, int* extended = nullptr)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (extended)
        *extended = ok ? code : -1;
    return ok ? code & 0xff : -1; // extended codes carry the primary in the low byte
}
} // namespace

QVariant portable(const QVariant& value)
{
    // Flags are 0/1 integers on both backends; QPSQL would send a bool as TRUE, which an integer refuses.
    if (value.typeId() == QMetaType::Bool)
        return QVariant(value.toBool() ? 1 : 0);
    return value;
}

/// PostgreSQL reports a five-character SQLSTATE where SQLite reports a number of at most four digits.
bool isSqlState(const QString& code)
{
    return code.size() == 5;
}

Error serverError(const QSqlError& error, const QString& whatFailed)
{
    const QString state = error.nativeErrorCode();
    const QString sqlClass = state.left(2);
    QString reason;
    Error::Code kind = Error::Code::Storage;
    if (isConnectionLoss(error)) {
        reason = QCoreApplication::translate(
            "Storage", "The connection to the database server was lost. Nothing was changed; BrandDesk connects "
                       "again by itself, then try again.");
        kind = Error::Code::Unreachable;
    } else if (sqlClass == QLatin1String("23")) {
        reason = QCoreApplication::translate("Storage", "The change conflicts with existing data.");
        kind = Error::Code::Conflict;
    } else if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03")) {
        reason = QCoreApplication::translate(
            "Storage", "Another user was changing the same data at the same moment. Try again in a moment.");
    } else if (state == QLatin1String("53100")) {
        reason = QCoreApplication::translate("Storage", "The server's disk is full. Nothing was changed; tell the "
                                                        "administrator of the server.");
    } else if (state == QLatin1String("42501")) {
        reason = QCoreApplication::translate("Storage", "The server's login BrandDesk uses may not do this. Ask the "
                                                        "administrator to grant it (see the README's server section).");
        kind = Error::Code::Forbidden;
    } else if (state == QLatin1String("25006")) {
        reason = QCoreApplication::translate("Storage", "The server accepts only reading now (a read-only standby).");
    }
    const QString message =
        reason.isEmpty() ? QCoreApplication::translate("Storage", "The database reported an error: %1.").arg(whatFailed)
                         : whatFailed + QCoreApplication::translate("Storage", ": ") + reason;
    return Error::make(kind, message, error.text());
}

bool isConnectionLoss(const QSqlError& error)
{
    const QString state = error.nativeErrorCode();
    if (isSqlState(state))
        // 08: connection exceptions; 57P01-57P03: the server is shutting down, restarting or not yet up.
        return state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") ||
               state == QLatin1String("57P02") || state == QLatin1String("57P03");
    bool numeric = false;
    state.toInt(&numeric);
    if (numeric) // SQLite's result codes: a file, not a connection
        return false;
    if (error.type() == QSqlError::ConnectionError)
        return true;
    // libpq's own words when the socket broke (no SQLSTATE then).
    const QString text = error.databaseText() + error.driverText();
    return text.contains(QLatin1String("server closed the connection")) ||
           text.contains(QLatin1String("no connection to the server")) ||
           text.contains(QLatin1String("could not send data to server")) ||
           text.contains(QLatin1String("could not receive data from server")) ||
           text.contains(QLatin1String("connection to server")) ||
           text.contains(QLatin1String("terminating connection"));
}

Error storageError(const QSqlError& error, const QString& whatFailed)
{
    if (isSqlState(error.nativeErrorCode()) || isConnectionLoss(error))
        return serverError(error, whatFailed);
    const QString detail = error.text();
    int extended = 0;
    const int code = primaryCode(error, &extended);
    const bool ok = code >= 0;
    QString reason;
    Error::Code kind = Error::Code::Storage;
    if (ok) {
        switch (code) {
        case kSqliteBusy:
        case kSqliteLocked:
            reason = QCoreApplication::translate(
                "Storage",
                "Another program or another BrandDesk window is holding the database. Try again in a moment.");
            break;
        case kSqliteReadOnly:
            if (extended == kSqliteReadOnlyDbMoved) {
                reason = QCoreApplication::translate(
                    "Storage", "The database file was moved or deleted while BrandDesk had it open; nothing more can "
                               "be saved to it. Close BrandDesk and open the file again, or restore a backup.");
                break;
            }
            reason = QCoreApplication::translate(
                "Storage", "The database file is read-only. Check the file's permissions or choose another location.");
            break;
        case kSqliteFull:
            reason = QCoreApplication::translate(
                "Storage", "The disk is full. Free some space and try again; nothing was changed.");
            break;
        case kSqliteIoErr:
            reason = QCoreApplication::translate("Storage",
                                                 "The disk reported an error while reading or writing the database.");
            break;
        case kSqliteCorrupt:
        case kSqliteNotADb:
            reason = QCoreApplication::translate("Storage", "The database file is damaged. Restore it from a backup.");
            kind = Error::Code::Corrupt;
            break;
        case kSqliteConstraint:
            reason = QCoreApplication::translate("Storage", "The change conflicts with existing data.");
            kind = Error::Code::Conflict;
            break;
        default:
            break;
        }
    }
    const QString message =
        reason.isEmpty() ? QCoreApplication::translate("Storage", "The database reported an error: %1.").arg(whatFailed)
                         : whatFailed + QCoreApplication::translate("Storage", ": ") + reason;
    return Error::make(kind, message, detail);
}

bool isCorruption(const QSqlError& error)
{
    const int code = primaryCode(error);
    return code == kSqliteCorrupt || code == kSqliteNotADb;
}

Error corruptFileError(const QString& path, const QString& detail)
{
    return Error::make(Error::Code::Corrupt,
                       QCoreApplication::translate(
                           "Storage", "The database file %1 is damaged. It was left unchanged; restore the latest good "
                                      "backup to go on working.")
                           .arg(path),
                       detail);
}

Result<QSqlQuery> prepare(const QSqlDatabase& db, const char* statement,
                          std::initializer_list<std::pair<const char*, QVariant>> values)
{
    QSqlQuery query(db);
    query.setForwardOnly(Dialect::of(db).forwardOnlyReads());
    // A server connection the driver closed after losing it (and that could not be opened again yet): Qt
    // refuses the statement without an error of its own.
    if (!db.isOpen())
        return fail(storageError(
            QSqlError(QString(), QStringLiteral("no connection to the server"), QSqlError::ConnectionError),
            QCoreApplication::translate("Storage", "a statement could not be prepared")));
    if (!query.prepare(QString::fromUtf8(statement)))
        return fail(storageError(query.lastError(),
                                 QCoreApplication::translate("Storage", "a statement could not be prepared")));
    for (const auto& [name, value] : values)
        query.bindValue(QString::fromLatin1(name), portable(value));
    return query;
}

Result<void> exec(QSqlQuery& query, const QString& whatFailed)
{
    if (!query.exec())
        return fail(storageError(query.lastError(), whatFailed));
    return {};
}

Result<QSqlQuery> run(const QSqlDatabase& db, const char* statement,
                      std::initializer_list<std::pair<const char*, QVariant>> values, const QString& whatFailed)
{
    Result<QSqlQuery> query = prepare(db, statement, values);
    if (!query)
        return query;
    if (Result<void> done = exec(*query, whatFailed); !done)
        return fail(done.error());
    return query;
}

void stopWhen(const QSqlDatabase& db, const std::atomic_bool* stop)
{
    // How many virtual machine steps SQLite runs between looks at the flag: a few milliseconds' work.
    constexpr int kStepsBetweenLooks = 100000;
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    sqlite3* connection = *static_cast<sqlite3* const*>(handle.constData());
    if (!stop) {
        sqlite3_progress_handler(connection, 0, nullptr, nullptr);
        return;
    }
    sqlite3_progress_handler(
        connection, kStepsBetweenLooks,
        [](void* flag) -> int { return static_cast<const std::atomic_bool*>(flag)->load() ? 1 : 0; },
        const_cast<std::atomic_bool*>(stop));
}

Result<void> readIntegerRows(const QSqlDatabase& db, const char* statement, int columns,
                             const std::function<void(const qint64* values)>& row, const QString& whatFailed)
{
    constexpr int kMaxColumns = 8;
    Q_ASSERT(columns > 0 && columns <= kMaxColumns);
    std::array<qint64, kMaxColumns> values{};
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        sqlite3* connection = *static_cast<sqlite3* const*>(handle.constData());
        const auto failure = [&](int code) {
            return fail(storageError(QSqlError(QString::fromUtf8(sqlite3_errmsg(connection)), QString(),
                                               QSqlError::StatementError, QString::number(code)),
                                     whatFailed));
        };
        sqlite3_stmt* raw = nullptr;
        if (const int code = sqlite3_prepare_v2(connection, statement, -1, &raw, nullptr); code != SQLITE_OK)
            return failure(sqlite3_extended_errcode(connection));
        const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> prepared(raw, sqlite3_finalize);
        for (;;) {
            const int code = sqlite3_step(raw);
            if (code == SQLITE_DONE)
                return {};
            if (code != SQLITE_ROW)
                return failure(sqlite3_extended_errcode(connection));
            for (int column = 0; column < columns; ++column)
                values[column] = sqlite3_column_int64(raw, column);
            row(values.data());
        }
    }
    Result<QSqlQuery> query = run(db, statement, {}, whatFailed);
    if (!query)
        return fail(query.error());
    while (query->next()) {
        for (int column = 0; column < columns; ++column)
            values[column] = query->value(column).toLongLong();
        row(values.data());
    }
    if (query->lastError().isValid())
        return fail(storageError(query->lastError(), whatFailed));
    return {};
}

} // namespace branddesk::sql
