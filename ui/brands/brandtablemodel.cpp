// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/brands/brandtablemodel.h"

#include "core/services/brandservice.h"
#include "ui/widgets/itemroles.h"
#include "ui/widgets/statusicon.h"

#include <QBrush>
#include <QColor>

namespace branddesk {

BrandTableModel::BrandTableModel(BrandService& service, QObject* parent, FirstLoad firstLoad)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    if (firstLoad == FirstLoad::Now)
        reload();
}

void BrandTableModel::reload()
{
    Result<QList<BrandOverview>> overviews = m_service.overviews();
    if (!overviews) {
        emit loadFailed(overviews.error().message);
        return;
    }
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(overviews->size());
    for (BrandOverview& overview : *overviews) {
        const Completeness completeness = Completeness::of(overview.brand);
        m_rows.append(Row{std::move(overview), completeness});
    }
    endResetModel();
}

int BrandTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BrandTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int BrandTableModel::rowOf(qint64 brandId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).overview.brand.id == brandId)
            return row;
    }
    return -1;
}

QVariant BrandTableModel::displayData(const Row& row, int column) const
{
    const Brand& brand = row.overview.brand;
    switch (column) {
    case NameColumn:
        return brand.name();
    case DepartmentColumn:
        return row.overview.departmentName;
    case CategoryColumn:
        return departmentCategoryName(row.overview.departmentCategory);
    case StatusColumn:
        return brandStatusName(brand.status);
    case LogoColumn:
        return brand.hasLogo ? tr("Yes") : tr("None");
    case CompletenessColumn:
        return QStringLiteral("%1%").arg(row.completeness.percent());
    case MissingColumn: {
        const QStringList missing = row.completeness.missing();
        if (missing.isEmpty())
            return tr("Complete");
        return tr("%n item(s): %1", nullptr, static_cast<int>(missing.size())).arg(missing.first());
    }
    default:
        return {};
    }
}

QVariant BrandTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const Brand& brand = row.overview.brand;
    const int percent = row.completeness.percent();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::DecorationRole:
        if (index.column() == CompletenessColumn)
            return lightIcon(percent == 100 ? Light::Green : percent >= 50 ? Light::Yellow : Light::Red);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == MissingColumn)
            return row.completeness.missing().join(QLatin1Char('\n'));
        return {};
    case Qt::ForegroundRole:
        if (!row.overview.departmentActive)
            return QBrush(QColor(0x80, 0x80, 0x80));
        if (index.column() == LogoColumn && !brand.hasLogo)
            return QBrush(QColor(0xc0, 0x1f, 0x2f));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LogoColumn || index.column() == CompletenessColumn)
            return int(Qt::AlignCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case StatusColumn:
            return static_cast<int>(brand.status);
        case LogoColumn:
            return brand.hasLogo;
        case CompletenessColumn:
        case MissingColumn:
            return percent;
        default:
            return displayData(row, index.column());
        }
    case IdRole:
        return brand.id;
    case CategoryRole:
        return static_cast<int>(row.overview.departmentCategory);
    case StatusRole:
        return static_cast<int>(brand.status);
    case ActiveRole:
        return row.overview.departmentActive;
    case NeedsAttentionRole:
        return percent < 100;
    default:
        return {};
    }
}

QVariant BrandTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Brand");
    case DepartmentColumn:
        return tr("Department");
    case CategoryColumn:
        return tr("Category");
    case StatusColumn:
        return tr("Status");
    case LogoColumn:
        return tr("Logo");
    case CompletenessColumn:
        return tr("Completeness");
    case MissingColumn:
        return tr("Still missing");
    default:
        return {};
    }
}

} // namespace branddesk
