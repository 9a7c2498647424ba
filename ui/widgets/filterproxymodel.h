// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSortFilterProxyModel>

namespace branddesk {

/// Filters a table by free text (any column's display text) and by exact role values, and sorts by
/// SortRole with Chinese text in pinyin order. Shared by every list of records.
class FilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit FilterProxyModel(QObject* parent = nullptr);

    /// Rows whose display text in any column contains every whitespace-separated word.
    void setSearchText(const QString& text);
    /// Rows whose first column has `value` in `role`; an invalid QVariant removes the filter.
    void setRoleFilter(int role, const QVariant& value);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QStringList m_words;
    QHash<int, QVariant> m_roleFilters;
};

} // namespace branddesk
