// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/auditrepository.h"

#include "core/clock.h"
#include "core/storage/database.h"
#include "core/storage/dialect.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace branddesk {
namespace {

constexpr const char* kInsert =
    "INSERT INTO audit_log (at, user_id, user_name, entity, record_id, action, before_json, after_json, "
    "previous_hash, hash) VALUES (:at, :user_id, :user_name, :entity, :record_id, :action, :before_json, "
    ":after_json, :previous_hash, :hash) RETURNING id";
constexpr const char* kLastHash = "SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1";
constexpr const char* kHistory = "SELECT id, at, user_id, user_name, entity, record_id, action, before_json, "
                                 "after_json, previous_hash, hash FROM audit_log "
                                 "WHERE entity = :entity AND record_id = :record_id ORDER BY id";
// What changed since the entry a listener saw last: the entries without their field values.
constexpr const char* kSince = "SELECT id, at, user_id, user_name, entity, record_id, action, '{}', '{}', '', '' "
                               "FROM audit_log WHERE id > :after ORDER BY id LIMIT :limit";
constexpr const char* kLatestId = "SELECT COALESCE(MAX(id), 0) FROM audit_log";
constexpr const char* kAll = "SELECT id, at, user_id, user_name, entity, record_id, action, before_json, "
                             "after_json, previous_hash, hash FROM audit_log ORDER BY id";

QString readFailed()
{
    return QCoreApplication::translate("AuditRepository", "the audit log could not be read");
}

AuditEntry fromRow(const QSqlQuery& q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = fromStorageTimestamp(q.value(1).toString());
    e.userId = q.value(2).toLongLong();
    e.userName = q.value(3).toString();
    e.entity = q.value(4).toString();
    e.recordId = q.value(5).toLongLong();
    const std::optional<AuditAction> action = auditActionFromCode(q.value(6).toString());
    e.action = action.value_or(AuditAction::Update);
    e.beforeJson = q.value(7).toString();
    e.afterJson = q.value(8).toString();
    e.previousHash = q.value(9).toString();
    e.hash = q.value(10).toString();
    if (!action)
        e.hash.clear(); // an unknown action: the chain check reports the entry as altered
    return e;
}

Result<QList<AuditEntry>> entriesOf(Result<QSqlQuery> q)
{
    if (!q)
        return fail(q.error());
    QList<AuditEntry> entries;
    while (q->next())
        entries.append(fromRow(*q));
    return entries;
}

} // namespace

Result<qint64> AuditRepository::append(const AuditEntry& entry)
{
    Result<QSqlQuery> q =
        sql::run(m_database.connection(), kInsert,
                 {{":at", toStorageTimestamp(entry.at)},
                  {":user_id", entry.userId},
                  {":user_name", sql::text(entry.userName)},
                  {":entity", sql::text(entry.entity)},
                  {":record_id", entry.recordId},
                  {":action", auditActionCode(entry.action)},
                  {":before_json", sql::text(entry.beforeJson)},
                  {":after_json", sql::text(entry.afterJson)},
                  {":previous_hash", entry.previousHash},
                  {":hash", entry.hash}},
                 QCoreApplication::translate("AuditRepository", "the change could not be recorded in the audit log"));
    if (!q)
        return fail(q.error());
    // The server numbers entries in a trigger, which lastInsertId (the session's last sequence value) misses.
    const qint64 id = q->next() ? q->value(0).toLongLong() : q->lastInsertId().toLongLong();
    q->finish();
    m_database.noteOwnAuditEntry(id);
    // Every other PC listening hears of the change when (and only if) this transaction commits.
    if (const char* announce = m_database.dialect().announceChange()) {
        const QString payload = QStringLiteral("%1:%2:%3").arg(entry.entity).arg(entry.recordId).arg(id);
        if (Result<QSqlQuery> told = sql::run(
                m_database.connection(), announce, {{":payload", payload}},
                QCoreApplication::translate("AuditRepository", "the change could not be recorded in the audit log"));
            !told)
            return fail(told.error());
    }
    return id;
}

Result<QList<AuditEntry>> AuditRepository::since(qint64 afterId, int limit) const
{
    return entriesOf(sql::run(m_database.connection(), kSince, {{":after", afterId}, {":limit", limit}}, readFailed()));
}

Result<qint64> AuditRepository::latestId() const
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kLatestId, {}, readFailed());
    if (!q)
        return fail(q.error());
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<QString> AuditRepository::lastHash() const
{
    if (const char* lock = m_database.dialect().lockAuditChain(); lock && m_database.inTransaction()) {
        if (Result<QSqlQuery> locked = sql::run(m_database.connection(), lock, {}, readFailed()); !locked)
            return fail(locked.error());
    }
    Result<QSqlQuery> q = sql::run(m_database.connection(), kLastHash, {}, readFailed());
    if (!q)
        return fail(q.error());
    return q->next() ? q->value(0).toString() : auditGenesisHash();
}

Result<QList<AuditEntry>> AuditRepository::history(const QString& entity, qint64 recordId) const
{
    return entriesOf(
        sql::run(m_database.connection(), kHistory, {{":entity", entity}, {":record_id", recordId}}, readFailed()));
}

Result<QList<AuditEntry>> AuditRepository::all() const
{
    return entriesOf(sql::run(m_database.connection(), kAll, {}, readFailed()));
}

Result<qint64> AuditRepository::highestIdIssued() const
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), m_database.dialect().highestAuditId(),
                                   {{":name", QStringLiteral("audit_log")}}, readFailed());
    if (!q)
        return fail(q.error());
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace branddesk
