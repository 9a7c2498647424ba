// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/accountschema.h"

namespace branddesk {
namespace {

// Accounts. The password hash is libsodium's Argon2id string (algorithm, parameters, salt and hash);
// failed_attempts and locked_until drive the lock-out after repeated wrong passwords.
constexpr const char* kCreateUsers = R"sql(
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL COLLATE NOCASE,
    role TEXT NOT NULL CHECK (role IN ('admin', 'clerk', 'leader')),
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
))sql";
constexpr const char* kUsersNameIndex = "CREATE UNIQUE INDEX users_name ON users (name)";

// The audit log: one row per insert, update or delete, chained by SHA-256 (see core/audit/auditlog.h).
// AUTOINCREMENT keeps the highest id ever used in sqlite_sequence, so entries removed from the end show too.
constexpr const char* kCreateAuditLog = R"sql(
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    user_id INTEGER NOT NULL,
    user_name TEXT NOT NULL,
    entity TEXT NOT NULL,
    record_id INTEGER NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    before_json TEXT NOT NULL,
    after_json TEXT NOT NULL,
    previous_hash TEXT NOT NULL,
    hash TEXT NOT NULL
))sql";
constexpr const char* kAuditLogRecordIndex = "CREATE INDEX audit_log_record ON audit_log (entity, record_id)";
// Append-only for BrandDesk itself; a change made around these (another tool) breaks the hash chain.
constexpr const char* kAuditLogNoUpdate = "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                                          "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END";
constexpr const char* kAuditLogNoDelete = "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                                          "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END";

} // namespace

QList<const char*> accountAndAuditSchema()
{
    return {kCreateUsers, kUsersNameIndex, kCreateAuditLog, kAuditLogRecordIndex, kAuditLogNoUpdate, kAuditLogNoDelete};
}

} // namespace branddesk
