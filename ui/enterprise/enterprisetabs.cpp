// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/enterprise/enterprisetabs.h"

#include <QComboBox>
#include <QCompleter>
#include <QHeaderView>
#include <QTableWidget>

namespace branddesk::enterprisetabs {

void fillIdCombo(QComboBox* combo, const QString& all, const Choices& items)
{
    const QSignalBlocker block(combo);
    const QVariant current = combo->currentData();
    combo->clear();
    combo->addItem(all, qint64(0));
    for (const auto& [id, name] : items)
        combo->addItem(name, id);
    if (combo->isEditable()) {
        auto* completer = new QCompleter(combo->model(), combo);
        completer->setFilterMode(Qt::MatchContains);
        completer->setCompletionMode(QCompleter::PopupCompletion);
        combo->setCompleter(completer);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

qint64 comboId(const QComboBox* combo)
{
    if (combo->count() == 0)
        return 0;
    const int index =
        combo->isEditable() ? combo->findText(combo->currentText(), Qt::MatchFixedString) : combo->currentIndex();
    return index >= 0 ? combo->itemData(index).toLongLong() : 0;
}

void setUpTableWidget(QTableWidget* table)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
}

} // namespace branddesk::enterprisetabs
