// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/session.h"

#include "core/audit/campaignsnapshots.h"
#include "core/audit/enterprisesnapshots.h"
#include "core/audit/hotlinesnapshots.h"
#include "core/audit/inspectionsnapshots.h"
#include "core/audit/mailsnapshots.h"
#include "core/audit/remindersnapshots.h"
#include "core/audit/reportsnapshots.h"

namespace branddesk {

Session::Session(std::unique_ptr<Database> database, const Clock& clock)
    : m_database(std::move(database))
    , m_clock(clock)
    , m_audit(*m_database, clock, m_user)
    , m_accounts(*m_database, clock, m_user, m_audit)
    , m_departments(*m_database, clock, m_user, m_audit)
    , m_brands(*m_database, clock, m_user, m_audit)
    , m_campaigns(*m_database, clock, m_user, m_audit)
    , m_milestones(*m_database, clock, m_user, m_audit)
    , m_reports(*m_database, clock, m_user, m_audit)
    , m_inspections(*m_database, clock, m_user, m_audit)
    , m_evaluation(*m_database, clock, m_user, m_audit)
    , m_enterprise(*m_database, clock, m_user, m_audit)
    , m_hotline(*m_database, clock, m_user, m_audit)
    , m_assessment(*this)
    , m_mailSettings(*m_database, clock, m_user, m_audit)
    , m_inbox(*m_database, clock, m_user, m_audit, m_reports)
    , m_reminders(*m_database, clock, m_user, m_audit, m_reports)
    , m_live(*m_database)
    , m_presence(*m_database, m_user)
{
    // The concentrated-week milestone is derived from the enterprise-service records: views of the milestones
    // refresh when those change.
    QObject::connect(&m_enterprise, &EnterpriseService::changed, &m_milestones, &MilestoneService::changed);

    // Another PC's change to a record reaches the views through its service's own changed(), as this PC's do.
    auto route = [this](QLatin1String entity, auto* service) {
        m_live.route(entity, [service] { emit service->changed(); });
    };
    route(AuditEntities::kDepartment, &m_departments);
    route(AuditEntities::kBrand, &m_brands);
    route(AuditEntities::kUser, &m_accounts);
    route(CampaignAuditEntities::kCampaign, &m_campaigns);
    route(CampaignAuditEntities::kPhase, &m_campaigns);
    route(CampaignAuditEntities::kMilestone, &m_campaigns);
    route(CampaignAuditEntities::kMilestoneCompletion, &m_milestones);
    route(ReportAuditEntities::kWeeklyReport, &m_reports);
    route(InspectionAuditEntities::kInspection, &m_inspections);
    route(EnterpriseAuditEntities::kEnterprise, &m_enterprise); // and its activities and problems
    route(QLatin1String("evaluation"), &m_evaluation);          // evaluation-round, -entry, -expert, -publicity
    route(HotlineAuditEntities::kTicket, &m_hotline);
    route(QLatin1String("assessment"), &m_assessment); // assessment-item, -year
    route(MailAuditEntities::kMailSettings, &m_mailSettings);
    route(MailAuditEntities::kMailMessage, &m_inbox);
    route(ReminderAuditEntities::kReminder, &m_reminders);
}

} // namespace branddesk
