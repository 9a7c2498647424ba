// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/mailsecurity.h"

#include <QCoreApplication>

namespace branddesk {

QList<MailSecurity> allMailSecurities()
{
    return {MailSecurity::Tls, MailSecurity::StartTls, MailSecurity::None};
}

QString mailSecurityCode(MailSecurity security)
{
    switch (security) {
    case MailSecurity::Tls:
        return QStringLiteral("tls");
    case MailSecurity::StartTls:
        return QStringLiteral("starttls");
    case MailSecurity::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<MailSecurity> mailSecurityFromCode(const QString& code)
{
    for (MailSecurity s : allMailSecurities())
        if (mailSecurityCode(s) == code)
            return s;
    return std::nullopt;
}

QString mailSecurityName(MailSecurity security)
{
    switch (security) {
    case MailSecurity::Tls:
        return QCoreApplication::translate("MailSecurity", "SSL/TLS");
    case MailSecurity::StartTls:
        return QCoreApplication::translate("MailSecurity", "STARTTLS");
    case MailSecurity::None:
        break;
    }
    return QCoreApplication::translate("MailSecurity", "None (unencrypted)");
}

} // namespace branddesk
