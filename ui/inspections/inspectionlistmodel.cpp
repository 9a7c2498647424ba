// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inspections/inspectionlistmodel.h"

#include "ui/widgets/itemroles.h"
#include "ui/widgets/statusicon.h"

namespace branddesk {

InspectionListModel::InspectionListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void InspectionListModel::setItems(const QList<InspectionListItem>& items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

int InspectionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int InspectionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InspectionListModel::rectificationsText(const InspectionListItem& item)
{
    if (item.rectificationCount == 0)
        return {};
    if (item.openCount == 0)
        return tr("all %n done", nullptr, item.rectificationCount);
    if (item.overdueCount == 0)
        return tr("%n open", nullptr, item.openCount);
    return tr("%1 open, %2 overdue").arg(item.openCount).arg(item.overdueCount);
}

QVariant InspectionListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const InspectionListItem& item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return item.date.toString(QStringLiteral("yyyy-MM-dd"));
        case DepartmentColumn:
            return item.departmentName;
        case KindColumn:
            return inspectionKindName(item.kind);
        case InspectorsColumn:
            return item.inspectors;
        case NotMetColumn:
            return item.notMetCount;
        case RectificationsColumn:
            return rectificationsText(item);
        case FindingsColumn:
            return QString(item.findings).replace(QLatin1Char('\n'), QLatin1Char(' '));
        default:
            return {};
        }
    case Qt::EditRole:
        if (index.column() == DateColumn)
            return item.date;
        return data(index, Qt::DisplayRole);
    case Qt::DecorationRole:
        if (index.column() == RectificationsColumn)
            return lightIcon(item.rectificationLight());
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NotMetColumn:
            return tr("%1 of %2 items not met, %3 partly met")
                .arg(item.notMetCount)
                .arg(item.checkCount)
                .arg(item.partlyCount);
        case RectificationsColumn:
            return item.nextOpenDeadline.isValid()
                       ? tr("Next deadline: %1").arg(item.nextOpenDeadline.toString(QStringLiteral("yyyy-MM-dd")))
                       : QVariant();
        case FindingsColumn:
            return item.findings;
        default:
            return tr("Recorded by %1").arg(item.recordedBy);
        }
    case SortRole:
        switch (index.column()) {
        case DateColumn:
            return item.date;
        case NotMetColumn:
            return item.notMetCount;
        case RectificationsColumn:
            return item.overdueCount * 1000 + item.openCount;
        default:
            return data(index, Qt::DisplayRole);
        }
    case IdRole:
        return item.id;
    case DepartmentIdRole:
        return item.departmentId;
    case CategoryRole:
        return int(item.category);
    case NeedsAttentionRole:
        return item.overdueCount > 0;
    default:
        return {};
    }
}

QVariant InspectionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case DepartmentColumn:
        return tr("Department");
    case KindColumn:
        return tr("Kind");
    case InspectorsColumn:
        return tr("Inspectors");
    case NotMetColumn:
        return tr("Not met");
    case RectificationsColumn:
        return tr("Rectifications");
    case FindingsColumn:
        return tr("Findings");
    default:
        return {};
    }
}

} // namespace branddesk
