// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inspections/inspectionlist.h"

#include <QAbstractTableModel>

namespace branddesk {

/// The inspections list (InspectionService::list): date, department, kind, inspectors, items not met, and the
/// rectification demands with a light — red with one overdue (NeedsAttentionRole), yellow with some open,
/// green when all are done.
class InspectionListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        DepartmentColumn,
        KindColumn,
        InspectorsColumn,
        NotMetColumn,
        RectificationsColumn,
        FindingsColumn,
        ColumnCount
    };

    explicit InspectionListModel(QObject* parent = nullptr);
    void setItems(const QList<InspectionListItem>& items);
    const InspectionListItem& itemAt(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "1 open, 1 overdue", "all 2 done", or empty without demands.
    static QString rectificationsText(const InspectionListItem& item);

private:
    QList<InspectionListItem> m_items;
};

} // namespace branddesk
