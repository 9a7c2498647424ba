// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/mailsnapshots.h"

#include "core/mail/mailsecurity.h"

namespace branddesk {

QJsonObject snapshotOf(const MailSettings& s)
{
    return {{QStringLiteral("imap_host"), s.incoming.host},
            {QStringLiteral("imap_port"), s.incoming.port},
            {QStringLiteral("imap_security"), mailSecurityCode(s.incoming.security)},
            {QStringLiteral("imap_user"), s.incoming.user},
            {QStringLiteral("folder"), s.folder},
            {QStringLiteral("fetch_every_minutes"), s.fetchEveryMinutes},
            {QStringLiteral("smtp_host"), s.outgoing.host},
            {QStringLiteral("smtp_port"), s.outgoing.port},
            {QStringLiteral("smtp_security"), mailSecurityCode(s.outgoing.security)},
            {QStringLiteral("smtp_user"), s.outgoing.user},
            {QStringLiteral("from_address"), s.fromAddress},
            {QStringLiteral("from_name"), s.fromName},
            {QStringLiteral("smtp_uses_imap_password"), s.sendWithIncomingPassword}};
}

} // namespace branddesk
