// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace branddesk {

/// Runs `work` in a worker thread while the window stays painted; after half a second a modal "busy" dialog
/// (object name "busyProgressDialog", no Cancel: the work cannot be stopped halfway) says what is going on.
/// Returns when the work is done. `work` must not touch widgets or the session's own database connection:
/// it opens what it needs (as BackupManager does).
void runBusy(QWidget* parent, const QString& label, const std::function<void()>& work);

} // namespace branddesk
