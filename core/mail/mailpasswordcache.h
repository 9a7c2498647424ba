// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mail/mailsettings.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>

namespace branddesk {

/// The mail servers' passwords, in memory only and only while the program runs: asked for at the first use
/// after the program starts (MailPasswordPrompt), never written anywhere. One per server (host, port and user),
/// so the inbox and the reminders share one when they use the same account. A password a server refused is
/// forgotten, so the next use asks again. Safe to use from the fetching and sending threads.
class MailPasswordCache {
public:
    std::optional<QString> password(const MailServer& server) const;
    void remember(const MailServer& server, const QString& password);
    /// Called when the server refused the login.
    void forget(const MailServer& server);
    void clear();

private:
    static QString keyOf(const MailServer& server);

    mutable QMutex m_mutex;
    QHash<QString, QString> m_passwords;
};

} // namespace branddesk
