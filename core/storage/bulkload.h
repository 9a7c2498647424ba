// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QStringList>

namespace branddesk {

class Database;

/// Writing a whole new file in one go (`branddesk generate`): on SQLite, no rollback journal and no fsync while
/// it runs, and the reports' full-text indexes filled once at the end (FTS5 'rebuild') instead of row by row by
/// their triggers. finish() puts everything back (the triggers, WAL, synchronous=FULL); a BulkLoad that is never
/// finished leaves a file that must be thrown away, which is what generate does with a failed run. On a server
/// database it does nothing. Not for a file anybody else has open.
class BulkLoad {
public:
    explicit BulkLoad(Database& database)
        : m_database(database)
    {}

    /// Call outside any transaction (inside one, or on a server, the writing goes on as usual).
    Result<void> begin();
    /// Rebuilds the full-text indexes and restores the triggers and the journal; outside any transaction.
    Result<void> finish();

private:
    Database& m_database;
    QStringList m_triggers; ///< the CREATE TRIGGER statements dropped by begin()
    bool m_active = false;
};

} // namespace branddesk
