// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaign/campaign.h"
#include "core/error.h"
#include "core/storage/campaignrepository.h"

#include <QObject>

#include <optional>

namespace branddesk {

class AuditLog;
class Clock;
class CurrentUser;
class Database;

/// Campaigns and their calendars: create one from a definition or from another year's, choose the current
/// one, and adjust phase and milestone dates. Setting campaigns up is an administrator's work; only
/// ensureCurrent() (the built-in default for a database that has none) is open to any writer. Every change
/// is audited.
class CampaignService : public QObject {
    Q_OBJECT
public:
    CampaignService(Database& database, const Clock& clock, const CurrentUser& user, AuditLog& audit,
                    QObject* parent = nullptr);

    Result<QList<Campaign>> campaigns() const;
    Result<Campaign> find(qint64 id) const;
    /// The current campaign, or nullopt when the database has none yet.
    Result<std::optional<Campaign>> current() const;
    /// Stores a parsed definition (see CampaignDefinition). The first campaign becomes the current one.
    /// A second campaign with the same title and year is refused.
    Result<Campaign> create(Campaign campaign);
    /// "New campaign from template": a copy of campaign `sourceId` moved to `year`.
    Result<Campaign> createFromTemplate(qint64 sourceId, int year);
    /// When the database has no campaign, creates the built-in one for `year`; returns the current one.
    Result<Campaign> ensureCurrent(int year);
    Result<void> setCurrent(qint64 id);
    Result<void> setPhaseDates(qint64 campaignId, qint64 phaseId, const DateRange& dates);
    Result<void> setMilestoneDue(qint64 milestoneId, const QDate& due);

signals:
    void changed();

private:
    /// create() without the administrator check.
    Result<Campaign> insert(Campaign campaign);
    /// setCurrent() without the administrator check.
    Result<void> makeCurrent(qint64 id);

    Database& m_database;
    const Clock& m_clock;
    const CurrentUser& m_user;
    AuditLog& m_audit;
    CampaignRepository m_campaigns;
};

} // namespace branddesk
