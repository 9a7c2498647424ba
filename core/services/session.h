// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accounts/currentuser.h"
#include "core/clock.h"
#include "core/mail/mailpasswordcache.h"
#include "core/services/accountservice.h"
#include "core/services/assessmentservice.h"
#include "core/services/auditlog.h"
#include "core/services/brandservice.h"
#include "core/services/campaignservice.h"
#include "core/services/departmentservice.h"
#include "core/services/enterpriseservice.h"
#include "core/services/evaluationservice.h"
#include "core/services/hotlineservice.h"
#include "core/services/inboxservice.h"
#include "core/services/inspectionservice.h"
#include "core/services/liveupdates.h"
#include "core/services/mailsettingsservice.h"
#include "core/services/milestoneservice.h"
#include "core/services/presenceservice.h"
#include "core/services/reminderservice.h"
#include "core/services/reportservice.h"
#include "core/storage/database.h"

#include <memory>

namespace branddesk {

/// One open database and the services that work on it: what the UI and the command line are given.
///
/// Nobody is signed in at first: accounts().signIn() (or createFirstAdministrator() on a database without
/// accounts) makes currentUser() someone, and until then every write is refused. Every service that
/// writes is given currentUser() (to ask requireWrite()/requireAdmin()) and audit() (to record the change
/// in the same transaction); see CurrentUser and AuditLog.
class Session {
public:
    Session(std::unique_ptr<Database> database, const Clock& clock);

    Database& database() { return *m_database; }
    const Clock& clock() const { return m_clock; }
    /// The signed-in user's name (empty when nobody is); the reference stays valid and current.
    const QString& userName() const { return m_user.name(); }
    const CurrentUser& currentUser() const { return m_user; }
    AccountService& accounts() { return m_accounts; }
    AuditLog& audit() { return m_audit; }
    DepartmentService& departments() { return m_departments; }
    BrandService& brands() { return m_brands; }
    CampaignService& campaigns() { return m_campaigns; }
    MilestoneService& milestones() { return m_milestones; }
    ReportService& reports() { return m_reports; }
    InspectionService& inspections() { return m_inspections; }
    EvaluationService& evaluation() { return m_evaluation; }
    EnterpriseService& enterprise() { return m_enterprise; }
    HotlineService& hotline() { return m_hotline; }
    AssessmentService& assessment() { return m_assessment; }
    /// The office's mail servers (the inbox, the reminders) and their passwords, kept in memory only.
    MailSettingsService& mailSettings() { return m_mailSettings; }
    MailPasswordCache& mailPasswords() { return m_mailPasswords; }
    /// The report inbox (周报收件箱): mails fetched from the office mailbox, proposed as weekly reports.
    InboxService& inbox() { return m_inbox; }
    ReminderService& reminders() { return m_reminders; }
    /// Others' changes, announced through the services above (started by the GUI).
    LiveUpdates& live() { return m_live; }
    PresenceService& presence() { return m_presence; }

private:
    std::unique_ptr<Database> m_database;
    const Clock& m_clock;
    CurrentUser m_user;
    AuditLog m_audit;
    AccountService m_accounts;
    DepartmentService m_departments;
    BrandService m_brands;
    CampaignService m_campaigns;
    MilestoneService m_milestones;
    ReportService m_reports;
    InspectionService m_inspections;
    EvaluationService m_evaluation;
    EnterpriseService m_enterprise;
    HotlineService m_hotline;
    AssessmentService m_assessment; ///< after the services it reads
    MailSettingsService m_mailSettings;
    MailPasswordCache m_mailPasswords;
    InboxService m_inbox;
    ReminderService m_reminders;
    LiveUpdates m_live;
    PresenceService m_presence;
};

} // namespace branddesk
