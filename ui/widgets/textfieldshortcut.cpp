// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/textfieldshortcut.h"

#include <QApplication>
#include <QKeyEvent>
#include <QShortcut>
#include <QWidget>

namespace branddesk {

QShortcut* TextFieldShortcut::add(QWidget* window, const QKeySequence& keys)
{
    auto* shortcut = new QShortcut(keys, window);
    new TextFieldShortcut(shortcut, window);
    return shortcut;
}

TextFieldShortcut::TextFieldShortcut(QShortcut* shortcut, QWidget* window)
    : QObject(shortcut)
    , m_shortcut(shortcut)
    , m_window(window)
{
    // The claim (a ShortcutOverride event) goes to the focused widget, whichever it is: watch them all, act only
    // inside this window.
    qApp->installEventFilter(this);
}

bool TextFieldShortcut::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ShortcutOverride || !m_shortcut->isEnabled())
        return false;
    auto* widget = qobject_cast<QWidget*>(watched);
    if (widget == nullptr || (widget != m_window && !m_window->isAncestorOf(widget)))
        return false;
    const auto* key = static_cast<QKeyEvent*>(event);
    if (QKeySequence(key->keyCombination()) != m_shortcut->key())
        return false;
    event->ignore(); // not the text field's: the shortcut takes it
    return true;
}

} // namespace branddesk
