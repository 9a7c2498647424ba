// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/enterprise/problem.h"

#include <QAbstractTableModel>
#include <QDate>

namespace branddesk {

/// The problem ledger (EnterpriseService::problems): status light, enterprise, problem, the responsible leader,
/// team and plan, deadline, department and the latest progress. Overdue rows are red (NeedsAttentionRole).
class ProblemListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        StatusColumn,
        EnterpriseColumn,
        DescriptionColumn,
        LeaderColumn,
        TeamColumn,
        PlanColumn,
        DeadlineColumn,
        DepartmentColumn,
        ProgressColumn,
        ColumnCount
    };

    explicit ProblemListModel(QObject* parent = nullptr);
    /// `today` judges which are overdue.
    void setItems(const QList<Problem>& items, const QDate& today);
    const Problem& itemAt(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "In progress", "Open — 3 days overdue", "Solved on 2009-06-02".
    static QString statusText(const Problem& problem, const QDate& today);

private:
    QList<Problem> m_items;
    QDate m_today;
};

} // namespace branddesk
