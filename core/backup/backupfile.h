// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace branddesk {

/// Why a backup was made; part of its file name.
enum class BackupReason {
    Daily,     ///< the first start of a day
    Manual,    ///< "back up now"
    Migration, ///< before the schema was upgraded
    Import,    ///< before an import wrote to the database
    Restore,   ///< the current file, before a backup replaced it
    Damaged,   ///< a byte copy of a file too damaged to copy with SQLite (never rotated away)
};

/// One backup in the backups folder. Its name says whose, when (local time) and why:
/// `branddesk-20090515-100000-daily.sqlite` for the database `branddesk.sqlite`.
struct BackupFile {
    QString path;
    QDateTime takenAt; ///< local time, to the second
    BackupReason reason = BackupReason::Manual;

    /// The file name for a backup of the database named `databaseBaseName` (without suffix).
    static QString fileName(const QString& databaseBaseName, const QDateTime& takenAt, BackupReason reason);
    /// Reads a backup's file name; nullopt when the name is not one of ours for `databaseBaseName`.
    static std::optional<BackupFile> parse(const QString& path, const QString& databaseBaseName);
    /// The reason as it appears in file names ("daily", "manual" …).
    static QString reasonCode(BackupReason reason);
    /// The reason for people (translated).
    static QString reasonName(BackupReason reason);
};

} // namespace branddesk
