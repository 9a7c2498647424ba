// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/calllistmodel.h"

#include "ui/widgets/itemroles.h"

namespace branddesk {

CallListModel::CallListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CallListModel::setCompliance(const ReportCompliance& compliance)
{
    beginResetModel();
    m_lines.clear();
    QHash<qint64, int> missed;
    for (const ReportCompliance::Row& row : compliance.rows())
        missed.insert(row.department.id, row.counts.missing);
    for (const Department& department : compliance.notYetReported())
        m_lines.append({department, missed.value(department.id)});
    endResetModel();
}

int CallListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int CallListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line& line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case SortRole:
        switch (index.column()) {
        case DepartmentColumn:
            return line.department.name;
        case ContactColumn:
            return line.department.contactPerson;
        case PhoneColumn:
            return line.department.phone;
        case MissedColumn:
            return line.missed;
        default:
            return {};
        }
    case IdRole:
    case DepartmentIdRole:
        return line.department.id;
    case CategoryRole:
        return int(line.department.category);
    default:
        return {};
    }
}

QVariant CallListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DepartmentColumn:
        return tr("Not yet reported");
    case ContactColumn:
        return tr("Contact");
    case PhoneColumn:
        return tr("Phone");
    case MissedColumn:
        return tr("Weeks missed");
    default:
        return {};
    }
}

} // namespace branddesk
