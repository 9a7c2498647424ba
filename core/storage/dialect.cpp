// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/dialect.h"

#include "core/storage/assessmentschema.h"
#include "core/storage/hotlineschema.h"
#include "core/storage/mailschema.h"
#include "core/storage/reminderschema.h"
#include "core/storage/reportsearchsql.h"
#include "core/storage/reporttotalsschema.h"
#include "core/storage/serverschema.h"

namespace branddesk {
namespace {

// AUTOINCREMENT keeps the highest id ever used in sqlite_sequence; the server keeps it in the audit chain's head
// row (serverschema.cpp: a sequence would leave gaps).
constexpr const char* kSqliteHighestAuditId = "SELECT seq FROM sqlite_sequence WHERE name = :name";
constexpr const char* kPostgresHighestAuditId = "SELECT highest FROM audit_chain_head WHERE :name <> ''";
// An AUTOINCREMENT table keeps its row in sqlite_sequence (other tables continue after their largest rowid by
// themselves); an identity column's sequence is named by pg_get_serial_sequence.
constexpr const char* kSqliteSetHighestId = "UPDATE sqlite_sequence SET seq = MAX(seq, :value) WHERE name = :table";
constexpr const char* kPostgresSetHighestId = "SELECT setval(pg_get_serial_sequence(:table, 'id'), :value, true)";
// A transaction-scoped advisory lock on a key of BrandDesk's own ('BRND' and 1: the audit chain), released by
// the commit or rollback; every append takes it before reading the chain's head.
constexpr const char* kPostgresLockAuditChain = "SELECT pg_advisory_xact_lock(1112689220, 1)";
// The channel ChangeListener listens on (ChangeListener::kChannel).
constexpr const char* kPostgresAnnounceChange = "SELECT pg_notify('branddesk_changes', :payload)";

} // namespace

const Dialect& Dialect::sqlite()
{
    static const Dialect dialect(Kind::Sqlite);
    return dialect;
}

const Dialect& Dialect::postgres()
{
    static const Dialect dialect(Kind::Postgres);
    return dialect;
}

const Dialect& Dialect::of(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QPSQL") ? postgres() : sqlite();
}

QString Dialect::driverName() const
{
    return m_kind == Kind::Postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
}

QVariant Dialect::noLimit() const
{
    // SQLite reads a negative limit as none; PostgreSQL reads LIMIT NULL as LIMIT ALL.
    return m_kind == Kind::Postgres ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(qint64(-1));
}

const QList<Migration>& Dialect::migrations() const
{
    if (m_kind == Kind::Sqlite)
        return branddesk::migrations();
    // The server schema starts at the data version the file had when shared mode came (8), in one step;
    // later versions add a step to both lists.
    // 13 (SQLite's two-character index) changes nothing on the server, where ILIKE searches: the pg_trgm indexes
    // serve words of three characters or more, shorter ones are scanned there as before.
    static const QList<Migration> steps = {{8, serverSchema()},
                                           {9, hotlineServerSchema()},
                                           {10, mailServerSchema()},
                                           {11, reminderServerSchema()},
                                           {12, assessmentServerSchema()},
                                           {13, {}},
                                           {14, reportTotalsServerSchema()}};
    return steps;
}

const char* Dialect::highestAuditId() const
{
    return m_kind == Kind::Postgres ? kPostgresHighestAuditId : kSqliteHighestAuditId;
}

const char* Dialect::lockAuditChain() const
{
    return m_kind == Kind::Postgres ? kPostgresLockAuditChain : nullptr;
}

const char* Dialect::announceChange() const
{
    return m_kind == Kind::Postgres ? kPostgresAnnounceChange : nullptr;
}

const char* Dialect::setHighestId() const
{
    return m_kind == Kind::Postgres ? kPostgresSetHighestId : kSqliteSetHighestId;
}

const ReportSearchStatements& Dialect::reportSearch() const
{
    return m_kind == Kind::Postgres ? postgresReportSearch() : sqliteReportSearch();
}

} // namespace branddesk
