// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/migrations.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace branddesk {

/// The statements of the report history whose SQL differs between the backends (see ReportRepository).
struct ReportSearchStatements {
    const char* search;
    const char* count;
    const char* searchHighlights;
    const char* countHighlights;
    /// Through a full-text index (several words, each of three characters or more); nullptr where the
    /// backend's index serves the plain search's pattern itself (pg_trgm on PostgreSQL).
    const char* searchText;
    const char* countText;
    /// Through the two-character index (words of two characters or more, one of them of two); nullptr as above.
    const char* searchPairs;
    const char* countPairs;
    /// The two counts for words alone (no other condition): from the index itself, without reading the reports
    /// (every entry of an index is a report of a department). nullptr as above.
    const char* countTextWordsOnly;
    const char* countPairsWordsOnly;
};

/// What BrandDesk's SQL must say differently on SQLite and on PostgreSQL, in one place.
///
/// The repositories write portable SQL (dates and flags are stored alike: ISO text and 0/1 integers) and ask
/// the dialect for the few statements and values that cannot be portable: the schema, the schema version, the
/// report search, the audit chain's head lock, and the values that mean "no limit".
class Dialect {
public:
    enum class Kind { Sqlite, Postgres };

    static const Dialect& sqlite();
    static const Dialect& postgres();
    /// The dialect of an open connection, by its Qt driver.
    static const Dialect& of(const QSqlDatabase& db);

    Kind kind() const { return m_kind; }
    QString driverName() const;
    /// Whether reads may be forward-only. QPSQL drops the rest of a forward-only result as soon as the same
    /// connection runs another statement, which nested reads do; there, results are fetched whole.
    bool forwardOnlyReads() const { return m_kind == Kind::Sqlite; }
    /// The value bound to `LIMIT :limit` for "every row".
    QVariant noLimit() const;
    /// The schema's steps (the versions are the same on both backends).
    const QList<Migration>& migrations() const;
    /// The highest audit id ever issued (:name is 'audit_log'); one row, or none before the first entry.
    const char* highestAuditId() const;
    /// Taken before the audit chain's head is read, so that appends of several clients serialise; nullptr
    /// where the database's own write lock already does (SQLite).
    const char* lockAuditChain() const;
    /// Tells the other connections that a change was written (:payload), delivered at the commit and dropped by a
    /// rollback; nullptr where they find out by polling (SQLite's data_version).
    const char* announceChange() const;
    const ReportSearchStatements& reportSearch() const;
    /// Makes the next id issued for :table (one with an id column) follow :value, after rows came in with their
    /// own ids (a copy into a database just set up).
    const char* setHighestId() const;

private:
    explicit Dialect(Kind kind)
        : m_kind(kind)
    {}
    Kind m_kind;
};

} // namespace branddesk
