// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

class QTableView;

namespace branddesk {

/// The delegate of the keyboard-only grids (scores, survey counts): Enter, like Tab, commits the value and
/// moves on to the next cell, opening its editor, so a paper sheet is typed in without touching the mouse.
class GridEntryDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// Makes `table` a keyboard-only grid over `model` with this delegate: one cell at a time, typing opens the
    /// cell, Tab and Enter move on, the columns share the width.
    static void setUpGrid(QTableView* table, QAbstractItemModel* model);
    /// Whether typing into `table` opens a cell: only where a value can be saved.
    static void setTyping(QTableView* table, bool enabled);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    bool eventFilter(QObject* editor, QEvent* event) override;
};

} // namespace branddesk
