// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/gridentrydelegate.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTableView>

namespace branddesk {
namespace {

constexpr QAbstractItemView::EditTriggers kGridEditTriggers =
    QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked;

} // namespace

void GridEntryDelegate::setUpGrid(QTableView* table, QAbstractItemModel* model)
{
    table->setModel(model);
    table->setItemDelegate(new GridEntryDelegate(table));
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setSelectionBehavior(QAbstractItemView::SelectItems);
    table->setEditTriggers(kGridEditTriggers);
    table->setTabKeyNavigation(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
}

void GridEntryDelegate::setTyping(QTableView* table, bool enabled)
{
    table->setEditTriggers(enabled ? kGridEditTriggers : QAbstractItemView::NoEditTriggers);
}

QWidget* GridEntryDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                         const QModelIndex& index) const
{
    auto* editor = new QLineEdit(parent);
    editor->setObjectName(QStringLiteral("gridCellLineEdit"));
    editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    Q_UNUSED(option);
    Q_UNUSED(index);
    return editor;
}

bool GridEntryDelegate::eventFilter(QObject* editor, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            auto* widget = qobject_cast<QWidget*>(editor);
            emit commitData(widget);
            emit closeEditor(widget, QAbstractItemDelegate::EditNextItem);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(editor, event);
}

} // namespace branddesk
