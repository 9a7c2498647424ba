// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/backupstore.h"

#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <functional>

namespace branddesk {
namespace {

constexpr const char* kVacuumInto = "VACUUM INTO :target";
constexpr const char* kIntegrityCheck = "PRAGMA integrity_check";
constexpr const char* kForeignKeyCheck = "PRAGMA foreign_key_check";
constexpr const char* kApplicationId = "PRAGMA application_id";
constexpr const char* kUserVersion = "PRAGMA user_version";

enum class Access { ReadOnly, ReadWrite };

/// Opens a connection to `path` for the duration of `work`, and removes it afterwards.
Result<void> withConnection(const QString& path, Access access, int busyTimeoutMs,
                            const std::function<Result<void>(const QSqlDatabase&)>& work)
{
    if (!QFileInfo(path).isFile())
        return fail(Error::Code::NotFound,
                    QCoreApplication::translate("BackupStore", "The file %1 does not exist.").arg(path));
    const QString name = QStringLiteral("branddesk-backup-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<void> outcome;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
        if (access == Access::ReadOnly)
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(connectOptions);
        if (!db.open())
            outcome = fail(sql::storageError(
                db.lastError(),
                QCoreApplication::translate("BackupStore", "the file %1 could not be opened").arg(path)));
        else
            outcome = work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return outcome;
}

/// Every row's columns joined by spaces.
/// `stop` as for BackupStore::copyInto().
Result<QStringList> rowsOf(const QString& path, const char* statement, int busyTimeoutMs, const QString& whatFailed,
                           const std::atomic_bool* stop = nullptr)
{
    QStringList rows;
    Result<void> done =
        withConnection(path, Access::ReadOnly, busyTimeoutMs, [&](const QSqlDatabase& db) -> Result<void> {
            sql::stopWhen(db, stop);
            Result<QSqlQuery> query = sql::run(db, statement, {}, whatFailed);
            if (!query)
                return fail(query.error());
            while (query->next()) {
                QStringList columns;
                for (int i = 0; i < query->record().count(); ++i)
                    columns.append(query->value(i).toString());
                rows.append(columns.join(QLatin1Char(' ')));
            }
            if (query->lastError().isValid()) // stopped, or failed between rows
                return fail(sql::storageError(query->lastError(), whatFailed));
            return {};
        });
    if (!done)
        return fail(done.error());
    return rows;
}

} // namespace

Result<void> BackupStore::copyInto(const QString& databasePath, const QString& targetPath, int busyTimeoutMs,
                                   const std::atomic_bool* stop)
{
    return withConnection(databasePath, Access::ReadOnly, busyTimeoutMs, [&](const QSqlDatabase& db) -> Result<void> {
        sql::stopWhen(db, stop);
        Result<QSqlQuery> done =
            sql::run(db, kVacuumInto, {{":target", targetPath}},
                     QCoreApplication::translate("BackupStore", "the backup copy could not be written"));
        if (!done)
            return fail(done.error());
        return {};
    });
}

Result<QStringList> BackupStore::integrityProblems(const QString& path, int busyTimeoutMs, const std::atomic_bool* stop)
{
    Result<QStringList> rows = rowsOf(path, kIntegrityCheck, busyTimeoutMs,
                                      QCoreApplication::translate("BackupStore", "the integrity check failed"), stop);
    if (rows && rows->size() == 1 && rows->first() == QLatin1String("ok"))
        rows->clear();
    if (!rows && rows.error().code == Error::Code::Corrupt)
        return QStringList{rows.error().detail};
    return rows;
}

Result<QStringList> BackupStore::foreignKeyProblems(const QString& path, int busyTimeoutMs)
{
    return rowsOf(path, kForeignKeyCheck, busyTimeoutMs,
                  QCoreApplication::translate("BackupStore", "the foreign key check failed"));
}

Result<BackupStore::Stamp> BackupStore::stamp(const QString& path, int busyTimeoutMs)
{
    const QString whatFailed = QCoreApplication::translate("BackupStore", "the file %1 could not be read").arg(path);
    Result<QStringList> id = rowsOf(path, kApplicationId, busyTimeoutMs, whatFailed);
    if (!id)
        return fail(id.error());
    Result<QStringList> version = rowsOf(path, kUserVersion, busyTimeoutMs, whatFailed);
    if (!version)
        return fail(version.error());
    return Stamp{id->value(0).toInt(), version->value(0).toInt()};
}

} // namespace branddesk
