// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/campaignservice.h"

#include "core/accounts/currentuser.h"
#include "core/audit/campaignsnapshots.h"
#include "core/campaign/campaigndefinition.h"
#include "core/clock.h"
#include "core/services/auditedwrites.h"
#include "core/services/auditlog.h"
#include "core/storage/database.h"

namespace branddesk {

CampaignService::CampaignService(Database& database, const Clock& clock, const CurrentUser& user, AuditLog& audit,
                                 QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_user(user)
    , m_audit(audit)
    , m_campaigns(database)
{}

Result<QList<Campaign>> CampaignService::campaigns() const
{
    return m_campaigns.all();
}

Result<Campaign> CampaignService::find(qint64 id) const
{
    return m_campaigns.find(id);
}

Result<std::optional<Campaign>> CampaignService::current() const
{
    Result<QList<Campaign>> all = m_campaigns.all();
    if (!all)
        return fail(all.error());
    for (const Campaign& c : *all) {
        if (c.isCurrent)
            return std::optional<Campaign>(c);
    }
    return std::optional<Campaign>();
}

Result<Campaign> CampaignService::create(Campaign campaign)
{
    if (Result<void> allowed = m_user.requireAdmin(); !allowed)
        return fail(allowed.error());
    return insert(std::move(campaign));
}

Result<Campaign> CampaignService::insert(Campaign campaign)
{
    Result<QList<Campaign>> existing = m_campaigns.all();
    if (!existing)
        return fail(existing.error());
    for (const Campaign& other : *existing) {
        if (other.year == campaign.year && other.title == campaign.title)
            return fail(Error::Code::Validation,
                        tr("The campaign \"%1\" of %2 already exists.").arg(campaign.title).arg(campaign.year));
    }
    campaign.id = 0;
    campaign.isCurrent = existing->isEmpty();
    campaign.createdAt = m_clock.nowUtc();
    Result<void> stored = m_database.transaction([this, &campaign]() -> Result<void> {
        if (Result<void> inserted = m_campaigns.insert(campaign); !inserted)
            return inserted;
        return m_audit.recordInsert(CampaignAuditEntities::kCampaign, campaign.id, snapshotOf(campaign));
    });
    if (!stored)
        return fail(stored.error());
    campaign.version = 1;
    audited::announceChanged(m_database, this);
    return campaign;
}

Result<Campaign> CampaignService::createFromTemplate(qint64 sourceId, int year)
{
    if (Result<void> allowed = m_user.requireAdmin(); !allowed)
        return fail(allowed.error());
    if (year < 1990 || year > 2200)
        return fail(Error::Code::Validation, tr("The year %1 is not valid.").arg(year));
    Result<Campaign> source = m_campaigns.find(sourceId);
    if (!source)
        return source;
    // Milestones name their phase by ordinal until stored, as a parsed definition does.
    Campaign copy = CampaignDefinition::shiftedToYear(*source, year);
    for (Milestone& m : copy.milestones) {
        const Phase* phase = source->phase(m.phaseId);
        m.phaseId = phase != nullptr ? phase->ordinal : 1;
    }
    return insert(copy);
}

Result<Campaign> CampaignService::ensureCurrent(int year)
{
    Result<std::optional<Campaign>> now = current();
    if (now && *now)
        return **now;
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return fail(allowed.error());
    if (!now)
        return fail(now.error());
    if (*now)
        return **now;
    Result<QList<Campaign>> all = m_campaigns.all();
    if (!all)
        return fail(all.error());
    if (!all->isEmpty()) {
        if (Result<void> made = makeCurrent(all->first().id); !made)
            return fail(made.error());
        return m_campaigns.find(all->first().id);
    }
    Result<Campaign> builtIn = CampaignDefinition::load(CampaignDefinition::builtInPath());
    if (!builtIn)
        return builtIn;
    return insert(CampaignDefinition::shiftedToYear(*builtIn, year));
}

Result<void> CampaignService::setCurrent(qint64 id)
{
    if (Result<void> allowed = m_user.requireAdmin(); !allowed)
        return fail(allowed.error());
    return makeCurrent(id);
}

Result<void> CampaignService::makeCurrent(qint64 id)
{
    Result<std::optional<Campaign>> before = current();
    if (!before)
        return fail(before.error());
    const QJsonObject notCurrent{{QStringLiteral("is_current"), false}};
    const QJsonObject isCurrent{{QStringLiteral("is_current"), true}};
    return audited::write(m_database, this, [&]() -> Result<void> {
        if (Result<void> set = m_campaigns.setCurrent(id); !set)
            return set;
        if (*before && (*before)->id != id) {
            if (Result<void> old =
                    m_audit.recordUpdate(CampaignAuditEntities::kCampaign, (*before)->id, isCurrent, notCurrent);
                !old)
                return old;
        }
        return m_audit.recordUpdate(CampaignAuditEntities::kCampaign, id, notCurrent, isCurrent);
    });
}

Result<void> CampaignService::setPhaseDates(qint64 campaignId, qint64 phaseId, const DateRange& dates)
{
    if (Result<void> allowed = m_user.requireAdmin(); !allowed)
        return fail(allowed.error());
    Result<Campaign> campaign = m_campaigns.find(campaignId);
    if (!campaign)
        return fail(campaign.error());
    if (!dates.start.isValid() || (dates.end.isValid() && dates.end < dates.start))
        return fail(Error::Code::Validation, tr("A phase must start on a valid day and end after it starts."));
    for (int i = 0; i < campaign->phases.size(); ++i) {
        const Phase& phase = campaign->phases.at(i);
        if (phase.id != phaseId)
            continue;
        const bool last = i + 1 == campaign->phases.size();
        if (!last && dates.isOpenEnded())
            return fail(Error::Code::Validation, tr("Only the last phase may be open-ended."));
        if (i > 0 && campaign->phases.at(i - 1).dates.end.isValid() &&
            dates.start <= campaign->phases.at(i - 1).dates.end)
            return fail(Error::Code::Validation, tr("The phase would start before the previous phase ends."));
        if (!last && dates.end >= campaign->phases.at(i + 1).dates.start)
            return fail(Error::Code::Validation, tr("The phase would end after the next phase starts."));
        Phase after = phase;
        after.dates = dates;
        Result<void> done = m_database.transaction([&]() -> Result<void> {
            if (Result<void> saved = m_campaigns.updatePhaseDates(phaseId, dates); !saved)
                return saved;
            return m_audit.recordUpdate(CampaignAuditEntities::kPhase, phaseId, snapshotOf(phase), snapshotOf(after));
        });
        if (done)
            audited::announceChanged(m_database, this);
        return done;
    }
    return fail(Error::Code::NotFound, tr("The phase no longer exists."));
}

Result<void> CampaignService::setMilestoneDue(qint64 milestoneId, const QDate& due)
{
    if (Result<void> allowed = m_user.requireAdmin(); !allowed)
        return fail(allowed.error());
    Result<Milestone> before = m_campaigns.findMilestone(milestoneId);
    if (!before)
        return fail(before.error());
    Milestone after = *before;
    after.due = due;
    return audited::write(m_database, this, [&]() -> Result<void> {
        if (Result<void> saved = m_campaigns.updateMilestoneDue(milestoneId, due); !saved)
            return saved;
        return m_audit.recordUpdate(CampaignAuditEntities::kMilestone, milestoneId, snapshotOf(*before),
                                    snapshotOf(after));
    });
}

} // namespace branddesk
