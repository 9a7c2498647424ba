// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/department.h"

#include <QAbstractTableModel>

namespace branddesk {

class DepartmentService;

/// The department register as a table: a thin adapter over DepartmentService::overviews(), reloaded
/// whenever departments or brands change.
class DepartmentTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ShortNameColumn,
        CategoryColumn,
        EnterpriseFacingColumn,
        SupervisesColumn,
        PrincipalLeaderColumn,
        LeaderInChargeColumn,
        ContactColumn,
        PhoneColumn,
        BrandsColumn,
        CompletenessColumn,
        ActiveColumn,
        ColumnCount
    };

    explicit DepartmentTableModel(DepartmentService& service, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The department on a row (of this model, not a proxy).
    const DepartmentOverview& overviewAt(int row) const { return m_rows.at(row); }
    /// The row of a department id, or -1.
    int rowOf(qint64 id) const;

public slots:
    /// Reloads from the service; keeps the last good rows and emits loadFailed on error.
    void reload();

signals:
    void loadFailed(const QString& message);

private:
    QVariant displayData(const DepartmentOverview& row, int column) const;

    DepartmentService& m_service;
    QList<DepartmentOverview> m_rows;
};

} // namespace branddesk
