// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/emailaddresses.h"

#include <QRegularExpression>

#include <algorithm>

namespace branddesk {
namespace {

QStringList partsOf(const QString& field)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;，；、]+"));
    return field.split(separators, Qt::SkipEmptyParts);
}

bool isAddress(const QString& part)
{
    static const QRegularExpression address(QStringLiteral("^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+$"));
    return address.match(part).hasMatch();
}

} // namespace

QStringList emailAddressesIn(const QString& field)
{
    QStringList result;
    for (const QString& part : partsOf(field))
        if (isAddress(part) && !result.contains(part, Qt::CaseInsensitive))
            result.append(part);
    return result;
}

bool isEmailAddressList(const QString& field)
{
    const QStringList parts = partsOf(field);
    return std::all_of(parts.begin(), parts.end(), isAddress);
}

} // namespace branddesk
