// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaign/campaign.h"
#include "core/error.h"

#include <QList>

namespace branddesk {

class Database;

/// Reads and writes campaigns with their phases and milestones (one aggregate).
class CampaignRepository {
public:
    explicit CampaignRepository(Database& database)
        : m_database(database)
    {}

    /// Every campaign, newest year first, with phases and milestones.
    Result<QList<Campaign>> all() const;
    Result<Campaign> find(qint64 id) const;
    /// One milestone by id (NotFound when it does not exist).
    Result<Milestone> findMilestone(qint64 milestoneId) const;
    /// Stores a campaign and its calendar; milestones name their phase by ordinal in `phaseId` (as a parsed
    /// definition does). Fills in every id of `campaign`.
    Result<void> insert(Campaign& campaign);
    /// Makes one campaign the current one (and no other); NotFound for an unknown id (run it in a transaction).
    Result<void> setCurrent(qint64 id);
    Result<void> updatePhaseDates(qint64 phaseId, const DateRange& dates);
    Result<void> updateMilestoneDue(qint64 milestoneId, const QDate& due);

private:
    Result<void> loadCalendar(Campaign& campaign) const;

    Database& m_database;
};

} // namespace branddesk
