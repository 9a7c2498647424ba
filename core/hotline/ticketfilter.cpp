// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hotline/ticketfilter.h"

namespace branddesk {

bool TicketFilter::matches(const Ticket& t, const QDate& today) const
{
    if (departmentId != 0 && t.departmentId != departmentId)
        return false;
    if (status && t.status() != *status)
        return false;
    if (kind && t.kind != *kind)
        return false;
    if (month.isValid()) {
        const QDate received = t.receivedOn();
        if (received.year() != month.year() || received.month() != month.month())
            return false;
    }
    if (overdueOnly && !t.isOverdue(today))
        return false;
    const QString needle = text.trimmed();
    if (!needle.isEmpty() && !t.number.contains(needle) && !t.callerName.contains(needle, Qt::CaseInsensitive) &&
        !t.content.contains(needle, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace branddesk
