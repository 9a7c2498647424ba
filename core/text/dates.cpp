// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/dates.h"

#include <QLocale>
#include <QRegularExpression>

namespace branddesk::dates {

QString shown(const QDate& date)
{
    if (!date.isValid())
        return {};
    const QLocale locale;
    // The long form names the weekday ("dddd, MMMM d, yyyy", "yyyy年M月d日dddd"); a list needs only the date.
    static const QRegularExpression weekday(QStringLiteral("\\s*[,，]?\\s*dddd\\s*[,，]?\\s*"));
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.replace(weekday, QStringLiteral(" "));
    return locale.toString(date, format.trimmed());
}

QString shown(const QDateTime& moment)
{
    if (!moment.isValid())
        return {};
    return shown(moment.date()) + QLatin1Char(' ') + QLocale().toString(moment.time(), QLocale::ShortFormat);
}

} // namespace branddesk::dates
