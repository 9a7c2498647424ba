// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/exporttable.h"

#include <QString>

class QAbstractItemView;
class QAction;
class QWidget;

/// Export of any list the program shows to an Excel workbook or a CSV file, so every view offers it alike:
/// a page calls addExportAction() once (and puts the action on its tool bar with recordlist::addToolBar).
namespace branddesk::tableexport {

/// The table `view` shows, titled `title`, as it looks on screen: the visible columns in their visual order
/// (hidden and moved columns as the user left them), the header texts, and the rows in the view's order (a
/// proxy's sorting and filtering included; rows hidden in the view left out; in a tree, every row depth first,
/// collapsed ones too). A cell is its DisplayRole text, typed when the model answers Qt::EditRole (or, failing
/// that, Qt::DisplayRole itself) with a number, a QDate or a QDateTime while the shown text has a digit: then it
/// exports as a number or a date. Models that keep something else under EditRole (an enum behind a label)
/// export the label, as long as the label has no digit. A cell showing only a check box exports "Yes" or "No".
ExportTable fromView(const QAbstractItemView* view, const QString& title);

/// Asks where to save (FileDialog::getSaveFileName, "Excel workbook (*.xlsx)" or "CSV (*.csv)", proposing
/// `suggestedFileName`, or `title`, with .xlsx unless it ends in .csv) and writes fromView(view, title) there
/// under a wait cursor; a failure is shown with MessageBox::error. A name typed without a suffix gets the one
/// of the chosen filter. Returns true when a file was written, false when cancelled or failed.
bool exportView(QWidget* parent, QAbstractItemView* view, const QString& title,
                const QString& suggestedFileName = QString());

/// Adds "Export…" (Ctrl+E, working anywhere inside `page`) to a page, exporting `view` under `title`.
/// Returns the action, named "exportAction", for the page's tool bar.
QAction* addExportAction(QWidget* page, QAbstractItemView* view, const QString& title);

} // namespace branddesk::tableexport
