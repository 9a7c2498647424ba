// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/hotline/ticket.h"

#include <QJsonObject>
#include <QLatin1String>

namespace branddesk {

namespace HotlineAuditEntities {
inline constexpr QLatin1String kTicket{"hotline-ticket"};
} // namespace HotlineAuditEntities

/// What the audit log keeps of a ticket: its fields, the caller's phone masked (the log is read by leaders too).
QJsonObject snapshotOf(const Ticket& ticket);
/// The translated label of a ticket's snapshot key.
QString hotlineFieldLabel(const QString& key);

} // namespace branddesk
