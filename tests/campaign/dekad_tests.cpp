// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/campaign/dekad.h"
#include "tests/campaign/campaigntesting.h"

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

TEST_CASE("上旬 is days 1 to 10, 中旬 days 11 to 20 and 下旬 day 21 to the month's end")
{
    CHECK(dekad::of(QDate(2009, 5, 1)) == 1);
    CHECK(dekad::of(QDate(2009, 5, 10)) == 1);
    CHECK(dekad::of(QDate(2009, 5, 11)) == 2);
    CHECK(dekad::of(QDate(2009, 5, 20)) == 2);
    CHECK(dekad::of(QDate(2009, 5, 21)) == 3);
    CHECK(dekad::of(QDate(2009, 5, 31)) == 3);

    CHECK(iso(parsed(QStringLiteral("5月上旬"))) == QStringLiteral("2009-05-01..2009-05-10"));
    CHECK(iso(parsed(QStringLiteral("5月中旬"))) == QStringLiteral("2009-05-11..2009-05-20"));
    CHECK(iso(parsed(QStringLiteral("5月下旬"))) == QStringLiteral("2009-05-21..2009-05-31"));
}

TEST_CASE("a day is printed as the dekad it falls in")
{
    CHECK(dekad::format(QDate(2009, 4, 10)) == QStringLiteral("4月上旬"));
    CHECK(dekad::format(QDate(2009, 4, 11)) == QStringLiteral("4月中旬"));
    CHECK(dekad::format(QDate(2009, 4, 20)) == QStringLiteral("4月中旬"));
    CHECK(dekad::format(QDate(2009, 4, 21)) == QStringLiteral("4月下旬"));
    CHECK(dekad::format(QDate(2009, 4, 30)) == QStringLiteral("4月下旬"));
    CHECK(dekad::format(QDate(2009, 4, 21), true) == QStringLiteral("2009年4月下旬"));
    CHECK(dekad::format(QDate()) == QStringLiteral("长期"));
}

TEST_CASE("下旬 ends on the 30th in a 30-day month and on the 31st in a 31-day month")
{
    CHECK(iso(parsed(QStringLiteral("4月下旬"))) == QStringLiteral("2009-04-21..2009-04-30"));
    CHECK(iso(parsed(QStringLiteral("6月下旬"))) == QStringLiteral("2009-06-21..2009-06-30"));
    CHECK(iso(parsed(QStringLiteral("7月下旬"))) == QStringLiteral("2009-07-21..2009-07-31"));
    CHECK(iso(parsed(QStringLiteral("12月下旬"))) == QStringLiteral("2009-12-21..2009-12-31"));

    CHECK(dekad::isDekadEnd(QDate(2009, 4, 30)));
    CHECK_FALSE(dekad::isDekadEnd(QDate(2009, 5, 30)));
    CHECK(dekad::isDekadEnd(QDate(2009, 5, 31)));
}

TEST_CASE("February's 下旬 ends on the 29th in a leap year and on the 28th in a common year")
{
    const auto [year, lastDay] =
        GENERATE(table<int, int>({{2008, 29}, {2012, 29}, {2000, 29}, {2009, 28}, {2100, 28}}));
    CAPTURE(year);
    const DateRange range = parsed(QStringLiteral("2月下旬"), year);
    CHECK(range.start == QDate(year, 2, 21));
    CHECK(range.end == QDate(year, 2, lastDay));
    CHECK(dekad::isDekadEnd(range.end));
    CHECK(dekad::formatRange(range) == QStringLiteral("2月下旬"));
}

TEST_CASE("in a leap year February 21 to 28 is not the whole 下旬 and prints as days")
{
    const DateRange range{QDate(2008, 2, 21), QDate(2008, 2, 28)};
    CHECK_FALSE(dekad::isDekadEnd(range.end));
    CHECK(dekad::formatRange(range) == QStringLiteral("2月21日—2月28日"));
}

TEST_CASE("a range across months runs from its first dekad's start to its last dekad's end in the campaign year")
{
    CHECK(iso(parsed(QStringLiteral("4月下旬—5月中旬"))) == QStringLiteral("2009-04-21..2009-05-20"));
    CHECK(iso(parsed(QStringLiteral("5月下旬—7月下旬"))) == QStringLiteral("2009-05-21..2009-07-31"));
    CHECK(iso(parsed(QStringLiteral("4月下旬—5月中旬"), 2012)) == QStringLiteral("2012-04-21..2012-05-20"));
}

TEST_CASE("a range may be written with an ASCII hyphen or other dashes")
{
    const QString text = GENERATE(QStringLiteral("8月上旬-8月下旬"), QStringLiteral("8月上旬—8月下旬"),
                                  QStringLiteral("8月上旬–8月下旬"), QStringLiteral("8月上旬 - 8月下旬"),
                                  QStringLiteral("8月上旬～8月下旬"), QStringLiteral("8月上旬至8月下旬"));
    CAPTURE(text);
    CHECK(iso(parsed(text)) == QStringLiteral("2009-08-01..2009-08-31"));
}

TEST_CASE("one dekad alone is a range of that dekad")
{
    CHECK(iso(parsed(QStringLiteral("5月中旬"))) == QStringLiteral("2009-05-11..2009-05-20"));
}

