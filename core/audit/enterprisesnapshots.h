// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/enterprise/activity.h"
#include "core/enterprise/enterprise.h"
#include "core/enterprise/problem.h"

#include <QJsonObject>
#include <QLatin1String>

namespace branddesk {

namespace EnterpriseAuditEntities {
inline constexpr QLatin1String kEnterprise{"enterprise"};
inline constexpr QLatin1String kActivity{"enterprise-activity"};
inline constexpr QLatin1String kProblem{"enterprise-problem"};
} // namespace EnterpriseAuditEntities

/// What the audit log keeps of a remembered enterprise: its name and kind.
QJsonObject snapshotOf(const Enterprise& enterprise);
/// What the audit log keeps of an activity: its own fields (the enterprise by id and name).
QJsonObject snapshotOf(const Activity& activity);
/// What the audit log keeps of a problem: its own fields, and one key per stored progress note
/// ("note:<id>": "date text"), so an edit's entry names exactly the notes that changed.
QJsonObject snapshotOf(const Problem& problem);

} // namespace branddesk
