// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaign/milestoneboard.h"
#include "core/error.h"
#include "core/inspections/inspection.h"
#include "core/inspections/inspectionlist.h"
#include "core/storage/brandrepository.h"
#include "core/storage/campaignrepository.h"
#include "core/storage/departmentrepository.h"
#include "core/storage/inspectionrepository.h"
#include "core/storage/milestonerepository.h"

#include <QObject>

#include <optional>

namespace branddesk {

class AuditLog;
class Clock;
class CurrentUser;
class Database;

/// Inspections (督查) of departments: recording them with the checklist BrandDesk draws up, the findings and
/// the rectification demands, following the demands up, and which of them are overdue ("behind today").
///
/// For the inspection sheet and the supervision summary: latestFor(departmentId) is a department's latest
/// inspection (its findings and checklist), openRectifications(departmentId) its demands still open (each
/// with isOverdue(today)), openRectifications() those of every active department.
class InspectionService : public QObject {
    Q_OBJECT
public:
    /// Writes need a clerk or an administrator (`user`), are audited, and are signed with the user's name.
    InspectionService(Database& database, const Clock& clock, const CurrentUser& user, AuditLog& audit,
                      QObject* parent = nullptr);

    /// Every inspection, or one department's (`departmentId` != 0), newest first, with counts of items not
    /// met and of demands open and overdue on the clock's today.
    Result<QList<InspectionListItem>> list(qint64 departmentId = 0) const;
    /// One inspection with its checklist and demands.
    Result<Inspection> find(qint64 id) const;
    /// A department's latest inspection (latest date; the last entered of a day), or nullopt without one.
    Result<std::optional<Inspection>> latestFor(qint64 departmentId) const;
    /// The checklist of a new inspection of a department on `date` (see InspectionChecklist::generate): the
    /// standards of its best brand and the current campaign's milestones due by then, pre-judged.
    Result<QList<InspectionCheck>> checklistFor(qint64 departmentId, const QDate& date) const;
    /// The open demands, earliest deadline first: one department's (`departmentId` != 0), or every active
    /// department's.
    Result<QList<RectificationItem>> openRectifications(qint64 departmentId = 0) const;
    /// The open demands of active departments whose deadline passed before the clock's today.
    Result<QList<RectificationItem>> overdueRectifications() const;
    /// overdueRectifications() as lines of "behind today": red, titled "Rectification: <demand>", due on the
    /// deadline, most days overdue first; BehindItem::itemId is the inspection's id.
    Result<QList<BehindItem>> behindToday() const;
    /// The clock's today, by which "overdue" is judged.
    QDate today() const;

    /// Records a new inspection (id 0) or saves an edited one (refused when someone else saved it meanwhile).
    /// Validation: a department (active, for a new one), a date not in the future, at least one inspector,
    /// each demand with its text and a deadline not before the inspection, a done demand with its done date
    /// (not before the inspection, not in the future).
    Result<Inspection> save(Inspection inspection);
    Result<void> remove(qint64 id);

signals:
    void changed();

private:
    Result<void> validate(Inspection& inspection, bool isNew) const;

    Database& m_database;
    const Clock& m_clock;
    const CurrentUser& m_user;
    AuditLog& m_audit;
    BrandRepository m_brands;
    CampaignRepository m_campaigns;
    DepartmentRepository m_departments;
    InspectionRepository m_inspections;
    MilestoneRepository m_milestones;
};

} // namespace branddesk
