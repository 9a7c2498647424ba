// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/weeklyreport.h"

#include <QJsonObject>
#include <QLatin1String>

namespace branddesk {

namespace ReportAuditEntities {
inline constexpr QLatin1String kWeeklyReport{"weekly_report"};
} // namespace ReportAuditEntities

/// What the audit log keeps of a report: every field a clerk enters, attachments by name and size.
QJsonObject snapshotOf(const WeeklyReport& report);

} // namespace branddesk
