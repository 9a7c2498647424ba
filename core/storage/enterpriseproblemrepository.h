// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/enterprise/problem.h"
#include "core/error.h"

#include <QList>

namespace branddesk {

class Database;

/// Reads and writes the problem ledger: problems with their progress notes (one aggregate).
class EnterpriseProblemRepository {
public:
    explicit EnterpriseProblemRepository(Database& database)
        : m_database(database)
    {}

    /// One problem with its notes and its department's and enterprise's names.
    Result<Problem> find(qint64 id) const;
    /// Every problem (or one enterprise's, `enterpriseId` != 0) with its notes, earliest deadline first.
    Result<QList<Problem>> all(qint64 enterpriseId = 0) const;

    /// Inserts a problem (version 1) with its notes; returns the new id.
    Result<qint64> insert(const Problem& problem);
    /// Updates a problem at `problem.version` (else Conflict); notes with an id are updated, those with id 0
    /// added, stored ones missing from the list removed.
    Result<void> update(const Problem& problem);
    Result<void> remove(qint64 id);

private:
    Result<void> loadNotes(QList<Problem>& problems) const;
    Result<void> writeNotes(qint64 problemId, const QList<ProgressNote>& notes);

    Database& m_database;
};

} // namespace branddesk
