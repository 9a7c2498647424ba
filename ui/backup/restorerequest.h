// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace branddesk {

/// A restore the user asked for while the database was open. The window closes; the program's start-up
/// loop closes the database, restores the backup and opens the file again.
class RestoreRequest {
public:
    static void set(const QString& backupPath) { s_backupPath = backupPath; }
    /// The requested backup, once; nullopt when none was asked for.
    static std::optional<QString> take()
    {
        std::optional<QString> path = s_backupPath;
        s_backupPath.reset();
        return path;
    }

private:
    static inline std::optional<QString> s_backupPath;
};

} // namespace branddesk
