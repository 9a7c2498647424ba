// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/reportweek.h"

#include <QCoreApplication>

namespace branddesk {

ReportWeek ReportWeek::containing(const QDate& day)
{
    if (!day.isValid())
        return {};
    return ReportWeek(day.addDays(1 - day.dayOfWeek()));
}

ReportWeek ReportWeek::fromNumber(int year, int number)
{
    if (number < 1 || number > 53)
        return {};
    // 4 January always lies in week 1.
    const ReportWeek first = containing(QDate(year, 1, 4));
    const ReportWeek week(first.monday().addDays(7 * (number - 1)));
    return week.year() == year ? week : ReportWeek();
}

int ReportWeek::number() const
{
    return m_monday.weekNumber();
}

int ReportWeek::year() const
{
    int year = 0;
    m_monday.weekNumber(&year);
    return year;
}

QDateTime ReportWeek::dueMoment(int weekday, const QTime& time) const
{
    return QDateTime(m_monday.addDays(weekday - 1), time);
}

QString ReportWeek::label() const
{
    if (!isValid())
        return {};
    const auto monthDay = [](const QDate& day) {
        return QCoreApplication::translate("ReportWeek", "%1/%2", "month/day: 4月27日").arg(day.month()).arg(day.day());
    };
    return QCoreApplication::translate("ReportWeek", "%1 week %2 (%3 – %4)", "2009年第18周（4月27日—5月3日）")
        .arg(year())
        .arg(number())
        .arg(monthDay(m_monday), monthDay(sunday()));
}

QString ReportWeek::shortLabel() const
{
    return QCoreApplication::translate("ReportWeek", "W%1", "第18周").arg(number());
}

bool isOnTime(const ReportWeek& week, const QDateTime& receivedUtc, int dueWeekday, const QTime& dueTime)
{
    const QDateTime due = week.dueMoment(dueWeekday, dueTime);
    // Seconds are what a clerk enters and what we store; a report within the due second is on time.
    return receivedUtc.toLocalTime() < due.addSecs(1);
}

} // namespace branddesk
