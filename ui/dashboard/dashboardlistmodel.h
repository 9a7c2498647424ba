// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace branddesk {

/// The rows behind a dashboard card's number (the departments without a brand, the call list, the overdue
/// milestones …), as texts. Read-only.
class DashboardListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    struct Row {
        QStringList cells;
        qint64 departmentId = 0;
        int category = -1; ///< DepartmentCategory as int; -1 when the row is not a department's
    };

    explicit DashboardListModel(QObject* parent = nullptr);

    void setList(const QStringList& headers, const QList<Row>& rows);
    const QList<Row>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<Row> m_rows;
};

} // namespace branddesk
