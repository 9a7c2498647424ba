// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace branddesk {

// How the connection to a mail server is protected. Tls is implicit TLS (IMAPS 993, SMTPS 465);
// StartTls upgrades a plain connection (IMAP 143, submission 587); None is for loopback tests only.
enum class MailSecurity { Tls, StartTls, None };

// One mail server the office uses. The password is never part of it: it is asked for at the first use
// after the program starts and kept in memory only (see MailPasswordCache).
struct MailServer {
    QString host;
    int port = 0;
    MailSecurity security = MailSecurity::Tls;
    QString user;

    bool isConfigured() const { return !host.trimmed().isEmpty() && port > 0 && !user.trimmed().isEmpty(); }
    bool operator==(const MailServer&) const = default;
};

// The office mailbox (§五.3 of the notice: departments send their weekly reports there) and the server the
// reminders (催报) are sent through. Kept in the database, so that every PC of a shared office uses the same.
struct MailSettings {
    MailServer incoming; // IMAP
    QString folder = QStringLiteral("INBOX");
    int fetchEveryMinutes = 10;           // 0: only when the clerk presses Fetch mail
    MailServer outgoing;                  // SMTP
    QString fromAddress;                  // the office's own address, the sender of reminders
    QString fromName;                     // e.g. 机关作风建设领导小组办公室
    bool sendWithIncomingPassword = true; // outgoing.user is the same account as incoming.user

    bool operator==(const MailSettings&) const = default;
};

} // namespace branddesk
