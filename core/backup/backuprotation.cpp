// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backup/backuprotation.h"

#include <QSet>

#include <algorithm>
#include <functional>

namespace branddesk {
namespace {

/// Marks the newest backup of each of the `count` most recent periods; `backups` is sorted newest first.
void keepNewestPerPeriod(const QList<BackupFile>& backups, int count, const std::function<qint64(const QDate&)>& period,
                         QSet<QString>& kept)
{
    QSet<qint64> seen;
    for (const BackupFile& backup : backups) {
        const qint64 key = period(backup.takenAt.date());
        if (seen.contains(key))
            continue;
        if (seen.size() >= count)
            break;
        seen.insert(key);
        kept.insert(backup.path);
    }
}

} // namespace

QList<BackupFile> BackupRotation::expired(QList<BackupFile> backups, const QDate& today)
{
    std::sort(backups.begin(), backups.end(),
              [](const BackupFile& a, const BackupFile& b) { return a.takenAt > b.takenAt; });
    QList<BackupFile> candidates;
    for (const BackupFile& backup : backups) {
        if (backup.reason != BackupReason::Damaged && backup.takenAt.date() <= today)
            candidates.append(backup);
    }
    QSet<QString> kept;
    keepNewestPerPeriod(
        candidates, kDaily, [](const QDate& d) { return d.toJulianDay(); }, kept);
    // Weeks are numbered by their Monday.
    keepNewestPerPeriod(
        candidates, kWeekly, [](const QDate& d) { return d.toJulianDay() - (d.dayOfWeek() - 1); }, kept);
    keepNewestPerPeriod(
        candidates, kMonthly, [](const QDate& d) { return qint64(d.year()) * 12 + d.month(); }, kept);

    QList<BackupFile> result;
    for (auto it = candidates.crbegin(); it != candidates.crend(); ++it) {
        if (!kept.contains(it->path))
            result.append(*it);
    }
    return result;
}

} // namespace branddesk
