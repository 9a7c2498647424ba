// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/dashboardchartdata.h"

#include "core/summary/dashboardfigures.h"
#include "ui/dashboard/chartdatamodel.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

namespace branddesk::dashboardcharts {

void fillWeeklyOnTime(ChartDataModel* model, const ReportCompliance& compliance, const DateRange& period)
{
    QStringList weeks;
    ChartDataModel::Series rate{QCoreApplication::translate("DashboardCharts", "On time (%)"), {}};
    for (const dashboardfigures::WeekCompliance& week : dashboardfigures::onTimeRateByWeek(compliance, period)) {
        weeks.append(QString::number(week.week.number()));
        const int owed = week.counts.owed();
        rate.values.append(owed == 0 ? 0 : 100.0 * week.counts.onTime / owed);
    }
    model->setChartData(weeks, {rate}, 100);
}

void fillMilestonesByCategory(ChartDataModel* model, const CampaignFigures& figures)
{
    QStringList categories;
    ChartDataModel::Series done{QCoreApplication::translate("DashboardCharts", "Done"), {}};
    ChartDataModel::Series open{QCoreApplication::translate("DashboardCharts", "Due, open"), {}};
    ChartDataModel::Series overdue{QCoreApplication::translate("DashboardCharts", "Overdue"), {}};
    for (const dashboardfigures::CategoryMilestones& entry : dashboardfigures::milestonesByCategory(figures)) {
        categories.append(departmentCategoryName(entry.category));
        done.values.append(entry.done);
        open.values.append(entry.open);
        overdue.values.append(entry.overdue);
    }
    model->setChartData(categories, {done, open, overdue});
}

void fillCompleteness(ChartDataModel* model, const CampaignFigures& figures)
{
    QStringList buckets;
    ChartDataModel::Series departments{QCoreApplication::translate("DashboardCharts", "Departments"), {}};
    for (const dashboardfigures::CompletenessBucket& bucket : dashboardfigures::completenessDistribution(figures)) {
        buckets.append(bucket.label());
        departments.values.append(bucket.departments);
    }
    model->setChartData(buckets, {departments});
}

void fillFurthestBehind(ChartDataModel* model, const CampaignFigures& figures, int count)
{
    // Ranked by a figure a leader can check by counting: overdue items, one each; late weeks only break ties.
    QList<DepartmentFigures> behind;
    std::copy_if(figures.rows.cbegin(), figures.rows.cend(), std::back_inserter(behind),
                 [](const DepartmentFigures& row) { return row.overdueItems() > 0; });
    std::stable_sort(behind.begin(), behind.end(), [](const DepartmentFigures& a, const DepartmentFigures& b) {
        if (a.overdueItems() != b.overdueItems())
            return a.overdueItems() > b.overdueItems();
        return a.reports.late > b.reports.late;
    });
    QStringList names;
    ChartDataModel::Series items{
        QCoreApplication::translate("DashboardCharts",
                                    "Overdue items: missing weeks, overdue milestones, rectifications and problems"),
        {}};
    for (const DepartmentFigures& row : behind.mid(0, count)) {
        names.append(row.department.displayShortName());
        items.values.append(row.overdueItems());
    }
    model->setChartData(names, {items});
}

} // namespace branddesk::dashboardcharts
