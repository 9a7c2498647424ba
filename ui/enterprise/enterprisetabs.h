// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <utility>

class QComboBox;
class QTableWidget;

/// The make-up the enterprise service's tabs share: their filter pickers and their plain tables.
namespace branddesk::enterprisetabs {

/// Ids and names for a filter picker (departments, enterprises), in the order shown.
using Choices = QList<std::pair<qint64, QString>>;

/// `all` (id 0) followed by `items`, keeping the current choice; an editable picker completes any part of a name.
void fillIdCombo(QComboBox* combo, const QString& all, const Choices& items);
/// The id chosen in a picker filled by fillIdCombo(): 0 for "all", or for typed text that names nothing.
qint64 comboId(const QComboBox* combo);
/// A read-only table of whole rows, one selected at a time, its last column stretched.
void setUpTableWidget(QTableWidget* table);

} // namespace branddesk::enterprisetabs
