// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

class QAbstractItemModel;
class QAction;
class QBoxLayout;
class QComboBox;
class QLineEdit;
class QTableView;
class QWidget;

/// The shared make-up of a page that lists records (departments, brands, and every later list), so
/// they all look and answer the keyboard alike.
namespace branddesk::recordlist {

/// A read-only, row-selecting, sortable table over `model`, in the model's own order until a header is clicked,
/// that keeps its selection and scroll position when the model reloads (ViewStateKeeper). Its columns fit their
/// contents as measured on the rows in view and about a hundred more, never on every row.
void setUpTable(QTableView* table, QAbstractItemModel* model);

/// "All categories" followed by each department category, with the category (as int) as item data.
void fillCategories(QComboBox* combo);

/// An action of the page, with a shortcut that works while focus is anywhere inside the page.
QAction* addPageAction(QWidget* page, const QString& text, const QKeySequence& shortcut, const char* objectName);

/// Ctrl+F on the page puts the cursor in `search` with its text selected.
void addFindShortcut(QWidget* page, QLineEdit* search);

/// A text-only tool bar with `actions` (nullptr for a separator) at the top of `layout`.
void addToolBar(QWidget* page, QBoxLayout* layout, const QList<QAction*>& actions);

} // namespace branddesk::recordlist
