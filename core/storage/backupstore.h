// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QString>
#include <QStringList>

#include <atomic>

namespace branddesk {

/// The SQL behind backups and checks. Every function opens its own short-lived connection to a file by
/// path, so it works beside an open Database (WAL lets readers in) and on files nobody has open.
class BackupStore {
public:
    /// What a file says it is: PRAGMA application_id and user_version.
    struct Stamp {
        qint32 applicationId = 0;
        int userVersion = 0;
    };

    /// Writes a consistent copy of the database at `databasePath` to `targetPath` (which must not exist)
    /// with VACUUM INTO, reading through a read-only connection.
    /// With a `stop` flag it gives up soon after the flag becomes true (and fails; the caller deletes the target).
    static Result<void> copyInto(const QString& databasePath, const QString& targetPath, int busyTimeoutMs,
                                 const std::atomic_bool* stop = nullptr);
    /// The rows of PRAGMA integrity_check; empty when the file is sound. `stop` as for copyInto().
    static Result<QStringList> integrityProblems(const QString& path, int busyTimeoutMs,
                                                 const std::atomic_bool* stop = nullptr);
    /// The rows of PRAGMA foreign_key_check ("table row rowid refers to a missing parent"); empty when sound.
    static Result<QStringList> foreignKeyProblems(const QString& path, int busyTimeoutMs);
    /// The application id and data version of the file.
    static Result<Stamp> stamp(const QString& path, int busyTimeoutMs);
};

} // namespace branddesk
