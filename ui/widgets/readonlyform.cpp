// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/readonlyform.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTextEdit>

namespace branddesk::readonlyform {
namespace {

/// Inside the line about other PCs (RecordWatch): its Reload reads, it does not write.
bool isWatch(const QWidget* widget)
{
    for (const QWidget* w = widget; w != nullptr; w = w->parentWidget())
        if (w->objectName() == QLatin1String("recordWatchFrame"))
            return true;
    return false;
}

bool closes(QDialogButtonBox* box, QAbstractButton* button)
{
    const QDialogButtonBox::ButtonRole role = box->buttonRole(button);
    return role == QDialogButtonBox::RejectRole || role == QDialogButtonBox::DestructiveRole ||
           box->standardButton(button) == QDialogButtonBox::Close ||
           box->standardButton(button) == QDialogButtonBox::Cancel;
}

} // namespace

void apply(QWidget* form, const QList<QWidget*>& keep)
{
    auto kept = [&keep](const QWidget* w) { return keep.contains(const_cast<QWidget*>(w)) || isWatch(w); };
    for (QLineEdit* edit : form->findChildren<QLineEdit*>()) // an editable combo box's too
        if (!kept(edit))
            edit->setReadOnly(true);
    for (QPlainTextEdit* edit : form->findChildren<QPlainTextEdit*>())
        if (!kept(edit))
            edit->setReadOnly(true);
    for (QTextEdit* edit : form->findChildren<QTextEdit*>())
        if (!kept(edit))
            edit->setReadOnly(true);
    for (QComboBox* combo : form->findChildren<QComboBox*>())
        if (!kept(combo))
            combo->setEnabled(false);
    for (QAbstractSpinBox* spin : form->findChildren<QAbstractSpinBox*>()) // dates and numbers
        if (!kept(spin))
            spin->setReadOnly(true);
    for (QAbstractItemView* view : form->findChildren<QAbstractItemView*>())
        if (!kept(view))
            view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QList<QAbstractButton*> boxButtons;
    for (QDialogButtonBox* box : form->findChildren<QDialogButtonBox*>()) {
        for (QAbstractButton* button : box->buttons()) {
            boxButtons.append(button);
            if (!closes(box, button) && !kept(button)) {
                button->setEnabled(false);
                button->hide();
            }
        }
    }
    for (QAbstractButton* button : form->findChildren<QAbstractButton*>()) {
        if (kept(button) || boxButtons.contains(button))
            continue;
        button->setEnabled(false);
        if (qobject_cast<QPushButton*>(button) != nullptr)
            button->hide(); // an action that is not offered is not shown; ticks and options keep showing their state
    }
    for (QShortcut* shortcut : form->findChildren<QShortcut*>())
        shortcut->setEnabled(false);
    for (QAction* action : form->actions())
        action->setEnabled(false);
}

} // namespace branddesk::readonlyform
