// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backup/backupfile.h"
#include "core/error.h"
#include "core/storage/database.h"

#include <QList>
#include <QString>

#include <atomic>
#include <optional>

namespace branddesk {

class Clock;

/// Backups of one database file, kept in a `backups` folder beside it.
///
/// A backup is written with VACUUM INTO to a temporary name, checked with integrity_check, flushed to the
/// disk and only then renamed to its final name, so a backup that has its name is whole. After each new
/// backup the folder is rotated (BackupRotation). Works by path, beside an open Database or without one.
class BackupManager {
public:
    BackupManager(const QString& databasePath, const Clock& clock);

    /// The folder that holds the backups of the database at `databasePath`.
    static QString folderFor(const QString& databasePath);
    /// Database::open options that back the file up before it is migrated.
    static Database::OpenOptions openOptions(const Clock& clock);

    QString databasePath() const { return m_databasePath; }
    QString folder() const { return folderFor(m_databasePath); }
    void setBusyTimeoutMs(int milliseconds) { m_busyTimeoutMs = milliseconds; }
    /// A backup gives up soon after `*stop` becomes true (set from another thread): it fails with
    /// Error::Code::Cancelled and leaves no file behind. nullptr (the default) lets it run to the end.
    void setStopFlag(const std::atomic_bool* stop) { m_stop = stop; }

    /// The backups of this database, newest first.
    QList<BackupFile> backups() const;
    /// Makes a backup now and rotates the folder.
    Result<BackupFile> backUp(BackupReason reason);
    /// Makes the daily backup unless one was already made today (by the Clock); nullopt when none was needed.
    Result<std::optional<BackupFile>> backUpIfFirstToday();
    /// The newest backup that passes integrity_check and is a BrandDesk database this program can open.
    std::optional<BackupFile> latestGoodBackup() const;
    /// Replaces the database file with the backup `sourcePath`, after checking the backup and backing the
    /// current file up (a byte copy if it is too damaged for SQLite). The database must not be open.
    /// Returns the backup of the replaced file.
    Result<BackupFile> restore(const QString& sourcePath);
    /// Deletes the backups that rotation no longer keeps.
    Result<void> rotate();

private:
    QString baseName() const;
    QString newBackupPath(BackupReason reason) const;
    /// Deletes partial copies (and their journals) that a killed program left behind.
    void removeAbandonedCopies() const;
    Result<void> checkRestorable(const QString& path) const;
    Result<BackupFile> copyDamaged();

    QString m_databasePath;
    const Clock& m_clock;
    int m_busyTimeoutMs = Database::kBusyTimeoutMs;
    const std::atomic_bool* m_stop = nullptr;
};

} // namespace branddesk
