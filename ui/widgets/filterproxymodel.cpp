// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/filterproxymodel.h"

#include "core/text/collation.h"
#include "ui/widgets/itemroles.h"

namespace branddesk {

FilterProxyModel::FilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setDynamicSortFilter(true);
}

void FilterProxyModel::setSearchText(const QString& text)
{
    m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void FilterProxyModel::setRoleFilter(int role, const QVariant& value)
{
    if (value.isValid())
        m_roleFilters.insert(role, value);
    else
        m_roleFilters.remove(role);
    invalidateRowsFilter();
}

bool FilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    for (auto it = m_roleFilters.cbegin(); it != m_roleFilters.cend(); ++it) {
        if (model->data(first, it.key()) != it.value())
            return false;
    }
    if (m_words.isEmpty())
        return true;
    QString haystack;
    for (int column = 0; column < model->columnCount(sourceParent); ++column)
        haystack += model->data(model->index(sourceRow, column, sourceParent)).toString() + QLatin1Char('\n');
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&haystack](const QString& word) { return haystack.contains(word, Qt::CaseInsensitive); });
}

bool FilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(SortRole);
    const QVariant b = right.data(SortRole);
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
        return compareChinese(a.toString(), b.toString()) < 0;
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace branddesk
