// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"

#include <QTimeZone>

namespace branddesk {

void SystemClock::setToday(const QDate& today)
{
    m_offsetDays = today.isValid() ? QDate::currentDate().daysTo(today) : 0;
}

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc().addDays(m_offsetDays);
}

QString toStorageTimestamp(const QDateTime& moment)
{
    return moment.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStorageTimestamp(const QString& text)
{
    QDateTime result = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!result.isValid())
        result = QDateTime::fromString(text, Qt::ISODate);
    return result.toUTC();
}

} // namespace branddesk
