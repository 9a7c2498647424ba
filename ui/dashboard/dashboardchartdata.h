// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/summary/campaignfigures.h"

namespace branddesk {

class ChartDataModel;

/// Fills the dashboard's chart models from core's figures (core/summary/dashboardfigures.h): labels and
/// translation only, no calculation of their own.
namespace dashboardcharts {

/// Weekly on-time rate in percent, one category per week of the period; a second series counts the weeks owed.
void fillWeeklyOnTime(ChartDataModel* model, const ReportCompliance& compliance, const DateRange& period);
/// Milestones done / overdue / due and open, by department category (stacked).
void fillMilestonesByCategory(ChartDataModel* model, const CampaignFigures& figures);
/// Departments per brand completeness bucket.
void fillCompleteness(ChartDataModel* model, const CampaignFigures& figures);
/// The `count` departments with the most overdue items (DepartmentFigures::overdueItems()), most first.
void fillFurthestBehind(ChartDataModel* model, const CampaignFigures& figures, int count = 10);

} // namespace dashboardcharts
} // namespace branddesk
