// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/campaign/dekad.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace branddesk::dekad {
namespace {

const QString kEarly = QStringLiteral("上旬");
const QString kMiddle = QStringLiteral("中旬");
const QString kLate = QStringLiteral("下旬");
const QString kOpen = QStringLiteral("长期");
const QString kDash = QStringLiteral("—");

/// One end of a range: a dekad (as its whole range) or a single day.
struct Point {
    int year = 0; ///< 0: not written
    int month = 0;
    int dekadIndex = 0; ///< 0: a day was written
    int day = 0;
};

Result<Point> parsePoint(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:(\\d{4})\\s*年)?\\s*(\\d{1,2})\\s*月\\s*(?:(上旬|中旬|下旬)|(\\d{1,2})\\s*[日号]?)$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return fail(Error::Code::Validation,
                    QCoreApplication::translate("Dekad", "\"%1\" is not a date like 5月中旬 or 5月20日.").arg(text));
    Point point;
    point.year = match.captured(1).isEmpty() ? 0 : match.captured(1).toInt();
    point.month = match.captured(2).toInt();
    const QString dekadText = match.captured(3);
    point.dekadIndex = dekadText == kEarly ? 1 : dekadText == kMiddle ? 2 : dekadText == kLate ? 3 : 0;
    point.day = match.captured(4).isEmpty() ? 0 : match.captured(4).toInt();
    if (point.month < 1 || point.month > 12)
        return fail(
            Error::Code::Validation,
            QCoreApplication::translate("Dekad", "There is no month %1 (in \"%2\").").arg(point.month).arg(text));
    return point;
}

Result<DateRange> toRange(const Point& point, int year, const QString& text)
{
    const int y = point.year != 0 ? point.year : year;
    if (point.dekadIndex != 0)
        return range(y, point.month, point.dekadIndex);
    const QDate day(y, point.month, point.day);
    if (!day.isValid())
        return fail(Error::Code::Validation,
                    QCoreApplication::translate("Dekad", "\"%1\" is not a day of the calendar.").arg(text));
    return DateRange{day, day};
}

} // namespace

int of(const QDate& day)
{
    return day.day() <= 10 ? 1 : day.day() <= 20 ? 2 : 3;
}

DateRange range(int year, int month, int index)
{
    const QDate first(year, month, 1);
    switch (index) {
    case 1:
        return {first, QDate(year, month, 10)};
    case 2:
        return {QDate(year, month, 11), QDate(year, month, 20)};
    default:
        return {QDate(year, month, 21), QDate(year, month, first.daysInMonth())};
    }
}

bool isDekadStart(const QDate& day)
{
    return day.day() == 1 || day.day() == 11 || day.day() == 21;
}

bool isDekadEnd(const QDate& day)
{
    return day.day() == 10 || day.day() == 20 || day.day() == day.daysInMonth();
}

QString format(const QDate& day, bool withYear)
{
    if (!day.isValid())
        return kOpen;
    const QString names[] = {kEarly, kMiddle, kLate};
    const QString text = QString::number(day.month()) + QStringLiteral("月") + names[of(day) - 1];
    return withYear ? QString::number(day.year()) + QStringLiteral("年") + text : text;
}

QString formatRange(const DateRange& r)
{
    // An explicit QString: with QT_USE_QSTRINGBUILDER a deduced return type is a builder that refers to
    // the temporaries of the expression, which are gone by the time it is read.
    auto dayText = [](const QDate& day) -> QString {
        return QString::number(day.month()) + QStringLiteral("月") + QString::number(day.day()) + QStringLiteral("日");
    };
    if (!r.start.isValid())
        return kOpen;
    if (r.isOpenEnded())
        return (isDekadStart(r.start) ? format(r.start) : dayText(r.start)) + kDash + kOpen;
    if (isDekadStart(r.start) && isDekadEnd(r.end)) {
        if (r.start.month() == r.end.month() && r.start.year() == r.end.year() && of(r.start) == of(r.end))
            return format(r.start);
        return format(r.start) + kDash + format(r.end);
    }
    if (r.start == r.end)
        return dayText(r.start); // "4月28日", as parseRange reads it
    return dayText(r.start) + kDash + dayText(r.end);
}

