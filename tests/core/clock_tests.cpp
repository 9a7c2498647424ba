// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "tests/support/stringmakers.h"
#include "tests/support/tempdatabase.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

TEST_CASE("a storage timestamp is UTC ISO-8601 with milliseconds ending in Z")
{
    const QDateTime inChangzhou(QDate(2009, 5, 15), QTime(10, 0, 0, 250), QTimeZone(8 * 3600));
    CHECK(toStorageTimestamp(inChangzhou) == QStringLiteral("2009-05-15T02:00:00.250Z"));

    const QString local = toStorageTimestamp(TempDatabase::startTime());
    CHECK(local.endsWith(QLatin1Char('Z')));
    CHECK(local.size() == QStringLiteral("2009-05-15T02:00:00.000Z").size());
}

TEST_CASE("a storage timestamp reads back as the same moment, in UTC")
{
    const QDateTime moment =
        GENERATE(TempDatabase::startTime(), QDateTime(QDate(2009, 12, 31), QTime(23, 59, 59, 999), QTimeZone::utc()),
                 QDateTime(QDate(2010, 1, 1), QTime(7, 30, 0, 1), QTimeZone(8 * 3600)));
    CAPTURE(moment);
    const QDateTime back = fromStorageTimestamp(toStorageTimestamp(moment));
    CHECK(back == moment);
    CHECK(back.toMSecsSinceEpoch() == moment.toMSecsSinceEpoch());
    CHECK(back.timeSpec() == Qt::UTC);
}

TEST_CASE("a storage timestamp without milliseconds is still read")
{
    CHECK(fromStorageTimestamp(QStringLiteral("2009-05-15T02:00:00Z")) ==
          QDateTime(QDate(2009, 5, 15), QTime(2, 0), QTimeZone::utc()));
}

TEST_CASE("an unreadable storage timestamp gives an invalid moment")
{
    CHECK_FALSE(fromStorageTimestamp(QStringLiteral("5月中旬")).isValid());
    CHECK_FALSE(fromStorageTimestamp(QString()).isValid());
}

TEST_CASE("a fixed clock stays where it is put")
{
    FixedClock clock(TempDatabase::startTime());
    CHECK(clock.nowUtc() == TempDatabase::startTime());
    CHECK(clock.nowUtc().timeSpec() == Qt::UTC);
    CHECK(clock.nowLocal() == TempDatabase::startTime());
    CHECK(clock.today() == QDate(2009, 5, 15));
    CHECK(clock.nowUtc() == clock.nowUtc());

    clock.advanceSecs(14 * 3600);
    CHECK(clock.today() == QDate(2009, 5, 16));
    clock.set(QDateTime(QDate(2009, 8, 1), QTime(9, 0)));
    CHECK(clock.nowLocal().time() == QTime(9, 0));
}

TEST_CASE("a system clock set to another day keeps the time of day running")
{
    SystemClock clock;
    CHECK_FALSE(clock.isShifted());
    clock.setToday(QDate(2009, 5, 15));
    CHECK(clock.isShifted());
    CHECK(clock.today() == QDate(2009, 5, 15));
    clock.setToday(QDate());
    CHECK_FALSE(clock.isShifted());
}
