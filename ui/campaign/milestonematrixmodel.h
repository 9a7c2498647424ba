// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaign/milestoneboard.h"

#include <QAbstractTableModel>

namespace branddesk {

/// The departments × milestones matrix of a MilestoneBoard: a department per row, its progress and
/// lateness, then one light per milestone. Reloaded by its view; holds no logic of its own.
class MilestoneMatrixModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        DepartmentColumn,
        CategoryColumn,
        ProgressColumn, ///< done / applicable
        DueColumn,      ///< done / due so far: the dashboard's and the summary's figure
        OverdueColumn,
        FirstMilestoneColumn
    };

    explicit MilestoneMatrixModel(QObject* parent = nullptr);

    void setBoard(const MilestoneBoard& board);
    const MilestoneBoard& board() const { return m_board; }
    /// The milestone shown in a column, or nullptr for the leading columns.
    const Milestone* milestoneAt(int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant cellData(const DepartmentProgress& row, int column, int role) const;

    MilestoneBoard m_board;
};

} // namespace branddesk
