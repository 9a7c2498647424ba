// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/mail/mailsettings.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>

namespace branddesk {

/// Reads the office mailbox over IMAP with libcurl: its UIDVALIDITY, the UIDs from one on, and whole messages
/// by UID (the URL form `…/INBOX/;UID=n`, which Debian 12's libcurl fetches reliably, where a custom FETCH
/// loses the body). One connection, reused for every call. Blocking: call it off the UI thread.
///
/// Errors say what the user can do: the server cannot be reached (Error::Code::Unreachable), the server refused
/// the user or password (Error::Code::Forbidden: forget the password), the work was stopped
/// (Error::Code::Cancelled), anything else (Error::Code::Generic with curl's words as the detail).
class ImapClient {
public:
    ImapClient(const MailServer& server, const QString& password, const QString& folder);
    ~ImapClient();
    ImapClient(const ImapClient&) = delete;
    ImapClient& operator=(const ImapClient&) = delete;

    /// Long calls give up soon after `*stop` becomes true.
    void setStop(const std::atomic_bool* stop) { m_stop = stop; }

    /// Logs in and examines the folder (read-only): its UIDVALIDITY.
    Result<quint64> uidValidity();
    /// The UIDs of the folder's messages from `firstUid` on, ascending.
    Result<QList<quint64>> uidsFrom(quint64 firstUid);
    /// The whole raw message `uid` (fetching it marks it read on the server).
    Result<QByteArray> fetch(quint64 uid);

private:
    Result<QByteArray> perform(const QString& path, const QByteArray& customRequest);
    QString baseUrl() const;

    MailServer m_server;
    QString m_password;
    QString m_folder;
    const std::atomic_bool* m_stop = nullptr;
    void* m_curl = nullptr;
};

} // namespace branddesk
