// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/auditentry.h"
#include "core/error.h"

#include <QList>

namespace branddesk {

class Database;

/// Appends to and reads the audit log. There is no update and no delete: the table refuses both.
class AuditRepository {
public:
    explicit AuditRepository(Database& database)
        : m_database(database)
    {}

    /// Stores a complete entry (hash included) and returns its id. On a server it also announces the change
    /// (NOTIFY branddesk_changes, "entity:record:entry"), delivered to the other PCs only when the transaction
    /// commits; the entry is noted as the connection's own (Database::noteOwnAuditEntry).
    Result<qint64> append(const AuditEntry& entry);
    /// The hash of the newest entry, or auditGenesisHash() when the log is empty. Inside a transaction on a
    /// server, it first takes the chain's lock (held to the commit), so that two clients appending at once
    /// cannot both build on the same head: the second waits and reads the first one's entry.
    Result<QString> lastHash() const;
    /// The entries of one record, oldest first.
    Result<QList<AuditEntry>> history(const QString& entity, qint64 recordId) const;
    /// The entries after `afterId`, oldest first, at most `limit`, without their field values (what a listener
    /// needs to know what changed: who, which record, how).
    Result<QList<AuditEntry>> since(qint64 afterId, int limit) const;
    /// The id of the newest committed entry, 0 for none.
    Result<qint64> latestId() const;
    /// Every entry, in the order written.
    Result<QList<AuditEntry>> all() const;
    /// The highest id ever given to an entry (SQLite's AUTOINCREMENT counter, the server's identity sequence), 0 for
    /// none.
    Result<qint64> highestIdIssued() const;

private:
    Database& m_database;
};

} // namespace branddesk
