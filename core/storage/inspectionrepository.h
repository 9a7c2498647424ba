// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/inspections/inspection.h"
#include "core/inspections/inspectionlist.h"

#include <QList>

#include <optional>

namespace branddesk {

class Database;

/// Reads and writes inspections with their checklists and rectification demands (one aggregate).
class InspectionRepository {
public:
    explicit InspectionRepository(Database& database)
        : m_database(database)
    {}

    /// One inspection with its checklist and demands.
    Result<Inspection> find(qint64 id) const;
    /// The id of a department's latest inspection (by date, then the last entered), or nullopt.
    Result<std::optional<qint64>> latestId(qint64 departmentId) const;
    /// Every inspection (or one department's, `departmentId` != 0), newest first, with counts; demands open
    /// and before `today` count as overdue.
    Result<QList<InspectionListItem>> list(qint64 departmentId, const QDate& today) const;
    /// The open demands, earliest deadline first: of one department (`departmentId` != 0, active or not) or of
    /// every active department (0); only those due before `before` when it is valid.
    Result<QList<RectificationItem>> openRectifications(qint64 departmentId, const QDate& before) const;
    /// How many inspections a department has.
    Result<int> countForDepartment(qint64 departmentId) const;

    /// Inserts an inspection (version 1) with its checklist and demands; returns the new id.
    Result<qint64> insert(const Inspection& inspection);
    /// Updates an inspection at `inspection.version` (else Conflict). The checklist is replaced; demands with
    /// an id are updated, those with id 0 added, stored ones missing from the list removed.
    Result<void> update(const Inspection& inspection);
    Result<void> remove(qint64 id);

private:
    Result<void> insertChecks(qint64 inspectionId, const QList<InspectionCheck>& checks);
    Result<void> writeRectifications(qint64 inspectionId, const QList<Rectification>& rectifications);

    Database& m_database;
};

} // namespace branddesk
