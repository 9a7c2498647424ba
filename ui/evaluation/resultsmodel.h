// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/evaluation/evaluationcalculator.h"

#include <QAbstractTableModel>

namespace branddesk {

/// The results table of a round: rank, brand, department, category, expert, social and combined score (two
/// decimals, half up), rank within the category, and whether selected or named; best first, unranked last.
class ResultsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        RankColumn,
        BrandColumn,
        DepartmentColumn,
        CategoryColumn,
        ExpertColumn,
        SocialColumn,
        CombinedColumn,
        CategoryRankColumn,
        SelectedColumn,
        NamedColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    /// `entries` tell which results are selected or named (matched by entry id).
    void setResults(QList<BrandResult> results, const QList<EvaluationEntry>& entries);
    const BrandResult* resultAt(int row) const;
    const QList<BrandResult>& results() const { return m_results; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<BrandResult> m_results;
    QList<EvaluationEntry> m_entries;
};

} // namespace branddesk
