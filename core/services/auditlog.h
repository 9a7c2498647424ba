// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/auditentry.h"
#include "core/error.h"
#include "core/storage/auditrepository.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace branddesk {

class Clock;
class CurrentUser;
class Database;

/// What verifyAuditChain() found.
struct AuditChainReport {
    qint64 entriesChecked = 0;
    /// The id of the first entry that is missing or was altered; empty when intact.
    std::optional<qint64> firstBrokenId;
    QString problem; ///< translated, empty when intact
    bool intact() const { return !firstBrokenId.has_value(); }
};

/// Checks the whole audit log: each entry's hash matches its content, points at the entry before, and
/// the ids run without a gap up to the highest ever issued. Finds entries edited, removed (also at the
/// end) or inserted behind the program's back. For `branddesk check` and the administrator's view.
Result<AuditChainReport> verifyAuditChain(Database& database);

/// The audit trail: who changed what, when, and from what.
///
/// Every service write records itself here, inside the same Database::transaction as the change, after
/// the change succeeded, with the fields as JSON (see auditsnapshots.h):
///
///     return m_database.transaction([&]() -> Result<void> {
///         Result<Campaign> before = m_campaigns.find(campaign.id);
///         if (!before) return fail(before.error());
///         if (Result<void> saved = m_campaigns.update(campaign); !saved) return saved;
///         return m_audit.recordUpdate(AuditEntities::kCampaign, campaign.id, snapshotOf(*before),
///         snapshotOf(campaign));
///     });
///
/// The time comes from the Clock, the user from the CurrentUser. Entries are append-only and chained by
/// SHA-256 (each carries the previous entry's hash), so verifyAuditChain() detects tampering.
class AuditLog {
public:
    AuditLog(Database& database, const Clock& clock, const CurrentUser& user);

    /// A new record with all its fields.
    Result<void> recordInsert(const QString& entity, qint64 recordId, const QJsonObject& after);
    /// A changed record: only the fields whose values differ are kept, in both objects; nothing is
    /// written when nothing differs.
    Result<void> recordUpdate(const QString& entity, qint64 recordId, const QJsonObject& before,
                              const QJsonObject& after);
    /// A removed record with all the fields it had.
    Result<void> recordDelete(const QString& entity, qint64 recordId, const QJsonObject& before);

    /// The history of one record, oldest first ("who changed this, and what was it before").
    Result<QList<AuditEntry>> history(const QString& entity, qint64 recordId) const;
    /// `conflict` (an optimistic-version refusal) with the changes made to the record since `loadedAt`
    /// appended to its message: who changed which field, from what to what.
    Error explainConflict(Error conflict, const QString& entity, qint64 recordId, const QDateTime& loadedAt) const;
    Result<AuditChainReport> verifyChain() const { return verifyAuditChain(m_database); }

private:
    Result<void> append(const QString& entity, qint64 recordId, AuditAction action, const QJsonObject& before,
                        const QJsonObject& after);

    Database& m_database;
    const Clock& m_clock;
    const CurrentUser& m_user;
    AuditRepository m_entries;
};

} // namespace branddesk
