// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/summary/dashboardfigures.h"

#include <QCoreApplication>
#include <QSet>

namespace branddesk::dashboardfigures {

QList<WeekCompliance> onTimeRateByWeek(const ReportCompliance& compliance, const DateRange& period)
{
    QList<WeekCompliance> weeks;
    for (int column = 0; column < compliance.weeks().size(); ++column) {
        const ReportWeek& week = compliance.weeks().at(column);
        if (period.start.isValid() && !period.contains(compliance.dueMoment(week).date()))
            continue;
        WeekCompliance point{week, {}};
        for (const ReportCompliance::Row& row : compliance.rows())
            if (column < row.weeks.size())
                point.counts.add(row.weeks.at(column));
        weeks.append(point);
    }
    return weeks;
}

QList<CategoryMilestones> milestonesByCategory(const CampaignFigures& figures)
{
    QList<CategoryMilestones> categories;
    for (DepartmentCategory category : allDepartmentCategories()) {
        CategoryMilestones entry{category, 0, 0, 0};
        bool any = false;
        for (const DepartmentFigures& row : figures.rows) {
            if (row.department.category != category)
                continue;
            any = true;
            entry.done += row.milestonesDone;
            entry.overdue += row.milestonesOverdue;
            entry.open += row.milestonesDue - row.milestonesDone - row.milestonesOverdue;
        }
        if (any)
            categories.append(entry);
    }
    return categories;
}

QString CompletenessBucket::label() const
{
    if (from < 0)
        return QCoreApplication::translate("DashboardFigures", "No brand");
    if (from == to)
        return QCoreApplication::translate("DashboardFigures", "%1%").arg(from);
    return QCoreApplication::translate("DashboardFigures", "%1–%2%").arg(from).arg(to);
}

QList<CompletenessBucket> completenessDistribution(const CampaignFigures& figures)
{
    QList<CompletenessBucket> buckets = {{-1, -1, 0}, {0, 49, 0}, {50, 79, 0}, {80, 99, 0}, {100, 100, 0}};
    for (const DepartmentFigures& row : figures.rows) {
        for (CompletenessBucket& bucket : buckets) {
            if (row.bestCompleteness >= bucket.from && row.bestCompleteness <= bucket.to) {
                ++bucket.departments;
                break;
            }
        }
    }
    return buckets;
}

DepartmentLights departmentLights(const DepartmentFigures& row)
{
    DepartmentLights lights;
    lights.brand = row.brandCount == 0 || row.bestCompleteness < 0 ? Light::Red
                   : row.bestCompleteness < kGoodCompleteness      ? Light::Yellow
                                                                   : Light::Green;
    lights.milestones = row.milestonesOverdue > 0                ? Light::Red
                        : row.milestonesDone < row.milestonesDue ? Light::Yellow
                        : row.milestonesDue > 0                  ? Light::Green
                                                                 : Light::Grey;
    lights.reports = row.reports.missing > 0  ? Light::Red
                     : row.reports.late > 0   ? Light::Yellow
                     : row.reports.owed() > 0 ? Light::Green
                                              : Light::Grey;
    lights.rectifications = row.overdueRectifications > 0 ? Light::Red
                            : row.openRectifications > 0  ? Light::Yellow
                                                          : Light::Green;
    return lights;
}

QList<BrandOverview> brandsOf(const CampaignFigures& figures, const QList<BrandOverview>& all)
{
    QSet<qint64> departments;
    for (const DepartmentFigures& row : figures.rows)
        departments.insert(row.department.id);
    QList<BrandOverview> brands;
    for (const BrandOverview& brand : all)
        if (departments.contains(brand.brand.departmentId))
            brands.append(brand);
    return brands;
}

} // namespace branddesk::dashboardfigures
