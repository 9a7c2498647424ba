// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/reportweek.h"
#include "tests/reports/reporttesting.h"

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

TEST_CASE("a report week runs Monday to Sunday and is named by its ISO number")
{
    const ReportWeek week = ReportWeek::containing(QDate(2009, 4, 29));
    CHECK(week.monday() == QDate(2009, 4, 27));
    CHECK(week.sunday() == QDate(2009, 5, 3));
    CHECK(week.number() == 18);
    CHECK(week.year() == 2009);
    CHECK(week.label() == QStringLiteral("2009 week 18 (4/27 – 5/3)"));
    CHECK(ReportWeek::containing(QDate(2009, 4, 27)) == week);
    CHECK(ReportWeek::containing(QDate(2009, 5, 3)) == week);
    CHECK(ReportWeek::containing(QDate(2009, 5, 4)) == week.next());
    CHECK(week.next().previous() == week);
}

TEST_CASE("the weeks around New Year belong to the year that holds their Thursday")
{
    // 2020 has 53 ISO weeks: its last week runs from Monday 28 December to Sunday 3 January 2021.
    const ReportWeek last2020 = ReportWeek::containing(QDate(2021, 1, 3));
    CHECK(last2020.monday() == QDate(2020, 12, 28));
    CHECK(last2020.number() == 53);
    CHECK(last2020.year() == 2020);
    CHECK(last2020.label() == QStringLiteral("2020 week 53 (12/28 – 1/3)"));
    CHECK(ReportWeek::fromNumber(2020, 53) == last2020);
    CHECK(last2020.next() == ReportWeek::fromNumber(2021, 1));
    CHECK(ReportWeek::fromNumber(2021, 1).monday() == QDate(2021, 1, 4));
    CHECK_FALSE(ReportWeek::fromNumber(2021, 53).isValid()); // 2021 has 52 weeks

    // 29 December 2008 is a Monday whose Thursday falls in 2009: week 1 of 2009.
    const ReportWeek first2009 = ReportWeek::containing(QDate(2008, 12, 31));
    CHECK(first2009.number() == 1);
    CHECK(first2009.year() == 2009);
    CHECK(ReportWeek::fromNumber(2009, 1) == first2009);
}

TEST_CASE("a report received in the due day's last second is on time, and in the next second late")
{
    const ReportWeek week = weekOf(2009, 5, 11);
    const QTime endOfDay(23, 59, 59);
    CHECK(week.dueMoment(Qt::Friday, endOfDay) == QDateTime(QDate(2009, 5, 15), endOfDay));
    CHECK(isOnTime(week, local(2009, 5, 15, 23, 59, 59), Qt::Friday, endOfDay));
    CHECK(isOnTime(week, local(2009, 5, 15, 23, 59, 59).addMSecs(999), Qt::Friday, endOfDay));
    CHECK_FALSE(isOnTime(week, local(2009, 5, 16, 0, 0, 0), Qt::Friday, endOfDay));
    CHECK(isOnTime(week, local(2009, 5, 11, 8, 0, 0), Qt::Friday, endOfDay));
    // Another due day and time from the campaign definition.
    CHECK(isOnTime(week, local(2009, 5, 13, 17, 0, 0), Qt::Wednesday, QTime(17, 0)));
    CHECK_FALSE(isOnTime(week, local(2009, 5, 13, 17, 0, 1), Qt::Wednesday, QTime(17, 0)));
}
