// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/brand.h"
#include "core/domain/light.h"
#include "core/summary/campaignfigures.h"

#include <QList>
#include <QString>

/// The dashboard's charts and traffic lights, derived from CampaignFigures and ReportCompliance: the same
/// figures the supervision summary prints, arranged for pictures. Pure functions; the UI only draws them.
namespace branddesk::dashboardfigures {

/// One week's reports of all departments: the points of the "on time over time" line.
struct WeekCompliance {
    ReportWeek week;
    ComplianceCounts counts;
};
/// Every week whose due day lies in `period` (all weeks when it is invalid), oldest first. The counts of the
/// weeks add up to compliance.overall(period).
QList<WeekCompliance> onTimeRateByWeek(const ReportCompliance& compliance, const DateRange& period = {});

/// Milestones due by the figures' cutoff in one department category: done, overdue, and due today but open.
struct CategoryMilestones {
    DepartmentCategory category = DepartmentCategory::Administrative;
    int done = 0;
    int overdue = 0;
    int open = 0;
    int due() const { return done + overdue + open; }
};
/// One entry per department category that has departments, in category order; they add up to the figures'
/// milestonesDue, milestonesDone and milestonesOverdue.
QList<CategoryMilestones> milestonesByCategory(const CampaignFigures& figures);

/// A bar of the brand completeness distribution: how many departments' best brand falls in [from, to]
/// percent; from = to = -1 for the departments without a brand.
struct CompletenessBucket {
    int from = 0;
    int to = 0;
    int departments = 0;
    /// "No brand", "0–49%", "100%" (translated).
    QString label() const;
};
/// The buckets: no brand, 0–49, 50–79, 80–99, 100; they add up to the figures' departments.
QList<CompletenessBucket> completenessDistribution(const CampaignFigures& figures);

/// A department's four traffic lights (督查红绿灯).
struct DepartmentLights {
    Light brand = Light::None;          ///< red without a brand, yellow under 80 %, green from 80 %
    Light milestones = Light::None;     ///< red with one overdue, yellow with one due and open, else green
    Light reports = Light::None;        ///< red with a missing week, yellow with a late one, else green
    Light rectifications = Light::None; ///< red with one overdue, yellow with one open, else green
};
/// Best brand completeness at which the brand light turns green.
inline constexpr int kGoodCompleteness = 80;
DepartmentLights departmentLights(const DepartmentFigures& row);

/// The brands behind the figures' brand count: those of the figures' (active) departments, in the order of
/// `all`.
QList<BrandOverview> brandsOf(const CampaignFigures& figures, const QList<BrandOverview>& all);

} // namespace branddesk::dashboardfigures
