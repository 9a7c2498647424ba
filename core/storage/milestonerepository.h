// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaign/campaign.h"
#include "core/error.h"

#include <QList>

#include <optional>

namespace branddesk {

class Database;

/// Reads and writes departments' milestone completion records.
class MilestoneRepository {
public:
    explicit MilestoneRepository(Database& database)
        : m_database(database)
    {}

    /// Every completion of a campaign's milestones, without attachment bytes (only their names).
    Result<QList<MilestoneCompletion>> forCampaign(qint64 campaignId) const;
    /// One record, with its attachment; nullopt when the department has not completed the milestone.
    Result<std::optional<MilestoneCompletion>> find(qint64 milestoneId, qint64 departmentId) const;
    /// Inserts (version 0) or updates (at `completion.version`, else Conflict) a record; returns its id.
    Result<qint64> save(const MilestoneCompletion& completion);
    Result<void> remove(qint64 milestoneId, qint64 departmentId);

private:
    Database& m_database;
};

} // namespace branddesk
