// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/resultsmodel.h"

#include "ui/widgets/itemroles.h"

#include <algorithm>

namespace branddesk {
namespace {

QString figure(const std::optional<Rational>& value)
{
    return value ? value->toString(2) : QString();
}

} // namespace

void ResultsModel::setResults(QList<BrandResult> results, const QList<EvaluationEntry>& entries)
{
    beginResetModel();
    std::stable_sort(results.begin(), results.end(), [](const BrandResult& a, const BrandResult& b) {
        if ((a.rank == 0) != (b.rank == 0))
            return b.rank == 0;
        return a.rank < b.rank;
    });
    m_results = std::move(results);
    m_entries = entries;
    endResetModel();
}

const BrandResult* ResultsModel::resultAt(int row) const
{
    return row >= 0 && row < m_results.size() ? &m_results.at(row) : nullptr;
}

int ResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_results.size());
}

int ResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResultsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_results.size())
        return {};
    const BrandResult& r = m_results.at(index.row());
    const EvaluationEntry* entry = nullptr;
    for (const EvaluationEntry& e : m_entries)
        if (e.id == r.entryId)
            entry = &e;
    if (role == SortRole) {
        switch (index.column()) {
        case RankColumn:
            return r.rank == 0 ? 1000000 : r.rank;
        case CategoryRankColumn:
            return r.rankInCategory == 0 ? 1000000 : r.rankInCategory;
        case ExpertColumn:
            return r.expertScore ? r.expertScore->toString(6).toDouble() : -1.0;
        case SocialColumn:
            return r.socialScore ? r.socialScore->toString(6).toDouble() : -1.0;
        case CombinedColumn:
            return r.combinedScore ? r.combinedScore->toString(6).toDouble() : -1.0;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != BrandColumn && index.column() != DepartmentColumn)
        return QVariant::fromValue(Qt::AlignCenter);
    if (role == Qt::ToolTipRole && !r.combinedScore && index.column() == CombinedColumn)
        return r.explanation.combinedFormula();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RankColumn:
        return r.rank == 0 ? tr("—") : QString::number(r.rank);
    case BrandColumn:
        return r.brandName;
    case DepartmentColumn:
        return r.departmentName;
    case CategoryColumn:
        return departmentCategoryName(r.category);
    case ExpertColumn:
        return figure(r.expertScore);
    case SocialColumn:
        return r.socialScore ? figure(r.socialScore) : tr("none");
    case CombinedColumn:
        return figure(r.combinedScore);
    case CategoryRankColumn:
        return r.rankInCategory == 0 ? tr("—") : QString::number(r.rankInCategory);
    case SelectedColumn:
        return entry && entry->selected ? tr("Typical brand") : QString();
    case NamedColumn:
        return entry && entry->isNamed() ? entry->namingDocument : QString();
    default:
        return {};
    }
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case BrandColumn:
        return tr("Brand");
    case DepartmentColumn:
        return tr("Department");
    case CategoryColumn:
        return tr("Category");
    case ExpertColumn:
        return tr("Expert score");
    case SocialColumn:
        return tr("Social score");
    case CombinedColumn:
        return tr("Combined score");
    case CategoryRankColumn:
        return tr("Rank in category");
    case SelectedColumn:
        return tr("Selected");
    case NamedColumn:
        return tr("Named");
    default:
        return {};
    }
}

} // namespace branddesk
