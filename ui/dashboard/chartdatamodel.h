// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace branddesk {

/// The numbers behind one dashboard chart, as a table: a row per category (a week, a department category,
/// a completeness bucket, a department) and a column per series. Charts draw it; tests and a swapped
/// charting library read the same table.
class ChartDataModel : public QAbstractTableModel {
    Q_OBJECT
public:
    struct Series {
        QString name;
        QList<qreal> values; ///< one per category
    };

    explicit ChartDataModel(QObject* parent = nullptr);

    /// Replaces the chart's data. `maximum`: the value axis's top (0: from the data).
    void setChartData(const QStringList& categories, const QList<Series>& series, qreal maximum = 0);

    const QStringList& categories() const { return m_categories; }
    const QList<Series>& series() const { return m_series; }
    qreal maximum() const { return m_maximum; }
    qreal value(int category, int series) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_categories;
    QList<Series> m_series;
    qreal m_maximum = 0;
};

} // namespace branddesk
