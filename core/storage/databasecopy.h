// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QList>
#include <QString>

#include <functional>

namespace branddesk {

class Database;

/// How many rows one table held on each side of a copy.
struct CopiedTable {
    QString table;
    qint64 sourceRows = 0;
    qint64 targetRows = 0;
};

/// What copyDatabase() did, table by table in the order it copied them (parents before the rows that refer to
/// them), and the tables the target's triggers rebuilt from the copied rows.
struct DatabaseCopyReport {
    QList<CopiedTable> tables;
    QList<CopiedTable> rebuilt;
    /// Whether every table, copied or rebuilt, holds as many rows on both sides.
    bool countsMatch() const;
    qint64 rows() const;
};

/// Copies an office's BrandDesk data from one database into another: a file onto a server (`branddesk server
/// copy-from`), or a server into a new file (`branddesk server backup`). One of the two must be a file: its
/// schema names the tables and the order they go in. Both must be at the same data version.
///
/// Every row of every table goes across as it is — ids, texts, attachment and logo bytes, audit entries with
/// their hashes — in one transaction on `to`: a failure, a lost connection or a cancel leaves `to` as it was.
/// Tables kept by triggers (the per-week report summary, the file's search index) are not copied but rebuilt
/// by `to`'s own triggers as the rows arrive; the ids issued next on `to` continue after the copied ones.
/// `to` must hold no rows (a database just set up); anything else is refused before a row is written.
/// `progress` is told each table as it is done; answering false cancels (Error::Code::Cancelled).
Result<DatabaseCopyReport> copyDatabase(Database& from, Database& to,
                                        const std::function<bool(const CopiedTable& done)>& progress = {});

} // namespace branddesk
