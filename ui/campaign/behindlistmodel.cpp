// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaign/behindlistmodel.h"

#include "core/text/dates.h"
#include "ui/widgets/itemroles.h"
#include "ui/widgets/statusicon.h"

#include <QLocale>

namespace branddesk {

BehindListModel::BehindListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void BehindListModel::setItems(const QList<BehindItem>& items, const QHash<qint64, DepartmentCategory>& categories)
{
    beginResetModel();
    m_items = items;
    m_categories = categories;
    endResetModel();
}

int BehindListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int BehindListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BehindListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const BehindItem& item = m_items.at(index.row());
    const bool overdue = item.light == Light::Red;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StateColumn:
            return overdue ? tr("%n day(s) overdue", nullptr, item.daysOverdue)
                           : (item.daysLeft == 0 ? tr("Due today") : tr("Due in %n day(s)", nullptr, item.daysLeft));
        case DepartmentColumn:
            return item.departmentName;
        case ItemColumn:
            return item.title;
        case DueColumn:
            return dates::shown(item.due);
        default:
            return {};
        }
    case Qt::DecorationRole:
        return index.column() == StateColumn ? QVariant(lightIcon(item.light)) : QVariant();
    case SortRole:
        switch (index.column()) {
        case StateColumn:
            return overdue ? 1000 + item.daysOverdue : 500 - item.daysLeft;
        case DueColumn:
            return item.due;
        default:
            return data(index, Qt::DisplayRole);
        }
    case IdRole:
    case DepartmentIdRole:
        return item.departmentId;
    case MilestoneIdRole:
        return item.itemId;
    case CategoryRole:
        return static_cast<int>(m_categories.value(item.departmentId, DepartmentCategory::Other));
    case NeedsAttentionRole:
        return overdue;
    default:
        return {};
    }
}

QVariant BehindListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn:
        return tr("State");
    case DepartmentColumn:
        return tr("Department");
    case ItemColumn:
        return tr("Behind on");
    case DueColumn:
        return tr("Due");
    default:
        return {};
    }
}

} // namespace branddesk
