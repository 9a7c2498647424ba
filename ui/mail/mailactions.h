// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/mail/reminderdialog.h"

#include <QObject>

class QMenu;
class QWidget;

namespace branddesk {

class Session;

/// The main window's mail entries (in the File menu): the mail settings (read-only for a leader); and the reminders'
/// way to the settings and the password.
class MailActions : public QObject {
    Q_OBJECT
public:
    MailActions(Session& session, QWidget* window);

    void addTo(QMenu* menu);
    /// How "Send reminders" reaches the mail settings and the SMTP password (asked once, kept in memory).
    static ReminderDialog::MailAccess reminderAccess(Session& session);

private:
    Session& m_session;
    QWidget* m_window;
};

} // namespace branddesk
