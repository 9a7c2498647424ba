// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backup/backupfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace branddesk {
namespace {

constexpr BackupReason kReasons[] = {BackupReason::Daily,  BackupReason::Manual,  BackupReason::Migration,
                                     BackupReason::Import, BackupReason::Restore, BackupReason::Damaged};
const QString kTimeFormat = QStringLiteral("yyyyMMdd-HHmmss");

} // namespace

QString BackupFile::reasonCode(BackupReason reason)
{
    switch (reason) {
    case BackupReason::Daily:
        return QStringLiteral("daily");
    case BackupReason::Manual:
        return QStringLiteral("manual");
    case BackupReason::Migration:
        return QStringLiteral("migration");
    case BackupReason::Import:
        return QStringLiteral("import");
    case BackupReason::Restore:
        return QStringLiteral("restore");
    case BackupReason::Damaged:
        return QStringLiteral("damaged");
    }
    return {};
}

QString BackupFile::reasonName(BackupReason reason)
{
    switch (reason) {
    case BackupReason::Daily:
        return QCoreApplication::translate("BackupFile", "daily");
    case BackupReason::Manual:
        return QCoreApplication::translate("BackupFile", "made by hand");
    case BackupReason::Migration:
        return QCoreApplication::translate("BackupFile", "before an upgrade");
    case BackupReason::Import:
        return QCoreApplication::translate("BackupFile", "before an import");
    case BackupReason::Restore:
        return QCoreApplication::translate("BackupFile", "before a restore");
    case BackupReason::Damaged:
        return QCoreApplication::translate("BackupFile", "damaged file");
    }
    return {};
}

QString BackupFile::fileName(const QString& databaseBaseName, const QDateTime& takenAt, BackupReason reason)
{
    return databaseBaseName + QLatin1Char('-') + takenAt.toString(kTimeFormat) + QLatin1Char('-') + reasonCode(reason) +
           QStringLiteral(".sqlite");
}

std::optional<BackupFile> BackupFile::parse(const QString& path, const QString& databaseBaseName)
{
    static const QRegularExpression pattern(QStringLiteral("^(.+)-(\\d{8}-\\d{6})-([a-z]+)(?:-\\d+)?\\.sqlite$"));
    const QRegularExpressionMatch match = pattern.match(QFileInfo(path).fileName());
    if (!match.hasMatch() || match.captured(1) != databaseBaseName)
        return std::nullopt;
    const QDateTime takenAt = QDateTime::fromString(match.captured(2), kTimeFormat);
    if (!takenAt.isValid())
        return std::nullopt;
    for (BackupReason reason : kReasons) {
        if (reasonCode(reason) == match.captured(3))
            return BackupFile{path, takenAt, reason};
    }
    return std::nullopt;
}

} // namespace branddesk
