// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaign/campaign.h"

#include <QJsonObject>
#include <QLatin1String>

namespace branddesk {

/// Audit entity names of the campaign calendar (beside AuditEntities::kDepartment …).
namespace CampaignAuditEntities {
inline constexpr QLatin1String kCampaign{"campaign"};
inline constexpr QLatin1String kPhase{"phase"};
inline constexpr QLatin1String kMilestone{"milestone"};
inline constexpr QLatin1String kMilestoneCompletion{"milestone_completion"};
} // namespace CampaignAuditEntities

/// The fields the audit log keeps of a campaign (not its calendar: phases and milestones are their own
/// entities), a phase, a milestone and a completion record (the attachment by name and size).
QJsonObject snapshotOf(const Campaign& campaign);
QJsonObject snapshotOf(const Phase& phase);
QJsonObject snapshotOf(const Milestone& milestone);
QJsonObject snapshotOf(const MilestoneCompletion& completion);

} // namespace branddesk
