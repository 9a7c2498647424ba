// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/departments/departmenttablemodel.h"

#include "core/services/departmentservice.h"
#include "ui/widgets/itemroles.h"

#include <QBrush>
#include <QColor>

namespace branddesk {

DepartmentTableModel::DepartmentTableModel(DepartmentService& service, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    reload();
}

void DepartmentTableModel::reload()
{
    Result<QList<DepartmentOverview>> rows = m_service.overviews();
    if (!rows) {
        emit loadFailed(rows.error().message);
        return;
    }
    beginResetModel();
    m_rows = std::move(*rows);
    endResetModel();
}

int DepartmentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DepartmentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int DepartmentTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).department.id == id)
            return row;
    }
    return -1;
}

QVariant DepartmentTableModel::displayData(const DepartmentOverview& row, int column) const
{
    const Department& d = row.department;
    switch (column) {
    case NameColumn:
        return d.name;
    case ShortNameColumn:
        return d.shortName;
    case CategoryColumn:
        return departmentCategoryName(d.category);
    case EnterpriseFacingColumn:
        return d.enterpriseFacing ? tr("Yes") : QString();
    case SupervisesColumn:
        return d.supervisesIntermediaries ? tr("Yes") : QString();
    case PrincipalLeaderColumn:
        return d.principalLeader;
    case LeaderInChargeColumn:
        return d.leaderInCharge;
    case ContactColumn:
        return d.contactPerson;
    case PhoneColumn:
        return d.phone;
    case BrandsColumn:
        return row.lacksBrand() ? tr("No brand") : QString::number(row.brandCount);
    case CompletenessColumn:
        return row.bestCompleteness < 0 ? QString() : QStringLiteral("%1%").arg(row.bestCompleteness);
    case ActiveColumn:
        return d.active ? tr("Active") : tr("Inactive");
    default:
        return {};
    }
}

QVariant DepartmentTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DepartmentOverview& row = m_rows.at(index.row());
    const Department& d = row.department;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == BrandsColumn && row.lacksBrand())
            return tr("Every department must build at least one service brand (每个部门都至少要培育打造一项服务品牌).");
        return {};
    case Qt::ForegroundRole:
        if (!d.active)
            return QBrush(QColor(0x80, 0x80, 0x80));
        if (index.column() == BrandsColumn && row.lacksBrand())
            return QBrush(QColor(0xc0, 0x1f, 0x2f));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == BrandsColumn || index.column() == CompletenessColumn ||
            index.column() == EnterpriseFacingColumn || index.column() == SupervisesColumn)
            return int(Qt::AlignCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case BrandsColumn:
            return row.brandCount;
        case CompletenessColumn:
            return row.bestCompleteness;
        case EnterpriseFacingColumn:
            return d.enterpriseFacing;
        case SupervisesColumn:
            return d.supervisesIntermediaries;
        case ActiveColumn:
            return d.active;
        default:
            return displayData(row, index.column());
        }
    case IdRole:
        return d.id;
    case CategoryRole:
        return static_cast<int>(d.category);
    case ActiveRole:
        return d.active;
    case NeedsAttentionRole:
        return row.lacksBrand();
    default:
        return {};
    }
}

QVariant DepartmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ShortNameColumn:
        return tr("Short name");
    case CategoryColumn:
        return tr("Category");
    case EnterpriseFacingColumn:
        return tr("Enterprise-facing");
    case SupervisesColumn:
        return tr("Supervises intermediaries");
    case PrincipalLeaderColumn:
        return tr("Principal leader");
    case LeaderInChargeColumn:
        return tr("Leader in charge");
    case ContactColumn:
        return tr("Contact");
    case PhoneColumn:
        return tr("Phone");
    case BrandsColumn:
        return tr("Brands");
    case CompletenessColumn:
        return tr("Completeness");
    case ActiveColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace branddesk
