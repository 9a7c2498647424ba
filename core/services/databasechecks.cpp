// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/databasechecks.h"

#include "core/services/auditlog.h"
#include "core/storage/backupstore.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace branddesk {
namespace {

/// The audit chain (see verifyAuditChain): an entry edited, removed or inserted behind the program's back.
Result<QStringList> auditChainProblems(const QString& path, int busyTimeoutMs)
{
    Database::OpenOptions options;
    options.busyTimeoutMs = busyTimeoutMs;
    Result<std::unique_ptr<Database>> database = Database::open(path, options);
    if (!database)
        return fail(database.error());
    Result<AuditChainReport> report = verifyAuditChain(**database);
    if (!report)
        return fail(report.error());
    return report->intact() ? QStringList() : QStringList{report->problem};
}

} // namespace

const QList<DatabaseCheck>& DatabaseChecks::all()
{
    // Add a check here: a name for the report and a function that returns the problems it found.
    static const QList<DatabaseCheck> checks = {
        {QT_TRANSLATE_NOOP("DatabaseChecks", "integrity of the file (integrity_check)"),
         [](const QString& path, int busyTimeoutMs) { return BackupStore::integrityProblems(path, busyTimeoutMs); }},
        {QT_TRANSLATE_NOOP("DatabaseChecks", "references between records (foreign_key_check)"),
         &BackupStore::foreignKeyProblems},
        {QT_TRANSLATE_NOOP("DatabaseChecks", "the audit trail (hash chain)"), &auditChainProblems},
    };
    return checks;
}

Result<void> DatabaseChecks::requireBrandDeskFile(const QString& path, int busyTimeoutMs)
{
    if (!QFileInfo(path).isFile())
        return fail(Error::Code::NotFound,
                    QCoreApplication::translate("DatabaseChecks", "There is no database at %1.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.read(16).startsWith("SQLite format 3"))
        return fail(Error::Code::ForeignFile,
                    QCoreApplication::translate("DatabaseChecks", "%1 is not a BrandDesk database.").arg(path));
    file.close();
    Result<BackupStore::Stamp> stamp = BackupStore::stamp(path, busyTimeoutMs);
    if (!stamp)
        return fail(stamp.error());
    if (stamp->applicationId != Database::kApplicationId)
        return fail(Error::Code::ForeignFile,
                    QCoreApplication::translate("DatabaseChecks", "%1 is not a BrandDesk database.").arg(path));
    return {};
}

} // namespace branddesk
