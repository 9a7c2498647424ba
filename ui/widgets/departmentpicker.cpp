// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/departmentpicker.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QKeyEvent>

namespace branddesk::departmentpicker {
namespace {

/// Enter in the type-ahead list before any row was chosen takes the first row the list shows, as the list
/// suggests, instead of leaving the half-typed text behind. On the list, ahead of QCompleter's own filter.
class FirstMatchOnEnter : public QObject {
public:
    explicit FirstMatchOnEnter(QCompleter* completer)
        : QObject(completer)
        , m_completer(completer)
    {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent*>(event)->key();
            QAbstractItemView* list = m_completer->popup();
            if ((key == Qt::Key_Return || key == Qt::Key_Enter) && watched == list && list->isVisible() &&
                !list->currentIndex().isValid() && m_completer->completionModel()->rowCount() > 0)
                list->setCurrentIndex(m_completer->completionModel()->index(0, 0));
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QCompleter* m_completer;
};

} // namespace

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
    completer->popup()->installEventFilter(new FirstMatchOnEnter(completer));
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
