// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/milestoneservice.h"

#include "core/accounts/currentuser.h"
#include "core/audit/campaignsnapshots.h"
#include "core/clock.h"
#include "core/domain/validation.h"
#include "core/services/auditedwrites.h"
#include "core/services/auditlog.h"
#include "core/services/concentratedweeks.h"
#include "core/storage/database.h"
#include "core/text/characters.h"

#include <algorithm>

namespace branddesk {

MilestoneService::MilestoneService(Database& database, const Clock& clock, const CurrentUser& user, AuditLog& audit,
                                   QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_user(user)
    , m_audit(audit)
    , m_campaigns(database)
    , m_departments(database)
    , m_milestones(database)
{}

Result<MilestoneBoard> MilestoneService::board(qint64 campaignId) const
{
    Result<Campaign> campaign = m_campaigns.find(campaignId);
    if (!campaign)
        return fail(campaign.error());
    Result<QList<Department>> departments = m_departments.all();
    if (!departments)
        return fail(departments.error());
    const QList<Department> active = activeInRegisterOrder(*departments);
    Result<QList<MilestoneCompletion>> stored = m_milestones.forCampaign(campaignId);
    if (!stored)
        return fail(stored.error());
    // The concentrated weeks' milestone reflects the enterprise-service records, not a manual tick.
    Result<QList<MilestoneCompletion>> completions =
        ConcentratedWeeks(m_database, m_audit).withDerivedCompletions(*campaign, active, *stored, m_clock.today());
    if (!completions)
        return fail(completions.error());
    return MilestoneBoard::build(*campaign, active, *completions, m_clock.today());
}

Result<std::optional<MilestoneCompletion>> MilestoneService::completion(qint64 milestoneId, qint64 departmentId) const
{
    return m_milestones.find(milestoneId, departmentId);
}

Result<MilestoneCompletion> MilestoneService::record(MilestoneCompletion completion)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return fail(allowed.error());
    if (!completion.doneDate.isValid())
        return fail(Error::Code::Validation, tr("Enter the date the milestone was done."));
    if (completion.doneDate > m_clock.today())
        return fail(Error::Code::Validation, tr("The date done (%1) lies in the future.")
                                                 .arg(QLocale().toString(completion.doneDate, QLocale::ShortFormat)));
    completion.evidence = completion.evidence.trimmed();
    if (characterCount(completion.evidence) > TextLimits::kBrandText)
        return fail(Error::Code::Validation,
                    tr("The evidence is too long: at most %1 characters.").arg(TextLimits::kBrandText));
    if (completion.attachment.size() > kMaxAttachmentBytes)
        return fail(Error::Code::Validation, tr("The attachment is larger than 20 MB."));
    if (completion.attachment.isEmpty())
        completion.attachmentName.clear();

    Result<Department> department = m_departments.find(completion.departmentId);
    if (!department)
        return fail(department.error());
    Result<Milestone> milestone = m_campaigns.findMilestone(completion.milestoneId);
    if (!milestone)
        return fail(milestone.error());
    if (!appliesTo(milestone->appliesTo, *department))
        return fail(Error::Code::Validation,
                    tr("\"%1\" does not apply to %2 (%3 only).")
                        .arg(milestone->name, department->name, applicabilityName(milestone->appliesTo)));
    if (milestone->code == ConcentratedWeeks::kMilestoneCode)
        return fail(Error::Code::Validation, ConcentratedWeeks::notTickedByHand(milestone->name));

    completion.recordedAt = m_clock.nowUtc();
    completion.recordedBy = m_user.name();
    Result<void> saved = m_database.transaction([this, &completion]() -> Result<void> {
        Result<std::optional<MilestoneCompletion>> before =
            m_milestones.find(completion.milestoneId, completion.departmentId);
        if (!before)
            return fail(before.error());
        Result<qint64> id = m_milestones.save(completion);
        if (!id)
            return fail(id.error());
        completion.id = *id;
        if (*before)
            return m_audit.recordUpdate(CampaignAuditEntities::kMilestoneCompletion, completion.id,
                                        snapshotOf(**before), snapshotOf(completion));
        return m_audit.recordInsert(CampaignAuditEntities::kMilestoneCompletion, completion.id, snapshotOf(completion));
    });
    if (!saved)
        return fail(saved.error());
    ++completion.version;
    audited::announceChanged(m_database, this);
    return completion;
}

Result<void> MilestoneService::clear(qint64 milestoneId, qint64 departmentId)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return fail(allowed.error());
    return audited::write(m_database, this, [&]() -> Result<void> {
        Result<std::optional<MilestoneCompletion>> before = m_milestones.find(milestoneId, departmentId);
        if (!before)
            return fail(before.error());
        if (!*before)
            return fail(Error::Code::NotFound,
                        tr("There is no record to withdraw; it may have been withdrawn already."));
        if (Result<void> removed = m_milestones.remove(milestoneId, departmentId); !removed)
            return removed;
        return m_audit.recordDelete(CampaignAuditEntities::kMilestoneCompletion, (*before)->id, snapshotOf(**before));
    });
}

} // namespace branddesk