QString display(const QDate& day, bool withYear)
{
    if (!day.isValid())
        return QCoreApplication::translate("Dekad", "long-term");
    const QString month = QLocale().monthName(day.month(), QLocale::ShortFormat);
    QString text;
    switch (of(day)) {
    case 1:
        text = QCoreApplication::translate("Dekad", "early %1", "days 1–10 of the month %1 (上旬)").arg(month);
        break;
    case 2:
        text = QCoreApplication::translate("Dekad", "mid %1", "days 11–20 of the month %1 (中旬)").arg(month);
        break;
    default:
        text = QCoreApplication::translate("Dekad", "late %1", "days 21 to the end of the month %1 (下旬)").arg(month);
        break;
    }
    return withYear
               ? QCoreApplication::translate("Dekad", "%1 %2", "a dekad %1 of the year %2").arg(text).arg(day.year())
               : text;
}

QString displayRange(const DateRange& r)
{
    const auto dayText = [](const QDate& day) -> QString {
        return QCoreApplication::translate("Dekad", "%1 %2", "a day: the month's short name %1 and the day %2")
            .arg(QLocale().monthName(day.month(), QLocale::ShortFormat))
            .arg(day.day());
    };
    const QString dash = QCoreApplication::translate("Dekad", " – ", "between the two ends of a range of dates");
    if (!r.start.isValid())
        return display(QDate());
    if (r.isOpenEnded())
        return (isDekadStart(r.start) ? display(r.start) : dayText(r.start)) + dash + display(QDate());
    if (isDekadStart(r.start) && isDekadEnd(r.end)) {
        if (r.start.month() == r.end.month() && r.start.year() == r.end.year() && of(r.start) == of(r.end))
            return display(r.start);
        return display(r.start) + dash + display(r.end);
    }
    if (r.start == r.end)
        return dayText(r.start);
    return dayText(r.start) + dash + dayText(r.end);
}

Result<DateRange> parseRange(const QString& input, int year)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return fail(Error::Code::Validation, QCoreApplication::translate("Dekad", "The dates are empty."));
    if (text == kOpen)
        return DateRange{};
    static const QRegularExpression dash(QStringLiteral("\\s*(?:—|–|－|-|~|～|至|到)\\s*"));
    QStringList parts = text.split(dash, Qt::SkipEmptyParts);
    bool openEnd = false;
    if (parts.size() == 1 && parts.first().endsWith(QStringLiteral("起"))) {
        parts.first().chop(1);
        openEnd = true;
    }
    if (parts.size() == 2 && parts.at(1).trimmed() == kOpen) {
        parts.removeLast();
        openEnd = true;
    }
    if (parts.size() > 2)
        return fail(Error::Code::Validation,
                    QCoreApplication::translate("Dekad", "\"%1\" has more than two dates.").arg(text));
    Result<Point> first = parsePoint(parts.first());
    if (!first)
        return fail(first.error());
    Result<DateRange> startRange = toRange(*first, year, parts.first());
    if (!startRange)
        return startRange;
    if (openEnd)
        return DateRange{startRange->start, QDate()};
    if (parts.size() == 1)
        return startRange;
    Result<Point> second = parsePoint(parts.at(1));
    if (!second)
        return fail(second.error());
    int endYear = second->year != 0 ? second->year : startRange->start.year();
    Result<DateRange> endRange = toRange(*second, endYear, parts.at(1));
    if (!endRange)
        return endRange;
    // Only a later month may run into the next year: "12月下旬—1月上旬" does, "5月20日—5月15日" is a mistake.
    if (endRange->end < startRange->start && second->year == 0 && second->month < first->month) {
        endRange = toRange(*second, endYear + 1, parts.at(1)); // "12月下旬—1月上旬" runs into the next year
        if (!endRange)
            return endRange;
    }
    if (endRange->end < startRange->start)
        return fail(Error::Code::Validation,
                    QCoreApplication::translate("Dekad", "In \"%1\" the end comes before the start.").arg(text));
    return DateRange{startRange->start, endRange->end};
}

} // namespace branddesk::dekad
