// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mail/mailsettings.h"

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QTemporaryDir>

namespace branddesk::test {

/// A real SMTP server on a free loopback port for the length of a test: tests/support/smtpsink.py (aiosmtpd),
/// started by the constructor and stopped by the destructor. It wants AUTH as kUser/kPassword, refuses
/// recipients at *.invalid, and keeps every message it takes.
class SmtpSink {
public:
    static constexpr const char* kUser = "office@czmail.gov.cn";
    static constexpr const char* kPassword = "smtp secret 2009";

    /// Starts the server; fails the current test if it does not come up.
    SmtpSink();
    ~SmtpSink();
    SmtpSink(const SmtpSink&) = delete;
    SmtpSink& operator=(const SmtpSink&) = delete;

    int port() const { return m_port; }
    /// Mail settings that send through this server (no TLS, its user) from the office's address.
    MailSettings settings() const;
    /// Every message received so far, oldest first: the envelope ("mail_from", "rcpt_tos") and the decoded
    /// "subject", "to", "from", "date", "message_id", "charset" and "body".
    QList<QJsonObject> received() const;
    /// The raw bytes of message `index` (0-based).
    QByteArray raw(int index) const;

private:
    QTemporaryDir m_folder;
    QProcess m_process;
    int m_port = 0;
};

/// A loopback port nobody listens on (bound and released), for "the server cannot be reached".
int closedPort();

} // namespace branddesk::test
