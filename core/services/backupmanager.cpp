// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/backupmanager.h"

#include "core/backup/backuprotation.h"
#include "core/backup/durablefile.h"
#include "core/clock.h"
#include "core/storage/backupstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace branddesk {
namespace {

const QString kPartialSuffix = QStringLiteral(".partial");
/// A partial copy untouched this long was abandoned (the program was killed while copying): a copy in progress
/// writes to it all the time.
constexpr qint64 kAbandonedAfterSecs = 10 * 60;

} // namespace

BackupManager::BackupManager(const QString& databasePath, const Clock& clock)
    : m_databasePath(QFileInfo(databasePath).absoluteFilePath())
    , m_clock(clock)
{}

QString BackupManager::folderFor(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

Database::OpenOptions BackupManager::openOptions(const Clock& clock)
{
    Database::OpenOptions options;
    options.beforeMigration = [&clock](const QString& path, int) -> Result<void> {
        Result<BackupFile> made = BackupManager(path, clock).backUp(BackupReason::Migration);
        if (!made)
            return fail(made.error());
        return {};
    };
    return options;
}

QString BackupManager::baseName() const
{
    return QFileInfo(m_databasePath).completeBaseName();
}

QList<BackupFile> BackupManager::backups() const
{
    QList<BackupFile> found;
    const QDir dir(folder());
    for (const QString& name : dir.entryList({baseName() + QStringLiteral("-*.sqlite")}, QDir::Files)) {
        if (std::optional<BackupFile> backup = BackupFile::parse(dir.filePath(name), baseName()))
            found.append(*backup);
    }
    std::sort(found.begin(), found.end(), [](const BackupFile& a, const BackupFile& b) {
        return a.takenAt != b.takenAt ? a.takenAt > b.takenAt : a.path > b.path;
    });
    return found;
}

QString BackupManager::newBackupPath(BackupReason reason) const
{
    const QDir dir(folder());
    const QString name = BackupFile::fileName(baseName(), m_clock.nowLocal(), reason);
    QString path = dir.filePath(name);
    for (int n = 2; QFileInfo::exists(path) || QFileInfo::exists(path + kPartialSuffix); ++n)
        path = dir.filePath(name.chopped(7) + QStringLiteral("-%1.sqlite").arg(n));
    return path;
}

void BackupManager::removeAbandonedCopies() const
{
    const QDir dir(folder());
    const QDateTime stale = QDateTime::currentDateTimeUtc().addSecs(-kAbandonedAfterSecs);
    const QStringList patterns{baseName() + QStringLiteral("-*.sqlite") + kPartialSuffix,
                               baseName() + QStringLiteral("-*.sqlite") + kPartialSuffix + QStringLiteral("-journal")};
    for (const QFileInfo& file : dir.entryInfoList(patterns, QDir::Files)) {
        if (file.lastModified().toUTC() < stale)
            QFile::remove(file.absoluteFilePath());
    }
}

Result<BackupFile> BackupManager::backUp(BackupReason reason)
{
    if (!QDir().mkpath(folder()))
        return fail(
            Error::Code::Storage,
            QCoreApplication::translate("BackupManager", "The backup folder %1 could not be created.").arg(folder()));
    removeAbandonedCopies();
    const QString path = newBackupPath(reason);
    const QString partial = path + kPartialSuffix;
    // SQLite looks at the stop flag during the copy and the check (sql::stopWhen); between the steps, so do we.
    const auto stopped = [this] { return m_stop && m_stop->load(); };
    auto abandon = [&partial, &stopped](const Error& error) {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-journal"));
        if (stopped())
            return fail(Error::Code::Cancelled,
                        QCoreApplication::translate("BackupManager", "The backup was cancelled; no backup was kept."));
        return fail(error);
    };
    const Error cancelled = Error::make(Error::Code::Cancelled, QString()); // abandon() words it
    if (stopped())
        return abandon(cancelled);
    if (Result<void> copied = BackupStore::copyInto(m_databasePath, partial, m_busyTimeoutMs, m_stop); !copied)
        return abandon(copied.error());
    if (stopped())
        return abandon(cancelled);
    Result<QStringList> problems = BackupStore::integrityProblems(partial, m_busyTimeoutMs, m_stop);
    if (!problems)
        return abandon(problems.error());
    if (stopped())
        return abandon(cancelled);
    if (!problems->isEmpty())
        return abandon(Error::make(Error::Code::Corrupt,
                                   QCoreApplication::translate("BackupManager",
                                                               "The backup copy failed its integrity check, so it "
                                                               "was not kept. The database may be damaged."),
                                   problems->join(QLatin1Char('\n'))));
    if (Result<void> flushed = DurableFile::flush(partial); !flushed)
        return abandon(flushed.error());
    if (Result<void> renamed = DurableFile::replace(partial, path); !renamed)
        return abandon(renamed.error());
    const BackupFile made = *BackupFile::parse(path, baseName());
    if (Result<void> rotated = rotate(); !rotated)
        return fail(rotated.error());
    return made;
}

Result<std::optional<BackupFile>> BackupManager::backUpIfFirstToday()
{
    const QDate today = m_clock.today();
    const QList<BackupFile> existing = backups();
    const bool done = std::any_of(existing.begin(), existing.end(), [&today](const BackupFile& backup) {
        return backup.reason != BackupReason::Damaged && backup.takenAt.date() == today;
    });
    if (done)
        return std::optional<BackupFile>();
    Result<BackupFile> made = backUp(BackupReason::Daily);
    if (!made)
        return fail(made.error());
    return std::optional(*made);
}

Result<void> BackupManager::rotate()
{
    for (const BackupFile& old : BackupRotation::expired(backups(), m_clock.today())) {
        // Another BrandDesk (or this one's daily backup) may have rotated it away a moment ago.
        if (!QFile::remove(old.path) && QFileInfo::exists(old.path))
            return fail(
                Error::Code::Storage,
                QCoreApplication::translate("BackupManager", "The old backup %1 could not be deleted.").arg(old.path));
    }
    return {};
}

Result<void> BackupManager::checkRestorable(const QString& path) const
{
    Result<QStringList> problems = BackupStore::integrityProblems(path, m_busyTimeoutMs);
    if (!problems)
        return fail(problems.error());
    if (!problems->isEmpty())
        return fail(Error::Code::Corrupt,
                    QCoreApplication::translate("BackupManager", "The backup is damaged and cannot be restored."),
                    problems->join(QLatin1Char('\n')));
    Result<BackupStore::Stamp> stamp = BackupStore::stamp(path, m_busyTimeoutMs);
    if (!stamp)
        return fail(stamp.error());
    if (stamp->applicationId != Database::kApplicationId)
        return fail(Error::Code::ForeignFile,
                    QCoreApplication::translate("BackupManager", "The file is not a BrandDesk backup."));
    if (stamp->userVersion > Database::latestSchemaVersion())
        return fail(Error::Code::TooNew,
                    QCoreApplication::translate("BackupManager", "The backup was written by a newer version of "
                                                                 "BrandDesk. Please update BrandDesk first."));
    return {};
}

std::optional<BackupFile> BackupManager::latestGoodBackup() const
{
    for (const BackupFile& backup : backups()) {
        if (backup.reason != BackupReason::Damaged && checkRestorable(backup.path))
            return backup;
    }
    return std::nullopt;
}

Result<BackupFile> BackupManager::copyDamaged()
{
    if (!QDir().mkpath(folder()))
        return fail(
            Error::Code::Storage,
            QCoreApplication::translate("BackupManager", "The backup folder %1 could not be created.").arg(folder()));
    const QString path = newBackupPath(BackupReason::Damaged);
    if (Result<void> copied = DurableFile::copy(m_databasePath, path); !copied)
        return fail(copied.error());
    const QString wal = m_databasePath + QStringLiteral("-wal");
    if (QFileInfo::exists(wal)) {
        if (Result<void> copied = DurableFile::copy(wal, path + QStringLiteral("-wal")); !copied)
            return fail(copied.error());
    }
    return *BackupFile::parse(path, baseName());
}

Result<BackupFile> BackupManager::restore(const QString& sourcePath)
{
    const QString incoming = m_databasePath + QStringLiteral(".restoring");
    QFile::remove(incoming);
    auto abandon = [&incoming](const Error& error) {
        QFile::remove(incoming);
        return fail(error);
    };
    // Check a copy: opening the chosen file itself could leave journal files beside it.
    if (Result<void> copied = DurableFile::copy(sourcePath, incoming); !copied)
        return abandon(copied.error());
    if (Result<void> restorable = checkRestorable(incoming); !restorable)
        return abandon(restorable.error());

    Result<BackupFile> safety = fail(Error::Code::NotFound, QString());
    if (QFileInfo::exists(m_databasePath)) {
        safety = backUp(BackupReason::Restore);
        if (!safety)
            safety = copyDamaged();
        if (!safety)
            return abandon(safety.error());
    }
    // A journal left by the replaced file must never be applied to the restored one.
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        const QString journal = m_databasePath + QLatin1String(suffix);
        if (QFileInfo::exists(journal) && !QFile::remove(journal))
            return abandon(Error::make(
                Error::Code::Storage,
                QCoreApplication::translate("BackupManager", "The file %1 could not be removed.").arg(journal)));
    }
    if (Result<void> replaced = DurableFile::replace(incoming, m_databasePath); !replaced)
        return abandon(replaced.error());
    return safety ? *safety : BackupFile{};
}

} // namespace branddesk
