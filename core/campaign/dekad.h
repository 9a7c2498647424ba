// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QDate>
#include <QString>

namespace branddesk {

/// A span of days; `end` invalid means open-ended (长期).
struct DateRange {
    QDate start;
    QDate end;

    bool isOpenEnded() const { return !end.isValid(); }
    bool contains(const QDate& day) const { return day >= start && (isOpenEnded() || day <= end); }
    bool operator==(const DateRange&) const = default;
};

/// The dekad notation of Chinese official documents: 上旬 = days 1–10, 中旬 = 11–20, 下旬 = 21 to the
/// end of the month (28, 29, 30 or 31). The campaign notice dates its phases this way ("4月下旬—5月中旬").
namespace dekad {

/// 1 (上旬), 2 (中旬) or 3 (下旬) for a day of the month.
int of(const QDate& day);
/// The first and last day of dekad `index` (1–3) of a month.
DateRange range(int year, int month, int index);
/// "5月中旬" (with the year, "2009年5月中旬").
QString format(const QDate& day, bool withYear = false);
/// "4月下旬—5月中旬" when both ends fall on dekad boundaries, "4月25日—5月20日" otherwise, and
/// "9月上旬—长期" for an open end.
QString formatRange(const DateRange& range);
/// format() in the user's language, for the screen: "5月中旬" in Chinese, "mid May" in English (with the year,
/// "mid May 2009"). format() stays the canonical Chinese form that parseRange() reads and documents print.
QString display(const QDate& day, bool withYear = false);
/// formatRange() in the user's language: "late Apr – mid May", "Apr 25 – May 20", "early Sep – long-term".
QString displayRange(const DateRange& range);
/// Whether a date is the first day of its dekad / the last day of its dekad.
bool isDekadStart(const QDate& day);
bool isDekadEnd(const QDate& day);

/// Parses "4月下旬—5月中旬", "8月上旬-8月下旬", "5月中旬" (one dekad), "2009年4月下旬", "9月上旬—长期",
/// "9月上旬起", and "长期" (open at both ends: start invalid). Dashes may be — – - － ~ 至 到.
/// A range whose end comes before its start crosses into the next year ("12月下旬—1月上旬").
/// Days may also be written out: "4月28日". The year applies where the text gives none.
Result<DateRange> parseRange(const QString& input, int year);

} // namespace dekad
} // namespace branddesk
