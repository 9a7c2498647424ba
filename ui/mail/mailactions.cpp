// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mail/mailactions.h"

#include "core/services/session.h"
#include "ui/mail/mailpasswordprompt.h"
#include "ui/mail/mailsettingsdialog.h"

#include <QAction>
#include <QMenu>

namespace branddesk {

MailActions::MailActions(Session& session, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{}

void MailActions::addTo(QMenu* menu)
{
    QAction* settings = menu->addAction(tr("Mail Settin&gs…"), this, [this] {
        MailSettingsDialog dialog(m_session, m_window);
        dialog.exec();
    });
    settings->setObjectName(QStringLiteral("mailSettingsAction"));
}

ReminderDialog::MailAccess MailActions::reminderAccess(Session& session)
{
    const auto sendingServer = [](const MailSettings& settings) {
        return settings.sendWithIncomingPassword ? settings.incoming : settings.outgoing;
    };
    return {[&session] { return session.mailSettings().load(); },
            [&session, sendingServer](QWidget* parent, const MailSettings& settings) {
                return MailPasswordPrompt::passwordFor(parent, sendingServer(settings), session.mailPasswords());
            },
            [&session, sendingServer](const MailSettings& settings) {
                session.mailPasswords().forget(sendingServer(settings));
            }};
}

} // namespace branddesk
