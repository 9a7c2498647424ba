// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqlsupport.h"

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

Error storageError(const QSqlError& error, const QString& whatFailed)
{
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
    query.setForwardOnly(true);
    if (!query.prepare(QString::fromUtf8(statement)))
        return fail(storageError(query.lastError(),
                                 QCoreApplication::translate("Storage", "a statement could not be prepared")));
    for (const auto& [name, value] : values)
        query.bindValue(QString::fromLatin1(name), value);
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
