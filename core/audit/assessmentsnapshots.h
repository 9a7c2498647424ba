// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assessment/assessmentinput.h"

#include <QJsonObject>
#include <QLatin1String>

namespace branddesk {

namespace AssessmentAuditEntities {
inline constexpr QLatin1String kItem{"assessment-item"}; ///< a bonus, deduction, veto or social score
inline constexpr QLatin1String kYear{"assessment-year"}; ///< finalising (insert) and reopening (delete); id: year
} // namespace AssessmentAuditEntities

/// What the audit log keeps of an item entered by hand.
QJsonObject snapshotOf(const AssessmentItem& item);
/// What it keeps of finalising or reopening a year: the year, who finalised it and when, and the totals.
QJsonObject yearSnapshot(int year, const QString& finalisedBy, const QString& summary);
/// The translated label of a snapshot key of either entity.
QString assessmentFieldLabel(const QString& key);

} // namespace branddesk
