// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaign/milestoneboard.h"

#include <QAbstractTableModel>

namespace branddesk {

/// The "behind today" list as a table: what is overdue (and due soon), by whom, by how many days.
/// Shared by the behind-today page and, later, the dashboard.
class BehindListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { StateColumn, DepartmentColumn, ItemColumn, DueColumn, ColumnCount };

    explicit BehindListModel(QObject* parent = nullptr);
    void setItems(const QList<BehindItem>& items, const QHash<qint64, DepartmentCategory>& categories);
    const BehindItem& itemAt(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<BehindItem> m_items;
    QHash<qint64, DepartmentCategory> m_categories;
};

} // namespace branddesk
