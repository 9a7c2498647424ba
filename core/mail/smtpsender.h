// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/mail/mailsettings.h"

#include <QByteArray>
#include <QString>

#include <atomic>

namespace branddesk {

/// Hands messages to an SMTP server with libcurl: implicit TLS (smtps), STARTTLS or (loopback tests only) none;
/// AUTH with the server's user and the password given. One connection is kept for a batch of messages.
/// Blocking: use it off the UI thread.
class SmtpSender {
public:
    SmtpSender(const MailServer& server, const QString& password);
    ~SmtpSender();
    SmtpSender(const SmtpSender&) = delete;
    SmtpSender& operator=(const SmtpSender&) = delete;

    /// Sends `message` from `from` to the one address `to` (the envelope; the headers are the message's own).
    /// Fails with Unreachable (no connection, TLS failed), Forbidden (user or password refused), Validation (the
    /// server refused this address or the message) or Cancelled (`*stop` became true). Unreachable and
    /// Forbidden concern the whole batch (see stopsBatch()).
    Result<void> send(const QString& from, const QString& to, const QByteArray& message,
                      const std::atomic_bool* stop = nullptr);

    /// Whether an error of send() means the other messages cannot go either.
    static bool stopsBatch(const Error& error);

private:
    MailServer m_server;
    QByteArray m_password;
    void* m_curl = nullptr; // CURL*, kept out of this header
};

} // namespace branddesk
