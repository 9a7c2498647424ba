// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/storage/database.h"

#include <QString>

class QWidget;

namespace branddesk {

/// Upgrades the database file at `path` to this build's data version off the UI thread, when it needs one
/// (Database::needsUpgrade): after half a second a dialog shows how far the upgrade has got — a long step is the
/// search index built for every stored report — with Cancel. `options` as for Database::open (the backup
/// before the upgrade). Cancelled: Error::Code::Cancelled, the file left as it was. A file that needs no upgrade
/// is not touched; the caller opens it afterwards as usual (at once: it is current).
Result<void> upgradeWithProgress(QWidget* parent, const QString& path, const Database::OpenOptions& options);

} // namespace branddesk
