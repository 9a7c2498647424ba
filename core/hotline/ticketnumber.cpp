// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hotline/ticketnumber.h"

#include <QRegularExpression>

namespace branddesk {

QString TicketNumber::toString() const
{
    return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(sequence, 6, 10, QLatin1Char('0'));
}

TicketNumber TicketNumber::parse(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{1,9})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    TicketNumber number{match.captured(1).toInt(), match.captured(2).toInt()};
    return number.isValid() ? number : TicketNumber();
}

TicketNumber TicketNumber::next(int year, const TicketNumber& highest)
{
    if (!highest.isValid() || highest.year != year)
        return {year, 1};
    return {year, highest.sequence + 1};
}

} // namespace branddesk
