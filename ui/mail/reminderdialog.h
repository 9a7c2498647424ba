// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mail/mailsettings.h"
#include "core/mail/reminder.h"
#include "core/mail/remindermailer.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class ReminderDialog;
}

namespace branddesk {

class Session;

/// "Send reminders" (催报) from the compliance view's call list: every reminder of this week, previewed exactly as
/// it will go out (from, to, subject, text), then sent over SMTP in a worker thread with a progress dialog that can
/// be cancelled; each sent reminder is logged against its department, a refused address is reported and the
/// others still go. Departments without an e-mail address get the printed 催报通知单 (Print notices…).
class ReminderDialog : public QDialog {
    Q_OBJECT
public:
    /// Asks for the outgoing server's password when sending starts (nullopt: the user cancelled).
    using PasswordPrompt = std::function<std::optional<QString>(QWidget* parent, const MailSettings& settings)>;

    /// Where the window gets the office's mail settings and the SMTP password from (the mail settings service and
    /// the password cache with its prompt); without them the preview and the printed notices still work, and
    /// sending says that the outgoing server is not set up.
    struct MailAccess {
        std::function<Result<MailSettings>()> settings;
        PasswordPrompt password;
        std::function<void(const MailSettings& settings)> passwordRefused;
    };

    ReminderDialog(Session& session, qint64 campaignId, const MailSettings& settings, PasswordPrompt password,
                   QWidget* parent = nullptr);
    ~ReminderDialog() override;

    /// Called when the server refused the password, so that it is asked for again next time.
    void setPasswordRefused(std::function<void(const MailSettings& settings)> refused)
    {
        m_passwordRefused = std::move(refused);
    }

    const QList<ReminderDraft>& drafts() const { return m_drafts; }
    /// The outcome of the last sending (empty before).
    const ReminderBatch& lastBatch() const { return m_batch; }

public slots:
    /// Sends every reminder that has an address, then logs and reports what went.
    void send();
    /// Print preview of the 催报通知单 of the departments without an address.
    void printNotices();

private:
    void showDraft(int row);
    void updateHeadline();
    QString reportOf(const ReminderBatch& batch) const;

    std::unique_ptr<Ui::ReminderDialog> m_ui;
    Session& m_session;
    qint64 m_campaignId;
    MailSettings m_settings;
    PasswordPrompt m_password;
    std::function<void(const MailSettings&)> m_passwordRefused;
    QList<ReminderDraft> m_drafts;
    ReminderBatch m_batch;
};

} // namespace branddesk
