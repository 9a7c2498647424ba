// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QString>

namespace branddesk {

/// File operations that survive a power cut: data forced to the disk before a rename makes it visible.
class DurableFile {
public:
    /// Forces the file's bytes to the disk (fsync).
    static Result<void> flush(const QString& path);
    /// Forces a folder's entries (a rename in it) to the disk; does nothing where folders cannot be synced.
    static Result<void> flushFolder(const QString& folder);
    /// Renames `from` to `to` in one step, replacing `to` if it exists, then flushes the folder.
    static Result<void> replace(const QString& from, const QString& to);
    /// Copies `from` to a new file `to` and flushes it.
    static Result<void> copy(const QString& from, const QString& to);
};

} // namespace branddesk
