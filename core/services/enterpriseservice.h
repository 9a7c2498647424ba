// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaign/milestoneboard.h"
#include "core/enterprise/activityfilter.h"
#include "core/enterprise/enterprisepage.h"
#include "core/enterprise/quartercompliance.h"
#include "core/error.h"
#include "core/services/concentratedweeks.h"
#include "core/storage/campaignrepository.h"
#include "core/storage/departmentrepository.h"
#include "core/storage/enterpriseactivityrepository.h"
#include "core/storage/enterpriseproblemrepository.h"
#include "core/storage/enterpriserepository.h"

#include <QObject>

namespace branddesk {

class AuditLog;
class Clock;
class CurrentUser;
class Database;

/// Enterprise service (服务企业年): the departments' activities (三进, 局长直通车, 五送, 集中攻坚), the enterprises
/// they remember, the problem-responsibility ledger, and each enterprise-facing department's quarters.
///
/// Writes follow the pattern of every service: requireWrite → transaction → audit, and an edit of a record
/// someone else saved meanwhile is refused (Conflict) with what they changed. Saving an activity or a problem
/// with an enterprise name not yet known remembers it (audited as an enterprise of its own).
class EnterpriseService : public QObject {
    Q_OBJECT
public:
    /// Writes need a clerk or an administrator (`user`), are audited, and are signed with the user's name.
    EnterpriseService(Database& database, const Clock& clock, const CurrentUser& user, AuditLog& audit,
                      QObject* parent = nullptr);

    /// The remembered enterprises, zones and projects, by name, with their counts.
    Result<QList<Enterprise>> enterprises() const;
    /// Every visit, delivery and problem of one enterprise, across departments.
    Result<EnterprisePage> enterprisePage(qint64 enterpriseId) const;

    /// The activities `filter` lets through, newest first.
    Result<QList<Activity>> activities(const ActivityFilter& filter = {}) const;
    Result<Activity> findActivity(qint64 id) const;
    /// Records a new activity (id 0) or saves an edited one. Validation: a department (active, for a new one),
    /// a start date not in the future, an end not before the start and at most 31 days on, 三进 and 五送 with
    /// the enterprise (zone, project) named, 五送 with at least one of the five items, texts within limits.
    Result<Activity> saveActivity(Activity activity);
    Result<void> removeActivity(qint64 id);

    /// The problems `filter` lets through (overdue judged on the clock's today), earliest deadline first.
    Result<QList<Problem>> problems(const ProblemFilter& filter = {}) const;
    Result<Problem> findProblem(qint64 id) const;
    /// Records a new problem (id 0) or saves an edited one. The notice's rule: no problem without its one
    /// responsible leader (a single name), its team and its plan. Also: a department, the enterprise, the
    /// description, the day raised (not in the future) and a deadline not before it; solved with its date,
    /// "cannot be solved" with the reason; each progress note dated (not in the future) and written.
    Result<Problem> saveProblem(Problem problem);
    Result<void> removeProblem(qint64 id);

    /// The pending problems of active departments whose deadline passed before the clock's today, most days
    /// overdue first.
    Result<QList<Problem>> overdueProblems() const;
    /// overdueProblems() as lines of "behind today": red, titled "Problem: <enterprise> — <description>",
    /// due on the deadline; BehindItem::itemId is the problem's id.
    Result<QList<BehindItem>> behindToday() const;
    /// The current campaign's quarters of concentrated weeks for the active enterprise-facing departments
    /// (empty without a current campaign).
    Result<QuarterCompliance> quarterCompliance() const;
    /// The clock's today, by which "overdue" is judged.
    QDate today() const;

signals:
    void changed();

private:
    Result<void> validate(Activity& activity, bool isNew) const;
    Result<void> validate(Problem& problem, bool isNew) const;
    /// Finds or remembers (and audits) `name` as a `kind`; returns its id, 0 for an empty name.
    Result<qint64> remember(const QString& name, EnterpriseKind kind);
    Result<void> checkDepartment(qint64 departmentId, bool isNew, QStringList& problems) const;

    Database& m_database;
    const Clock& m_clock;
    const CurrentUser& m_user;
    AuditLog& m_audit;
    CampaignRepository m_campaigns;
    DepartmentRepository m_departments;
    EnterpriseRepository m_enterprises;
    EnterpriseActivityRepository m_activities;
    EnterpriseProblemRepository m_problems;
    ConcentratedWeeks m_weeks;
};

} // namespace branddesk