TEST_CASE("a year written in the text wins over the campaign year")
{
    CHECK(iso(parsed(QStringLiteral("2009年4月下旬"), 2012)) == QStringLiteral("2009-04-21..2009-04-30"));
    CHECK(iso(parsed(QStringLiteral("2009年4月下旬"), 2009)) == QStringLiteral("2009-04-21..2009-04-30"));
}

TEST_CASE("a range ending in 长期 or written with 起 is open-ended")
{
    const QString text =
        GENERATE(QStringLiteral("9月上旬—长期"), QStringLiteral("9月上旬-长期"), QStringLiteral("9月上旬起"));
    CAPTURE(text);
    const DateRange range = parsed(text);
    CHECK(range.start == QDate(2009, 9, 1));
    CHECK(range.isOpenEnded());
    CHECK(range.contains(QDate(2030, 1, 1)));
    CHECK_FALSE(range.contains(QDate(2009, 8, 31)));
}

TEST_CASE("长期 alone is open at both ends")
{
    const DateRange range = parsed(QStringLiteral("长期"));
    CHECK_FALSE(range.start.isValid());
    CHECK(range.isOpenEnded());
    CHECK(dekad::formatRange(range) == QStringLiteral("长期"));
}

TEST_CASE("a range whose end month comes before its start month runs into the next year")
{
    CHECK(iso(parsed(QStringLiteral("12月下旬—1月上旬"))) == QStringLiteral("2009-12-21..2010-01-10"));
    CHECK(iso(parsed(QStringLiteral("11月中旬—2月下旬"), 2011)) == QStringLiteral("2011-11-11..2012-02-29"));
}

TEST_CASE("a range may be written in days")
{
    CHECK(iso(parsed(QStringLiteral("4月28日—5月3日"))) == QStringLiteral("2009-04-28..2009-05-03"));
    CHECK(iso(parsed(QStringLiteral("4月28日"))) == QStringLiteral("2009-04-28..2009-04-28"));
    CHECK(iso(parsed(QStringLiteral("2月29日"), 2008)) == QStringLiteral("2008-02-29..2008-02-29"));
    CHECK(iso(parsed(QStringLiteral("4月下旬—5月3日"))) == QStringLiteral("2009-04-21..2009-05-03"));
}

TEST_CASE("text that is not a dekad date is refused as a validation error")
{
    const QString text = GENERATE(QStringLiteral("13月上旬"), QStringLiteral("0月上旬"), QStringLiteral("5月下句"),
                                  QString(), QStringLiteral("   "), QStringLiteral("2月30日"),
                                  QStringLiteral("4月31日"), QStringLiteral("5月中旬—6月上旬—7月上旬"),
                                  QStringLiteral("五月中旬"), QStringLiteral("2009年12月下旬—2009年1月上旬"));
    CAPTURE(text);
    const Result<DateRange> range = dekad::parseRange(text, 2009);
    REQUIRE_FALSE(range);
    CHECK(range.error().code == Error::Code::Validation);
    CHECK_FALSE(range.error().message.isEmpty());
}

TEST_CASE("February 29 exists only in a leap year")
{
    CHECK(dekad::parseRange(QStringLiteral("2月29日"), 2012));
    const Result<DateRange> range = dekad::parseRange(QStringLiteral("2月29日"), 2009);
    REQUIRE_FALSE(range);
    CHECK(range.error().code == Error::Code::Validation);
}

TEST_CASE("a dekad-aligned range prints back as the text it was parsed from")
{
    const QString text = GENERATE(QStringLiteral("4月下旬—5月中旬"), QStringLiteral("5月下旬—7月下旬"),
                                  QStringLiteral("8月上旬—8月下旬"), QStringLiteral("5月中旬"),
                                  QStringLiteral("2月下旬"), QStringLiteral("12月下旬—1月上旬"));
    CAPTURE(text);
    const DateRange range = parsed(text);
    CHECK(dekad::formatRange(range) == text);
    CHECK(iso(parsed(dekad::formatRange(range))) == iso(range));
}

TEST_CASE("a range printed with an ASCII hyphen prints back with the notice's dash")
{
    CHECK(dekad::formatRange(parsed(QStringLiteral("8月上旬-8月下旬"))) == QStringLiteral("8月上旬—8月下旬"));
}

TEST_CASE("a range that is not dekad-aligned prints as days")
{
    const QString text = GENERATE(QStringLiteral("4月28日—5月3日"), QStringLiteral("4月21日—5月3日"),
                                  QStringLiteral("4月28日—5月20日"), QStringLiteral("12月28日—1月3日"));
    CAPTURE(text);
    const DateRange range = parsed(text);
    CHECK(dekad::formatRange(range) == text);
    CHECK(iso(parsed(dekad::formatRange(range))) == iso(range));
}

TEST_CASE("a single day prints as that day")
{
    const DateRange range = parsed(QStringLiteral("4月28日"));
    CHECK(dekad::formatRange(range) == QStringLiteral("4月28日"));
    CHECK(iso(parsed(dekad::formatRange(range))) == iso(range));
}

TEST_CASE("an open-ended range prints with —长期")
{
    CHECK(dekad::formatRange(parsed(QStringLiteral("9月上旬起"))) == QStringLiteral("9月上旬—长期"));
    CHECK(dekad::formatRange(parsed(QStringLiteral("9月上旬—长期"))) == QStringLiteral("9月上旬—长期"));
    CHECK(dekad::formatRange(DateRange{QDate(2009, 9, 5), QDate()}) == QStringLiteral("9月5日—长期"));
}
