// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaign/campaign.h"
#include "core/campaign/campaigndefinition.h"
#include "core/campaign/dekad.h"
#include "core/domain/light.h"
#include "tests/support/stringmakers.h"

#include <QByteArray>
#include <QDate>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <catch2/catch.hpp>

#include <string>

// Helpers of the campaign tests: dates and ranges as comparable text, the shipped definition and variants of
// it, and row counts of the campaign tables.

namespace branddesk::test {

/// The campaign tests' today: 2009-05-15, a Friday in phase 1 (the day TempDatabase's clock shows).
inline const QDate kToday(2009, 5, 15);

/// "2009-04-21", or "open" for an invalid date (an open end).
inline QString iso(const QDate& day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QStringLiteral("open");
}

/// "2009-04-21..2009-05-20", "2009-09-01..open", "open..open" (长期).
inline QString iso(const DateRange& range)
{
    return iso(range.start) + QStringLiteral("..") + iso(range.end);
}

/// Parses `text` in the campaign year `year`; fails the current test when it is refused.
inline DateRange parsed(const QString& text, int year = 2009)
{
    const Result<DateRange> range = dekad::parseRange(text, year);
    INFO("parsing " << text.toStdString());
    REQUIRE(range);
    return *range;
}

/// The bytes of the shipped 2009 definition, as embedded in core.
inline QByteArray builtInDefinition()
{
    QFile file(CampaignDefinition::builtInPath());
    INFO("reading " << CampaignDefinition::builtInPath().toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

/// The shipped definition, parsed; fails the current test when it is refused.
inline Campaign builtInCampaign()
{
    const Result<Campaign> campaign = CampaignDefinition::load(CampaignDefinition::builtInPath());
    REQUIRE(campaign);
    return *campaign;
}

/// `json` with its one occurrence of `from` replaced by `to`; fails the current test unless `from` occurs
/// exactly once, so a changed definition file cannot silently make a test pointless.
inline QByteArray replacedOnce(QByteArray json, const QString& from, const QString& to)
{
    const QByteArray needle = from.toUtf8();
    INFO("replacing " << from.toStdString());
    REQUIRE(json.count(needle) == 1);
    return json.replace(needle, to.toUtf8());
}

/// The line (1-based) of the one occurrence of `needle` in `json`; 0 when it does not occur once.
inline int lineContaining(const QByteArray& json, const QString& needle)
{
    const QByteArray bytes = needle.toUtf8();
    if (json.count(bytes) != 1)
        return 0;
    return static_cast<int>(json.left(json.indexOf(bytes)).count('\n')) + 1;
}

/// The number of rows in `table` of a database connection.
inline int rowCount(const QSqlDatabase& db, const char* table)
{
    QSqlQuery query(db);
    INFO("counting the rows of " << table);
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table)));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

} // namespace branddesk::test

namespace Catch {

template <> struct StringMaker<branddesk::Light> {
    static std::string convert(branddesk::Light light)
    {
        switch (light) {
        case branddesk::Light::Green:
            return "Green";
        case branddesk::Light::Yellow:
            return "Yellow";
        case branddesk::Light::Red:
            return "Red";
        case branddesk::Light::Grey:
            return "Grey";
        case branddesk::Light::None:
            break;
        }
        return "None";
    }
};

template <> struct StringMaker<branddesk::MilestoneState::Status> {
    static std::string convert(branddesk::MilestoneState::Status status)
    {
        using Status = branddesk::MilestoneState::Status;
        switch (status) {
        case Status::NotApplicable:
            return "NotApplicable";
        case Status::Done:
            return "Done";
        case Status::DueSoon:
            return "DueSoon";
        case Status::Overdue:
            return "Overdue";
        case Status::Pending:
            break;
        }
        return "Pending";
    }
};

} // namespace Catch
