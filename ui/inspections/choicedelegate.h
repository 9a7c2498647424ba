// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QStyledItemDelegate>

namespace branddesk {

/// Edits a column that holds one of a few choices (an enumeration, as int under Qt::EditRole) with a combo
/// box: the arrow keys or the first letter choose, Enter or Tab commits.
class ChoiceDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    /// `choices`: the text shown and the value stored, in the order offered.
    explicit ChoiceDelegate(const QList<QPair<QString, int>>& choices, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    QList<QPair<QString, int>> m_choices;
};

} // namespace branddesk
