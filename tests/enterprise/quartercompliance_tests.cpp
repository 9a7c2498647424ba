// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/enterprise/quartercompliance.h"
#include "tests/enterprise/enterprisetesting.h"

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

Department facing(qint64 id, const QDate& registered = QDate(2009, 1, 5))
{
    Department d = aDepartment("市发改委");
    d.id = id;
    d.createdAt = QDateTime(registered, QTime(9, 0));
    return d;
}

const DateRange kCampaign{QDate(2009, 4, 21), QDate()};

} // namespace

TEST_CASE("a quarter runs from its first to its last day and the next follows across the year")
{
    CHECK(Quarter::containing(QDate(2009, 3, 31)) == Quarter(2009, 1));
    CHECK(Quarter::containing(QDate(2009, 4, 1)) == Quarter(2009, 2));
    CHECK(Quarter(2009, 2).firstDay() == QDate(2009, 4, 1));
    CHECK(Quarter(2009, 2).lastDay() == QDate(2009, 6, 30));
    CHECK(Quarter(2009, 4).lastDay() == QDate(2009, 12, 31));
    CHECK(Quarter(2009, 4).next() == Quarter(2010, 1));
}

TEST_CASE("the quarters run from the campaign's first to today's")
{
    const QuarterCompliance table = QuarterCompliance::build(kCampaign, QDate(2009, 10, 1), {facing(1)}, {}, {});
    CHECK(table.quarters() == QList<Quarter>{Quarter(2009, 2), Quarter(2009, 3), Quarter(2009, 4)});
    CHECK(QuarterCompliance::build(kCampaign, QDate(2009, 4, 20), {facing(1)}, {}, {}).quarters().isEmpty());
}

TEST_CASE("a quarter without a concentrated week is pending to its last day and missing the day after")
{
    const QList<ConcentratedWeekFact> weeks{{1, QDate(2009, 6, 8), QDate(2009, 6, 12)}};
    const QuarterCompliance onLastDay = QuarterCompliance::build(kCampaign, QDate(2009, 9, 30), {facing(1)}, {}, weeks);
    REQUIRE(onLastDay.rows().size() == 1);
    CHECK(onLastDay.rows().at(0).quarters == QList<QuarterStatus>{QuarterStatus::Met, QuarterStatus::Pending});
    CHECK(onLastDay.rows().at(0).isDone());

    const QuarterCompliance dayAfter = QuarterCompliance::build(kCampaign, QDate(2009, 10, 1), {facing(1)}, {}, weeks);
    CHECK(dayAfter.rows().at(0).quarters ==
          QList<QuarterStatus>{QuarterStatus::Met, QuarterStatus::Missing, QuarterStatus::Pending});
    CHECK(dayAfter.rows().at(0).missing == 1);
    CHECK_FALSE(dayAfter.rows().at(0).isDone());
}

TEST_CASE("a week counts for the quarter it starts in, even when it ends in the next")
{
    const QList<ConcentratedWeekFact> weeks{{1, QDate(2009, 6, 29), QDate(2009, 7, 3)}};
    const QuarterCompliance table = QuarterCompliance::build(kCampaign, QDate(2009, 10, 1), {facing(1)}, {}, weeks);
    CHECK(table.rows().at(0).quarters ==
          QList<QuarterStatus>{QuarterStatus::Met, QuarterStatus::Missing, QuarterStatus::Pending});
}

TEST_CASE("a department that became enterprise-facing mid-year owes from that quarter on")
{
    const QHash<qint64, QDate> since{{1, QDate(2009, 8, 10)}};
    const QuarterCompliance table = QuarterCompliance::build(kCampaign, QDate(2009, 11, 2), {facing(1)}, since, {});
    CHECK(table.rows().at(0).owedFrom == QDate(2009, 8, 10));
    CHECK(table.rows().at(0).quarters ==
          QList<QuarterStatus>{QuarterStatus::NotOwed, QuarterStatus::Missing, QuarterStatus::Pending});
}

TEST_CASE("a quarter with less than a week left when the department starts owing is not owed")
{
    const QHash<qint64, QDate> lateSeptember{{1, QDate(2009, 9, 25)}};
    CHECK(
        QuarterCompliance::build(kCampaign, QDate(2009, 10, 5), {facing(1)}, lateSeptember, {}).rows().at(0).quarters ==
        QList<QuarterStatus>{QuarterStatus::NotOwed, QuarterStatus::NotOwed, QuarterStatus::Pending});
    const QHash<qint64, QDate> weekLeft{{1, QDate(2009, 9, 24)}};
    CHECK(QuarterCompliance::build(kCampaign, QDate(2009, 10, 5), {facing(1)}, weekLeft, {}).rows().at(0).quarters ==
          QList<QuarterStatus>{QuarterStatus::NotOwed, QuarterStatus::Missing, QuarterStatus::Pending});
}

TEST_CASE("a department registered after the campaign began owes from its registration, as for weekly reports")
{
    const QuarterCompliance table =
        QuarterCompliance::build(kCampaign, QDate(2009, 10, 1), {facing(1, QDate(2009, 7, 2))}, {}, {});
    CHECK(table.rows().at(0).owedFrom == QDate(2009, 7, 2));
    CHECK(table.rows().at(0).quarters.at(0) == QuarterStatus::NotOwed);
    CHECK(table.rows().at(0).quarters.at(1) == QuarterStatus::Missing);
}

TEST_CASE("a campaign that ends closes its last quarter at its end")
{
    const DateRange closed{QDate(2009, 4, 21), QDate(2009, 12, 27)};
    const QuarterCompliance table = QuarterCompliance::build(closed, QDate(2010, 2, 1), {facing(1)}, {}, {});
    CHECK(table.quarters().constLast() == Quarter(2009, 4));
    CHECK(table.rows().at(0).quarters.constLast() == QuarterStatus::Missing);
}
