// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/enterprise/activity.h"
#include "core/enterprise/quartercompliance.h"
#include "core/error.h"

#include <QList>

namespace branddesk {

class Database;

/// Reads and writes the departments' enterprise-service activities.
class EnterpriseActivityRepository {
public:
    explicit EnterpriseActivityRepository(Database& database)
        : m_database(database)
    {}

    /// One activity with its department's and enterprise's names.
    Result<Activity> find(qint64 id) const;
    /// Every activity, newest first (or those of one enterprise, `enterpriseId` != 0).
    Result<QList<Activity>> all(qint64 enterpriseId = 0) const;
    /// Every concentrated week recorded, of any department.
    Result<QList<ConcentratedWeekFact>> concentratedWeeks() const;

    /// Inserts an activity (version 1); returns the new id.
    Result<qint64> insert(const Activity& activity);
    /// Updates an activity at `activity.version` (else Conflict).
    Result<void> update(const Activity& activity);
    Result<void> remove(qint64 id);

private:
    Database& m_database;
};

} // namespace branddesk
