// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assessment/assessmentresult.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace branddesk {

/// The assessment table as shown: one row a department, the columns of assessmentdocuments::headers(). IdRole is the
/// department's id; a row whose records changed after finalising says so in its tooltip and is shown in italics.
class AssessmentTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit AssessmentTableModel(QObject* parent = nullptr);

    void setTable(const AssessmentTable& table);
    const AssessmentTable& table() const { return m_table; }
    /// The row of a department, -1 when it is not in the table.
    int rowOf(qint64 departmentId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    AssessmentTable m_table;
    QStringList m_headers;
    QList<QStringList> m_cells;
};

} // namespace branddesk
