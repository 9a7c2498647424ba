// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backup/backupfile.h"

#include <QDate>
#include <QList>

namespace branddesk {

/// Which backups to keep: the newest of each of the 14 most recent days that have a backup, of the 8 most
/// recent weeks (Monday to Sunday) and of the 12 most recent months. Counting days that have a backup,
/// not calendar days, means a long pause never empties the folder. Backups dated after `today` (the clock
/// was set back) and copies of damaged files are always kept.
class BackupRotation {
public:
    static constexpr int kDaily = 14;
    static constexpr int kWeekly = 8;
    static constexpr int kMonthly = 12;

    /// The backups to delete, oldest first.
    static QList<BackupFile> expired(QList<BackupFile> backups, const QDate& today);
};

} // namespace branddesk
