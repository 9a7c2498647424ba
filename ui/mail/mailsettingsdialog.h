// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mail/mailsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace branddesk {

class Session;

/// File › Mail Settings…: the office mailbox the inbox fetches from (IMAP) and the server the reminders go
/// out through (SMTP). Saved in the database for every PC; passwords are asked for at first use and never saved.
/// A leader sees the settings read-only. Test Connection logs in to the IMAP server off the UI thread.
class MailSettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit MailSettingsDialog(Session& session, QWidget* parent = nullptr);

    MailSettings settings() const;
    void accept() override;

private:
    struct ServerFields {
        QLineEdit* host = nullptr;
        QSpinBox* port = nullptr;
        QComboBox* security = nullptr;
        QLineEdit* user = nullptr;
    };
    ServerFields makeServerFields(const QString& prefix, const MailServer& server, int tlsPort, int startTlsPort);
    static MailServer serverFrom(const ServerFields& fields);
    void testConnection();

    Session& m_session;
    MailSettings m_loaded;
    ServerFields m_incoming;
    ServerFields m_outgoing;
    QLineEdit* m_folder;
    QSpinBox* m_fetchEvery;
    QCheckBox* m_samePassword;
    QLineEdit* m_fromAddress;
    QLineEdit* m_fromName;
    QLabel* m_problem;
};

} // namespace branddesk
