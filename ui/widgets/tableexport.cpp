// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/tableexport.h"

#include "ui/widgets/filedialog.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/recordlist.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QListView>
#include <QTableView>
#include <QTreeView>

#include <algorithm>

namespace branddesk::tableexport {
namespace {

/// The wait cursor while a file is written, restored however the writing ends.
class WaitCursor {
public:
    WaitCursor() { QGuiApplication::setOverrideCursor(QCursor(Qt::WaitCursor)); }
    ~WaitCursor() { QGuiApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;
};

const QHeaderView* columnHeader(const QAbstractItemView* view)
{
    if (const auto* table = qobject_cast<const QTableView*>(view))
        return table->horizontalHeader();
    if (const auto* tree = qobject_cast<const QTreeView*>(view))
        return tree->header();
    return nullptr;
}

/// The model's columns as the view shows them: visible ones, in visual order.
QList<int> visibleColumns(const QAbstractItemView* view, const QModelIndex& root)
{
    QList<int> columns;
    const QHeaderView* header = columnHeader(view);
    if (header == nullptr) {
        if (view->model()->columnCount(root) > 0)
            columns.append(qobject_cast<const QListView*>(view) ? qobject_cast<const QListView*>(view)->modelColumn()
                                                                : 0);
        return columns;
    }
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && !header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

bool isRowHidden(const QAbstractItemView* view, int row, const QModelIndex& parent)
{
    if (const auto* table = qobject_cast<const QTableView*>(view))
        return table->isRowHidden(row);
    if (const auto* tree = qobject_cast<const QTreeView*>(view))
        return tree->isRowHidden(row, parent);
    if (const auto* list = qobject_cast<const QListView*>(view))
        return list->isRowHidden(row);
    return false;
}

bool isTyped(const QVariant& value)
{
    switch (ExportTable::kindOf(value)) {
    case ExportTable::CellKind::Integer:
    case ExportTable::CellKind::Decimal:
    case ExportTable::CellKind::Date:
    case ExportTable::CellKind::DateTime:
        return true;
    default:
        return false;
    }
}

QVariant cellValue(const QModelIndex& index)
{
    QVariant display = index.data(Qt::DisplayRole);
    const QString text = display.toString();
    // A number or a date is never shown without a digit: without one, the typed value is not what the cell says.
    if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); })) {
        if (QVariant edit = index.data(Qt::EditRole); isTyped(edit))
            return edit;
        if (isTyped(display))
            return display;
    }
    if (text.isEmpty()) {
        const QVariant check = index.data(Qt::CheckStateRole);
        if (check.isValid()) {
            switch (static_cast<Qt::CheckState>(check.toInt())) {
            case Qt::Checked:
                return QCoreApplication::translate("TableExport", "Yes");
            case Qt::PartiallyChecked:
                return QCoreApplication::translate("TableExport", "Partly");
            case Qt::Unchecked:
                return QCoreApplication::translate("TableExport", "No");
            }
        }
    }
    return text;
}

QVariantList rowCells(const QAbstractItemModel* model, int row, const QModelIndex& parent, const QList<int>& columns)
{
    QVariantList cells;
    cells.reserve(columns.size());
    for (int column : columns)
        cells.append(cellValue(model->index(row, column, parent)));
    return cells;
}

void appendTreeRows(const QAbstractItemView* view, const QModelIndex& parent, const QList<int>& columns,
                    QList<QVariantList>& rows)
{
    QAbstractItemModel* model = view->model();
    while (model->canFetchMore(parent))
        model->fetchMore(parent);
    for (int row = 0; row < model->rowCount(parent); ++row) {
        if (isRowHidden(view, row, parent))
            continue;
        rows.append(rowCells(model, row, parent, columns));
        const QModelIndex child = model->index(row, 0, parent);
        if (model->hasChildren(child))
            appendTreeRows(view, child, columns, rows);
    }
}

/// `name` without the characters Windows forbids in a file name.
QString safeFileName(const QString& name)
{
    QString safe = name;
    for (QChar& c : safe) {
        if (QStringView(u"\\/:*?\"<>|").contains(c) || c.category() == QChar::Other_Control)
            c = QLatin1Char('_');
    }
    safe = safe.trimmed();
    return safe.isEmpty() ? QCoreApplication::translate("TableExport", "Export") : safe;
}

} // namespace

ExportTable fromView(const QAbstractItemView* view, const QString& title)
{
    ExportTable table;
    table.title = title;
    QAbstractItemModel* model = view->model();
    if (model == nullptr)
        return table;
    const QModelIndex root = view->rootIndex();
    const QList<int> columns = visibleColumns(view, root);
    for (int column : columns)
        table.headers.append(model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());

    if (const auto* tableView = qobject_cast<const QTableView*>(view)) {
        while (model->canFetchMore(root))
            model->fetchMore(root);
        // Rows in the vertical header's visual order, which is the model's unless the user moved rows.
        const QHeaderView* rowHeader = tableView->verticalHeader();
        const int rowCount = model->rowCount(root);
        for (int visual = 0; visual < rowCount; ++visual) {
            const int row = rowHeader->count() == rowCount ? rowHeader->logicalIndex(visual) : visual;
            if (row >= 0 && !tableView->isRowHidden(row))
                table.rows.append(rowCells(model, row, root, columns));
        }
    } else {
        appendTreeRows(view, root, columns, table.rows);
    }
    return table;
}

bool exportView(QWidget* parent, QAbstractItemView* view, const QString& title, const QString& suggestedFileName)
{
    const QString xlsxFilter = QCoreApplication::translate("TableExport", "Excel workbook (*.xlsx)");
    const QString csvFilter = QCoreApplication::translate("TableExport", "CSV (*.csv)");
    QString name = safeFileName(suggestedFileName.isEmpty() ? title : suggestedFileName);
    if (!exportFormatOf(name))
        name += QLatin1String(".xlsx");
    QString selectedFilter = exportFormatOf(name) == ExportFormat::Csv ? csvFilter : xlsxFilter;
    const QString caption = QCoreApplication::translate("TableExport", "Export %1").arg(title);

    QString path = FileDialog::getSaveFileName(parent, caption, name, xlsxFilter + QLatin1String(";;") + csvFilter,
                                               &selectedFilter);
    if (path.isEmpty())
        return false;
    if (!exportFormatOf(path)) {
        // The dialog asked about replacing the name as typed, not the one with the suffix added.
        path += selectedFilter == csvFilter ? QLatin1String(".csv") : QLatin1String(".xlsx");
        if (QFileInfo::exists(path) &&
            MessageBox::question(
                parent, caption,
                QCoreApplication::translate("TableExport", "%1 already exists. Do you want to replace it?")
                    .arg(QFileInfo(path).fileName()),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
            return false;
    }

    const Result<void> written = [&] {
        const WaitCursor wait;
        return exportTable(fromView(view, title), path);
    }();
    if (!written) {
        MessageBox::error(parent, caption, written.error());
        return false;
    }
    return true;
}

QAction* addExportAction(QWidget* page, QAbstractItemView* view, const QString& title)
{
    QAction* action = recordlist::addPageAction(page, QCoreApplication::translate("TableExport", "E&xport…"),
                                                QKeySequence(Qt::CTRL | Qt::Key_E), "exportAction");
    QObject::connect(action, &QAction::triggered, view, [page, view, title] { exportView(page, view, title); });
    return action;
}

} // namespace branddesk::tableexport
