// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace branddesk {

/// Owns the one connection to a BrandDesk database file and keeps its schema current.
///
/// Opening never harms a file it should not touch: a file that is not SQLite, a SQLite file of another
/// program, or a database written by a newer BrandDesk is refused before anything is written.
/// The connection runs with foreign keys on, WAL, synchronous=FULL and a busy timeout.
class Database {
public:
    /// 'BRND', stored in PRAGMA application_id to tell our files from other SQLite files.
    static constexpr qint32 kApplicationId = 0x42524E44;
    static constexpr int kBusyTimeoutMs = 5000;

    /// How to open: the busy timeout, and what to do before an existing file is migrated.
    struct OpenOptions {
        int busyTimeoutMs = kBusyTimeoutMs;
        /// Called with the file's path and data version before an existing file is upgraded (the backup
        /// before a migration); a failure stops the opening and the file is left as it was.
        std::function<Result<void>(const QString& path, int fromVersion)> beforeMigration;
    };

    /// Opens (or creates) the database at `path` and migrates it to the latest schema.
    static Result<std::unique_ptr<Database>> open(const QString& path);
    static Result<std::unique_ptr<Database>> open(const QString& path, const OpenOptions& options);
    /// The default location: branddesk.sqlite in the user's application-data folder.
    static QString defaultPath();
    /// The schema version this build writes.
    static int latestSchemaVersion();

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QString path() const { return m_path; }
    /// For repositories in core/storage only.
    QSqlDatabase connection() const;

    /// Runs `work` inside a transaction: commits when it succeeds, rolls back when it fails.
    /// Nested calls join the outer transaction.
    Result<void> transaction(const std::function<Result<void>()>& work);
    /// Whether a transaction() is running on this connection (the audit log insists on one).
    bool inTransaction() const { return m_transactionDepth > 0; }

private:
    explicit Database(QString path, QString connectionName);
    Result<void> configure();
    Result<void> migrate(int fromVersion);

    QString m_path;
    QString m_connectionName;
    int m_transactionDepth = 0;
};

} // namespace branddesk
