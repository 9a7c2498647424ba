// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/chartdatamodel.h"

#include "ui/widgets/itemroles.h"

#include <QLocale>

namespace branddesk {

ChartDataModel::ChartDataModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ChartDataModel::setChartData(const QStringList& categories, const QList<Series>& series, qreal maximum)
{
    beginResetModel();
    m_categories = categories;
    m_series = series;
    for (Series& s : m_series)
        s.values.resize(categories.size());
    m_maximum = maximum;
    endResetModel();
}

qreal ChartDataModel::value(int category, int series) const
{
    if (series < 0 || series >= m_series.size() || category < 0 || category >= m_categories.size())
        return 0;
    return m_series.at(series).values.at(category);
}

int ChartDataModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_categories.size());
}

int ChartDataModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_series.size());
}

QVariant ChartDataModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_categories.size() || index.column() >= m_series.size())
        return {};
    const qreal v = value(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return QLocale().toString(v, 'g', 4);
    case Qt::EditRole:
    case SortRole:
        return v;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ChartDataModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return {};
    if (orientation == Qt::Horizontal)
        return section < m_series.size() ? QVariant(m_series.at(section).name) : QVariant();
    return section < m_categories.size() ? QVariant(m_categories.at(section)) : QVariant();
}

} // namespace branddesk
