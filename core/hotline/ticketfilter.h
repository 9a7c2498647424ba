// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/hotline/ticket.h"

#include <QDate>
#include <QString>

#include <optional>

namespace branddesk {

/// Which tickets a list shows: by department, status, kind, the month received, overdue only, and a text found
/// in the number, the caller's name or the content.
struct TicketFilter {
    qint64 departmentId = 0; ///< 0: every department
    std::optional<TicketStatus> status;
    std::optional<TicketKind> kind;
    QDate month; ///< any day of the month received; invalid: every month
    bool overdueOnly = false;
    QString text;

    bool matches(const Ticket& ticket, const QDate& today) const;
};

} // namespace branddesk
