// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hotline/phonemask.h"

namespace branddesk {

QString maskedPhone(const QString& phone)
{
    const QString text = phone.simplified().remove(QLatin1Char(' '));
    if (text.isEmpty())
        return QString();
    const qsizetype n = text.size();
    if (n <= 8)
        return QString(n > 2 ? n - 2 : n, QLatin1Char('*')) + (n > 2 ? text.right(2) : QString());
    return text.left(3) + QString(n - 7, QLatin1Char('*')) + text.right(4);
}

QString listedPhone(const QString& phone, bool confidential, bool mayRead)
{
    return mayRead && !confidential ? phone : maskedPhone(phone);
}

QString phoneDigits(const QString& phone)
{
    QString digits;
    for (const QChar c : phone)
        if (c.isDigit())
            digits.append(c);
    return digits;
}

} // namespace branddesk
