// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/department.h"
#include "core/error.h"

#include <QHash>
#include <QList>

namespace branddesk {

class Database;

/// Reads and writes departments. Timestamps and versions are set by the caller (the service).
class DepartmentRepository {
public:
    explicit DepartmentRepository(Database& database)
        : m_database(database)
    {}

    Result<QList<Department>> all() const;
    Result<Department> find(qint64 id) const;
    /// Stores a new department and returns its id.
    Result<qint64> insert(const Department& department);
    /// Updates a department whose stored version is `department.version`; fails with Conflict if
    /// someone else changed it meanwhile. The stored version becomes version + 1.
    Result<void> update(const Department& department);
    /// Removes a department; the caller has checked it has no data.
    Result<void> remove(qint64 id);
    /// Whether another department (not `exceptId`) already has this name.
    Result<bool> nameTaken(const QString& name, qint64 exceptId) const;
    /// Number of brands per department id (departments without a brand are absent).
    Result<QHash<qint64, int>> brandCounts() const;
    /// Sets when a department was registered. Only for generated demo and benchmark data, whose departments
    /// must exist from the campaign's start; the program's own edits never change it.
    Result<void> backdateCreation(qint64 id, const QDateTime& createdAt);

private:
    Database& m_database;
};

} // namespace branddesk
