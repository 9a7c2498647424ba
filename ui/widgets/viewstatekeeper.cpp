// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/viewstatekeeper.h"

#include "ui/widgets/itemroles.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QScrollBar>

namespace branddesk {

ViewStateKeeper::ViewStateKeeper(QAbstractItemView* view)
    : QObject(view)
    , m_view(view)
{
    QAbstractItemModel* model = view->model();
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &ViewStateKeeper::remember);
    connect(model, &QAbstractItemModel::modelReset, this, &ViewStateKeeper::restore);
    // A proxy that sorts or filters anew moves rows without a reset: the selection model follows those itself.
}

void ViewStateKeeper::remember()
{
    m_selectedIds.clear();
    m_currentId = QVariant();
    QItemSelectionModel* selection = m_view->selectionModel();
    if (selection != nullptr) {
        for (const QModelIndex& row : selection->selectedRows())
            m_selectedIds.append(row.data(IdRole));
        const QModelIndex current = selection->currentIndex();
        m_currentId = current.data(IdRole);
        m_currentColumn = current.isValid() ? current.column() : 0;
    }
    m_vertical = m_view->verticalScrollBar()->value();
    m_horizontal = m_view->horizontalScrollBar()->value();
    m_remembered = true;
}

void ViewStateKeeper::restore()
{
    if (!m_remembered)
        return;
    m_remembered = false;
    QAbstractItemModel* model = m_view->model();
    QItemSelectionModel* selection = m_view->selectionModel();
    if (selection != nullptr && (!m_selectedIds.isEmpty() || m_currentId.isValid())) {
        QItemSelection rows;
        QModelIndex current;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            const QVariant id = index.data(IdRole);
            if (!id.isValid())
                continue;
            if (m_selectedIds.contains(id))
                rows.select(index, model->index(row, model->columnCount() - 1));
            if (id == m_currentId)
                current = model->index(row, qMin(m_currentColumn, model->columnCount() - 1));
        }
        if (current.isValid())
            selection->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
        if (!rows.isEmpty())
            selection->select(rows, QItemSelectionModel::ClearAndSelect);
    }
    m_view->verticalScrollBar()->setValue(m_vertical);
    m_view->horizontalScrollBar()->setValue(m_horizontal);
}

} // namespace branddesk
