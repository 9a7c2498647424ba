// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hotline/workcalendar.h"

namespace branddesk {

bool WorkCalendar::isWorkingDay(const QDate& date) const
{
    if (m_makeUpDays.contains(date))
        return true;
    if (m_holidays.contains(date))
        return false;
    return date.dayOfWeek() <= 5;
}

QDate WorkCalendar::addWorkingDays(const QDate& from, int days) const
{
    if (!from.isValid())
        return QDate();
    QDate date = from;
    if (days <= 0) {
        while (!isWorkingDay(date))
            date = date.addDays(1);
        return date;
    }
    int counted = 0;
    while (counted < days) {
        date = date.addDays(1);
        if (isWorkingDay(date))
            ++counted;
    }
    return date;
}

int WorkCalendar::workingDaysBetween(const QDate& from, const QDate& to) const
{
    int days = 0;
    for (QDate date = from.addDays(1); date.isValid() && date <= to; date = date.addDays(1))
        if (isWorkingDay(date))
            ++days;
    return days;
}

} // namespace branddesk
