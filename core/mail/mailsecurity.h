// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mail/mailsettings.h"

#include <QList>
#include <QString>

#include <optional>

namespace branddesk {

QList<MailSecurity> allMailSecurities();
/// "tls", "starttls", "none": as stored.
QString mailSecurityCode(MailSecurity security);
std::optional<MailSecurity> mailSecurityFromCode(const QString& code);
/// The translated name shown in the settings ("SSL/TLS", "STARTTLS", "None (tests only)").
QString mailSecurityName(MailSecurity security);

} // namespace branddesk
