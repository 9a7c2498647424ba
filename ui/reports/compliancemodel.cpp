// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/compliancemodel.h"

#include "ui/widgets/itemroles.h"

#include <QColor>
#include <QLocale>

namespace branddesk {

ComplianceModel::ComplianceModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ComplianceModel::setCompliance(const ReportCompliance& compliance)
{
    beginResetModel();
    m_compliance = compliance;
    endResetModel();
}

ReportWeek ComplianceModel::weekAt(int column) const
{
    // The newest week first: this week's column stands next to the counts.
    const int index = int(m_compliance.weeks().size()) - 1 - (column - FirstWeekColumn);
    return column >= FirstWeekColumn && index >= 0 ? m_compliance.weeks().at(index) : ReportWeek();
}

int ComplianceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_compliance.rows().size());
}

int ComplianceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstWeekColumn + int(m_compliance.weeks().size());
}

QString ComplianceModel::statusMark(ReportStatus status)
{
    switch (status) {
    case ReportStatus::OnTime:
        return tr("✓", "on time");
    case ReportStatus::Late:
        return tr("L", "late: 迟");
    case ReportStatus::Missing:
        return tr("✗", "missing");
    case ReportStatus::Pending:
        return tr("…", "not yet due");
    case ReportStatus::NotOwed:
        break;
    }
    return {};
}

QColor ComplianceModel::statusColor(ReportStatus status)
{
    switch (status) {
    case ReportStatus::OnTime:
        return QColor(0xcd, 0xec, 0xcd);
    case ReportStatus::Late:
        return QColor(0xfd, 0xe9, 0xa9);
    case ReportStatus::Missing:
        return QColor(0xf6, 0xbd, 0xbd);
    case ReportStatus::Pending:
    case ReportStatus::NotOwed:
        break;
    }
    return {};
}

QVariant ComplianceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_compliance.rows().size())
        return {};
    const ReportCompliance::Row& row = m_compliance.rows().at(index.row());
    const int column = index.column();
    if (column >= FirstWeekColumn) {
        const ReportStatus status =
            row.weeks.value(row.weeks.size() - 1 - (column - FirstWeekColumn), ReportStatus::NotOwed);
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return statusMark(status);
        case Qt::BackgroundRole:
            return status == ReportStatus::OnTime || status == ReportStatus::Late || status == ReportStatus::Missing
                       ? QVariant(statusColor(status))
                       : QVariant();
        case Qt::ForegroundRole:
            return QColor(0x30, 0x30, 0x30);
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        case Qt::ToolTipRole:
            return tr("%1 — %2: %3").arg(row.department.name, weekAt(column).label(), reportStatusName(status));
        case StatusRole:
        case SortRole:
            return int(status);
        default:
            break;
        }
    } else {
        switch (role) {
        case Qt::DisplayRole:
            switch (column) {
            case DepartmentColumn:
                return row.department.name;
            case OnTimeColumn:
                return row.counts.onTime;
            case LateColumn:
                return row.counts.late;
            case MissingColumn:
                return row.counts.missing;
            case RateColumn:
                return row.counts.onTimeRate();
            default:
                return {};
            }
        case SortRole:
            if (column == RateColumn) // exact: on time per owed week, as a fraction scaled to millionths
                return row.counts.owed() == 0 ? -1 : qint64(row.counts.onTime) * 1000000 / row.counts.owed();
            return data(index, Qt::DisplayRole);
        case Qt::EditRole: // what an export writes: the counts as numbers, the rate as shown
            return data(index, Qt::DisplayRole);
        case Qt::TextAlignmentRole:
            return column == DepartmentColumn ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                              : int(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ToolTipRole:
            if (column == RateColumn)
                return tr("On time %1, late %2, missing %3 of %4 weeks owed")
                    .arg(row.counts.onTime)
                    .arg(row.counts.late)
                    .arg(row.counts.missing)
                    .arg(row.counts.owed());
            return {};
        default:
            break;
        }
    }
    switch (role) {
    case IdRole:
    case DepartmentIdRole:
        return row.department.id;
    case CategoryRole:
        return int(row.department.category);
    case NeedsAttentionRole:
        return row.counts.missing > 0;
    default:
        return {};
    }
}

QVariant ComplianceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (section >= FirstWeekColumn) {
        const ReportWeek week = weekAt(section);
        if (role == Qt::DisplayRole)
            return week.shortLabel();
        if (role == Qt::ToolTipRole)
            return week.label();
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DepartmentColumn:
        return tr("Department");
    case OnTimeColumn:
        return tr("On time");
    case LateColumn:
        return tr("Late");
    case MissingColumn:
        return tr("Missing");
    case RateColumn:
        return tr("On-time rate");
    default:
        return {};
    }
}

} // namespace branddesk
