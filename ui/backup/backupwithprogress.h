// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backup/backupfile.h"
#include "core/error.h"

#include <QString>

class QWidget;

namespace branddesk {

class Clock;

/// Backs up the database at `databasePath` off the UI thread, with a busy dialog saying `label` and a Cancel
/// button. A cancelled backup fails with Error::Code::Cancelled and leaves no file behind.
Result<BackupFile> backUpWithProgress(QWidget* parent, const QString& label, const QString& databasePath,
                                      const Clock& clock, BackupReason reason);

} // namespace branddesk
