// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/dashboardlistmodel.h"

#include "ui/widgets/itemroles.h"

namespace branddesk {

DashboardListModel::DashboardListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void DashboardListModel::setList(const QStringList& headers, const QList<Row>& rows)
{
    beginResetModel();
    m_headers = headers;
    m_rows = rows;
    for (Row& row : m_rows)
        row.cells.resize(headers.size());
    endResetModel();
}

int DashboardListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DashboardListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant DashboardListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_headers.size())
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case SortRole:
        return row.cells.at(index.column());
    case IdRole:
    case DepartmentIdRole:
        return row.departmentId;
    case CategoryRole:
        return row.category < 0 ? QVariant() : QVariant(row.category);
    default:
        return {};
    }
}

QVariant DashboardListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_headers.size())
        return {};
    return m_headers.at(section);
}

} // namespace branddesk
