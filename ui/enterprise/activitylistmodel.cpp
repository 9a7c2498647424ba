// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/enterprise/activitylistmodel.h"

#include "core/text/characters.h"
#include "ui/widgets/itemroles.h"

namespace branddesk {

ActivityListModel::ActivityListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ActivityListModel::setItems(const QList<Activity>& items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

int ActivityListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int ActivityListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Activity& a = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DatesColumn:
            return a.datesText();
        case DepartmentColumn:
            return a.departmentName;
        case KindColumn:
            return a.kindText();
        case EnterpriseColumn:
            return a.enterpriseName;
        case LeaderColumn:
            return a.leadingOfficial;
        case ParticipantsColumn:
            return a.participants;
        case DescriptionColumn:
            return oneLine(a.description);
        case OutcomeColumn:
            return oneLine(a.outcome);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == DescriptionColumn)
            return a.description;
        if (index.column() == OutcomeColumn)
            return a.outcome;
        return tr("Recorded by %1").arg(a.recordedBy);
    case SortRole:
        if (index.column() == DatesColumn)
            return a.startDate;
        return data(index, Qt::DisplayRole);
    case IdRole:
        return a.id;
    case DepartmentIdRole:
        return a.departmentId;
    case StatusRole:
        return int(a.kind);
    default:
        return {};
    }
}

QVariant ActivityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DatesColumn:
        return tr("Date");
    case DepartmentColumn:
        return tr("Department");
    case KindColumn:
        return tr("Activity");
    case EnterpriseColumn:
        return tr("Enterprise / zone / project");
    case LeaderColumn:
        return tr("Leading official");
    case ParticipantsColumn:
        return tr("Participants");
    case DescriptionColumn:
        return tr("Description");
    case OutcomeColumn:
        return tr("Outcome");
    default:
        return {};
    }
}

} // namespace branddesk
