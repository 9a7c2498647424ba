// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QInputMethodEvent>
#include <QTimer>
#include <QWidget>

#include <catch2/catch.hpp>

#include <functional>

namespace branddesk::test {

/// Types text the way an input method does: QTest::keyClicks cannot send Chinese characters.
inline void typeText(QWidget* widget, const QString& text)
{
    widget->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

/// Finds a child by object name, failing the test when it is missing.
template <typename T> T* child(QWidget* parent, const char* name)
{
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    INFO("looking for " << name);
    REQUIRE(found != nullptr);
    return found;
}

/// Runs `trigger` (which opens a modal dialog of type T and blocks in exec()) and, once the dialog is up,
/// `handle` on it, with the dialog made the active window (so shortcuts reach it). A dialog `handle` leaves
/// open is closed afterwards. Returns false when no such dialog appeared in 5 s.
template <typename T> bool withModal(const std::function<void()>& trigger, const std::function<void(T*)>& handle)
{
    bool seen = false;
    QElapsedTimer waited;
    waited.start();
    auto* poll = new QTimer;
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, [&seen, &waited, poll, &handle] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
            poll->stop();
            seen = true;
            dialog->activateWindow();
            QApplication::setActiveWindow(dialog);
            handle(dialog);
            // A handler that failed half-way must not leave the test blocked in exec(): close for it,
            // past any unsaved-changes guard.
            if (dialog->isVisible())
                dialog->done(QDialog::Rejected);
        } else if (waited.elapsed() > 5000) {
            poll->stop();
            if (QWidget* other = QApplication::activeModalWidget())
                other->close();
        }
    });
    poll->start();
    trigger();
    poll->stop();
    delete poll;
    return seen;
}

} // namespace branddesk::test
