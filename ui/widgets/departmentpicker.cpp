// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/departmentpicker.h"

#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>

namespace branddesk::departmentpicker {

void fill(QComboBox* combo, const QList<Department>& departments)
{
    for (const Department& d : departments) {
        const bool showShort = !d.shortName.isEmpty() && !d.name.contains(d.shortName);
        combo->addItem(showShort ? QCoreApplication::translate("DepartmentPicker", "%1 (%2)", "department (short name)")
                                       .arg(d.name, d.shortName)
                                 : d.name,
                       d.id);
    }
    auto* completer = new QCompleter(combo->model(), combo);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    combo->setCompleter(completer);
    combo->setCurrentIndex(-1);
}

qint64 selectedId(const QComboBox* combo)
{
    const QString typed = combo->currentText().trimmed();
    if (typed.isEmpty())
        return 0;
    const int exact = combo->findText(typed, Qt::MatchFixedString);
    if (exact >= 0)
        return combo->itemData(exact).toLongLong();
    qint64 only = 0;
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemText(i).contains(typed, Qt::CaseInsensitive)) {
            if (only != 0)
                return 0;
            only = combo->itemData(i).toLongLong();
        }
    }
    return only;
}

} // namespace branddesk::departmentpicker
