// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backup/backupwithprogress.h"

#include "core/services/backupmanager.h"
#include "ui/widgets/busywork.h"

#include <atomic>
#include <optional>

namespace branddesk {

Result<BackupFile> backUpWithProgress(QWidget* parent, const QString& label, const QString& databasePath,
                                      const Clock& clock, BackupReason reason)
{
    std::optional<Result<BackupFile>> made;
    std::atomic_bool stop = false;
    runBusy(
        parent, label,
        [&] {
            BackupManager manager(databasePath, clock);
            manager.setStopFlag(&stop);
            made = manager.backUp(reason);
        },
        [&stop] { stop = true; });
    return std::move(*made);
}

} // namespace branddesk
