// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

#include <optional>

namespace branddesk {

struct Error;

/// The one way the UI shows a message. Tests pre-answer the next box with setNextAnswer(), so a
/// dialog never blocks an offscreen test, and they can read what the last box said.
class MessageBox {
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button critical(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget* parent, const QString& title, const QString& text, Buttons buttons = QMessageBox::Ok,
                          Button defaultButton = QMessageBox::NoButton);
    static Button information(QWidget* parent, const QString& title, const QString& text);
    static Button question(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                           Button defaultButton);
    /// Shows a core Error: its message, and its technical detail behind "Show Details…".
    static void error(QWidget* parent, const QString& title, const Error& error);

    /// The next box returns `answer` at once instead of showing itself.
    static void setNextAnswer(Button answer);
    /// The text of the last box shown or answered (for tests).
    static QString lastText();

private:
    static Button show(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text,
                       const QString& detail, Buttons buttons, Button defaultButton);
    static std::optional<Button> s_nextAnswer;
    static QString s_lastText;
};

} // namespace branddesk
