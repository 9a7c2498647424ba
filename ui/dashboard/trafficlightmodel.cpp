// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/trafficlightmodel.h"

#include "core/summary/dashboardfigures.h"
#include "ui/widgets/itemroles.h"
#include "ui/widgets/statusicon.h"

namespace branddesk {
namespace {

int severity(Light light)
{
    switch (light) {
    case Light::Red:
        return 3;
    case Light::Yellow:
        return 2;
    case Light::Green:
        return 1;
    case Light::Grey:
    case Light::None:
        break;
    }
    return 0;
}

Light lightOf(const dashboardfigures::DepartmentLights& lights, int column)
{
    switch (column) {
    case TrafficLightModel::BrandColumn:
        return lights.brand;
    case TrafficLightModel::MilestonesColumn:
        return lights.milestones;
    case TrafficLightModel::ReportsColumn:
        return lights.reports;
    case TrafficLightModel::RectificationsColumn:
        return lights.rectifications;
    default:
        return Light::None;
    }
}

} // namespace

TrafficLightModel::TrafficLightModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void TrafficLightModel::setFigures(const CampaignFigures& figures)
{
    beginResetModel();
    m_rows = figures.rows;
    endResetModel();
}

int TrafficLightModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrafficLightModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrafficLightModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const DepartmentFigures& row = m_rows.at(index.row());
    const dashboardfigures::DepartmentLights lights = dashboardfigures::departmentLights(row);
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case DepartmentColumn:
            return row.department.name;
        case CategoryColumn:
            return departmentCategoryName(row.department.category);
        case BrandColumn:
            return row.bestCompleteness < 0 ? tr("no brand") : QStringLiteral("%1%").arg(row.bestCompleteness);
        case MilestonesColumn:
            return row.milestonesOverdue > 0 ? tr("%1/%2, %3 overdue")
                                                   .arg(row.milestonesDone)
                                                   .arg(row.milestonesDue)
                                                   .arg(row.milestonesOverdue)
                                             : tr("%1/%2").arg(row.milestonesDone).arg(row.milestonesDue);
        case ReportsColumn:
            return tr("%1 on time, %2 late, %3 missing")
                .arg(row.reports.onTime)
                .arg(row.reports.late)
                .arg(row.reports.missing);
        case RectificationsColumn:
            return tr("%1 open, %2 overdue").arg(row.openRectifications).arg(row.overdueRectifications);
        default:
            return {};
        }
    case Qt::DecorationRole:
        return lightOf(lights, column) == Light::None ? QVariant() : QVariant(lightIcon(lightOf(lights, column)));
    case Qt::ToolTipRole:
        return row.isNamedForLateness() ? row.latenessReason() : QVariant();
    case SortRole:
        switch (column) {
        case DepartmentColumn:
            return row.department.name;
        case CategoryColumn:
            return int(row.department.category);
        case BrandColumn:
            return severity(lights.brand) * 1000 + (100 - std::max(row.bestCompleteness, 0));
        case MilestonesColumn:
            return severity(lights.milestones) * 1000 + row.milestonesOverdue;
        case ReportsColumn:
            return severity(lights.reports) * 1000 + 10 * row.reports.missing + row.reports.late;
        case RectificationsColumn:
            return severity(lights.rectifications) * 1000 + 10 * row.overdueRectifications + row.openRectifications;
        default:
            return {};
        }
    case IdRole:
    case DepartmentIdRole:
        return row.department.id;
    case CategoryRole:
        return int(row.department.category);
    case StatusRole:
        return int(lightOf(lights, column));
    case NeedsAttentionRole:
        return lights.brand == Light::Red || lights.milestones == Light::Red || lights.reports == Light::Red ||
               lights.rectifications == Light::Red;
    default:
        return {};
    }
}

QVariant TrafficLightModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DepartmentColumn:
        return tr("Department");
    case CategoryColumn:
        return tr("Category");
    case BrandColumn:
        return tr("Brand completeness");
    case MilestonesColumn:
        return tr("Milestones due so far: done/due");
    case ReportsColumn:
        return tr("Weekly reports");
    case RectificationsColumn:
        return tr("Rectifications");
    default:
        return {};
    }
}

} // namespace branddesk
