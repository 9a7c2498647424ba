// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QObject>

class QShortcut;
class QWidget;

namespace branddesk {

/// A window's shortcut that keeps working while the cursor is in a text field. Text fields claim some keys for
/// themselves before any shortcut sees them (Ctrl+Ins is Copy to them, Shift+Del Cut), so a window's Ctrl+Ins
/// would do nothing while the user types; this declines the text field's claim for these keys inside the window.
class TextFieldShortcut : public QObject {
    Q_OBJECT
public:
    /// A shortcut for `keys` on `window` (window-wide), working in its text fields too.
    static QShortcut* add(QWidget* window, const QKeySequence& keys);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    TextFieldShortcut(QShortcut* shortcut, QWidget* window);

    QShortcut* m_shortcut;
    QWidget* m_window;
};

} // namespace branddesk
