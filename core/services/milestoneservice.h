// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaign/milestoneboard.h"
#include "core/error.h"
#include "core/storage/campaignrepository.h"
#include "core/storage/departmentrepository.h"
#include "core/storage/milestonerepository.h"

#include <QObject>

namespace branddesk {

class AuditLog;
class Clock;
class CurrentUser;
class Database;

/// Departments' progress on the campaign's milestones: the board of lights, "behind today", and recording
/// a milestone as done with its evidence.
class MilestoneService : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 kMaxAttachmentBytes = 20 * 1024 * 1024;

    /// Writes need a clerk or an administrator (`user`), are audited, and are signed with the user's name.
    MilestoneService(Database& database, const Clock& clock, const CurrentUser& user, AuditLog& audit,
                     QObject* parent = nullptr);

    /// The board of a campaign on the clock's today (active departments only).
    Result<MilestoneBoard> board(qint64 campaignId) const;
    /// One record with its attachment, or nullopt.
    Result<std::optional<MilestoneCompletion>> completion(qint64 milestoneId, qint64 departmentId) const;
    /// Records (or corrects) a completion: the done date may not lie in the future, the milestone must
    /// apply to the department, the attachment is at most 20 MB.
    Result<MilestoneCompletion> record(MilestoneCompletion completion);
    /// Withdraws a completion recorded by mistake.
    Result<void> clear(qint64 milestoneId, qint64 departmentId);

signals:
    void changed();

private:
    Database& m_database;
    const Clock& m_clock;
    const CurrentUser& m_user;
    AuditLog& m_audit;
    CampaignRepository m_campaigns;
    DepartmentRepository m_departments;
    MilestoneRepository m_milestones;
};

} // namespace branddesk
