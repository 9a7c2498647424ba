// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mail/mailsettings.h"

#include <QJsonObject>
#include <QLatin1String>

namespace branddesk {

namespace MailAuditEntities {
inline constexpr QLatin1String kMailSettings{"mail-settings"};
/// A message of the inbox accepted as a report or dismissed as "not a report".
inline constexpr QLatin1String kMailMessage{"mail-message"};
} // namespace MailAuditEntities

/// What the audit log keeps of the mail settings: every field (there is no password among them).
QJsonObject snapshotOf(const MailSettings& settings);

} // namespace branddesk
