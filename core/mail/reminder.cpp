// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/reminder.h"

#include <QRegularExpression>

namespace branddesk {

QStringList emailAddressesIn(const QString& field)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;，；、]+"));
    static const QRegularExpression address(QStringLiteral("^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+$"));
    QStringList result;
    for (const QString& part : field.split(separators, Qt::SkipEmptyParts))
        if (address.match(part).hasMatch() && !result.contains(part, Qt::CaseInsensitive))
            result.append(part);
    return result;
}

} // namespace branddesk
