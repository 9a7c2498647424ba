// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mail/reminder.h"

#include <QJsonObject>
#include <QLatin1String>

namespace branddesk {

namespace ReminderAuditEntities {
inline constexpr QLatin1String kReminder{"reminder"};
} // namespace ReminderAuditEntities

/// What the audit log keeps of a reminder sent: the department, the week, to whom, the subject and the text.
QJsonObject snapshotOf(const Reminder& reminder);
/// The translated label of a reminder's snapshot key.
QString reminderFieldLabel(const QString& key);

} // namespace branddesk
