// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/storage/serversettings.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace branddesk {

class Dialect;
struct Migration;

/// Owns the one connection to a BrandDesk database — an SQLite file, or a database on a PostgreSQL server
/// (shared mode) — and keeps its schema current. The repositories see the same interface for both; what their
/// SQL must say differently comes from dialect().
///
/// Opening never harms a database it should not touch: a file that is not SQLite, a SQLite file or a server
/// database of another program, or a database written by a newer BrandDesk is refused before anything is
/// written. A file's connection runs with foreign keys on, WAL, synchronous=FULL and a busy timeout.
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
        /// Whether a file small enough is read whole (PRAGMA quick_check) before it is opened; off for a second
        /// connection to a file this program has already opened and checked (see openAnother()).
        bool quickCheck = true;
        /// Called during an upgrade that fills something in for the stored rows (an index over every report):
        /// the step's version and how many of its ids are done; returning false cancels the upgrade, which is
        /// rolled back (Error::Code::Cancelled) and leaves the database as it was.
        std::function<bool(int version, qint64 done, qint64 total)> migrationProgress;
    };

    /// Opens (or creates) the database at `path` and migrates it to the latest schema.
    static Result<std::unique_ptr<Database>> open(const QString& path);
    static Result<std::unique_ptr<Database>> open(const QString& path, const OpenOptions& options);
    /// Opens (or, when empty, sets up) the BrandDesk database on a PostgreSQL server and migrates it. The
    /// database itself must exist (ServerAdmin::createDatabase makes it).
    static Result<std::unique_ptr<Database>> openServer(const ServerSettings& server);
    static Result<std::unique_ptr<Database>> openServer(const ServerSettings& server, const OpenOptions& options);
    /// Whether the server answers and takes the login, on a connection of its own that is closed again: for a
    /// worker thread watching a server, or a dialog checking settings, without touching an open Database.
    static Result<void> probeServer(const ServerSettings& server);
    /// Another connection to the same database (the same file, or the same server database with the same login),
    /// for a worker thread: open it in the thread that uses it, and close it there. The file is not checked again.
    Result<std::unique_ptr<Database>> openAnother() const;
    /// The default location: branddesk.sqlite in the user's application-data folder.
    static QString defaultPath();
    /// The schema version this build writes.
    static int latestSchemaVersion();
    /// Whether opening the BrandDesk file at `path` will upgrade it to latestSchemaVersion(), as its header says
    /// (read without opening it: a file whose last changes are still in its write-ahead log may be told wrong,
    /// which only decides whether the upgrade shows its progress). False for a new, foreign or current file.
    static bool needsUpgrade(const QString& path);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// The file's path; empty for a server database.
    QString path() const { return m_path; }
    bool isServer() const { return m_isServer; }
    /// The server's settings (for a server database; the password is kept only in memory).
    const ServerSettings& server() const { return m_server; }
    /// Where the data is, as the window's title and status bar show it: the file's path or "host/database".
    QString location() const { return m_isServer ? m_server.displayName() : m_path; }
    const Dialect& dialect() const;
    /// For a server database: drops the connection and opens it again (after the server was restarted or the
    /// network came back). A file has nothing to reconnect; it answers at once.
    Result<void> reconnect();
    /// Whether the database answers now (a trivial statement); reconnects a server connection that was lost.
    Result<void> ping();
    /// For repositories in core/storage only.
    QSqlDatabase connection() const;

    /// Runs `work` inside a transaction: commits when it succeeds, rolls back when it fails.
    /// Nested calls join the outer transaction.
    Result<void> transaction(const std::function<Result<void>()>& work);
    /// Whether a transaction() is running on this connection (the audit log insists on one).
    bool inTransaction() const { return m_transactionDepth > 0; }
    /// Runs `announce` once the outermost transaction() has committed — at once when none is running — and
    /// never for one that rolled back: a service's changed() must not refresh views on data that was never
    /// kept. One announcement per `owner` and transaction, however many steps of it asked (the first is kept).
    void afterCommit(const void* owner, std::function<void()> announce);

    /// The audit log tells the database the id of each entry this connection writes; once its transaction has
    /// committed the id is this connection's own, and ChangeListener does not announce it as another PC's change.
    void noteOwnAuditEntry(qint64 auditId);
    /// Whether audit entry `auditId` was committed by this connection; forgets it (each is asked about once).
    bool takeOwnAuditEntry(qint64 auditId);
    /// Whether the connection is open now, without opening a lost one (as connection() would).
    bool isConnectionOpen() const;
    /// How this program names itself to the server (PostgreSQL's application_name: who is connected, and what
    /// they are editing), kept across reconnections. Printable ASCII of at most 63 bytes; a file ignores it.
    Result<void> setSessionLabel(const QString& label);

private:
    explicit Database(QString path, QString connectionName);
    Result<void> configure();
    Result<void> migrate(int fromVersion);
    Result<void> migrate(int fromVersion, const OpenOptions& options);
    /// Runs a step's fill (MigrationFill) slice by slice, telling options.migrationProgress.
    Result<void> fill(const Migration& step, const OpenOptions& options);
    Result<void> recordVersion(int version);
    Result<void> beginTransaction();
    /// Sends the session label to a server connection just (re)opened.
    Result<void> applySessionLabel() const;
    /// Opens a server connection the driver closed after losing it, at most every few seconds (a server that
    /// is down is not asked at every statement), and never inside a transaction.
    void reopenIfLost() const;

    QString m_path;
    QString m_connectionName;
    bool m_isServer = false;
    ServerSettings m_server;
    int m_transactionDepth = 0;
    std::vector<std::pair<const void*, std::function<void()>>> m_afterCommit; ///< of the running transaction
    std::vector<qint64> m_pendingOwnAudit;   ///< audit ids written by the running transaction
    std::vector<qint64> m_committedOwnAudit; ///< audit ids this connection committed, not yet taken
    QString m_sessionLabel;
    mutable qint64 m_lastReopenMs = -1; ///< QDateTime::currentMSecsSinceEpoch() of the last attempt
};

} // namespace branddesk
