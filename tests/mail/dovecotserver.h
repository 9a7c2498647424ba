// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mail/mailsettings.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace branddesk::test {

/// A real Dovecot IMAP server of the test's own (tests/support/dovecot.sh): plain IMAP on a free loopback port,
/// one mailbox, started by the constructor and stopped by the destructor. Fails the current test if it cannot
/// start.
class DovecotServer {
public:
    DovecotServer();
    ~DovecotServer();
    DovecotServer(const DovecotServer&) = delete;
    DovecotServer& operator=(const DovecotServer&) = delete;

    /// Puts a raw message into the mailbox's INBOX.
    void deliver(const QByteArray& raw);
    /// Mail settings that reach this server (no encryption: loopback only).
    MailSettings settings() const;
    QString password() const { return m_password; }
    int port() const { return m_port; }

private:
    bool run(const QStringList& arguments) const;

    QTemporaryDir m_dir;
    int m_port = 0;
    QString m_user;
    QString m_password;
    int m_delivered = 0;
};

} // namespace branddesk::test
