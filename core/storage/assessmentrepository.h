// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assessment/assessmentinput.h"
#include "core/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <optional>

namespace branddesk {

class Database;

/// The stored snapshot of a finalised year: every input and the scheme, as JSON, with who finalised it and when.
struct AssessmentSnapshot {
    int year = 0;
    QByteArray json;
    QDateTime finalisedAt; ///< UTC
    QString finalisedBy;
};

/// Reads and writes the annual assessment's items entered by hand and the snapshots of finalised years.
class AssessmentRepository {
public:
    explicit AssessmentRepository(Database& database)
        : m_database(database)
    {}

    /// The items of `year`, with their departments' names, by department then kind then id.
    Result<QList<AssessmentItem>> items(int year) const;
    Result<AssessmentItem> find(qint64 id) const;
    /// Inserts an item (version 1); returns the new id.
    Result<qint64> insert(const AssessmentItem& item);
    /// Updates an item at `item.version` (else Conflict).
    Result<void> update(const AssessmentItem& item);
    Result<void> remove(qint64 id);

    /// The snapshot of `year`, none while the year is open.
    Result<std::optional<AssessmentSnapshot>> snapshot(int year) const;
    /// Stores a year's snapshot; refused (Conflict) when the year is already finalised.
    Result<void> insertSnapshot(const AssessmentSnapshot& snapshot);
    Result<void> removeSnapshot(int year);

private:
    Result<QList<AssessmentItem>> select(const char* where,
                                         std::initializer_list<std::pair<const char*, QVariant>> values) const;

    Database& m_database;
};

} // namespace branddesk
