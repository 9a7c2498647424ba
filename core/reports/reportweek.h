// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

namespace branddesk {

/// The week a weekly report covers (一周一报): Monday to Sunday, numbered as ISO 8601 does, so the
/// weeks around New Year belong to the year that holds their Thursday (2020 has a week 53).
class ReportWeek {
public:
    ReportWeek() = default;
    /// The week that holds `day`.
    static ReportWeek containing(const QDate& day);
    /// The week `number` (1–53) of ISO week-year `year`; invalid when the year has no such week.
    static ReportWeek fromNumber(int year, int number);

    bool isValid() const { return m_monday.isValid(); }
    QDate monday() const { return m_monday; }
    QDate sunday() const { return m_monday.addDays(6); }
    /// ISO week number and the week-year it belongs to.
    int number() const;
    int year() const;
    ReportWeek next() const { return ReportWeek(m_monday.addDays(7)); }
    ReportWeek previous() const { return ReportWeek(m_monday.addDays(-7)); }
    bool contains(const QDate& day) const { return day >= m_monday && day <= sunday(); }

    /// The moment a report for this week is due: `weekday` (1 = Monday … 7 = Sunday) at `time`, local time.
    /// A report received at that moment or before it is on time; one second later it is late.
    QDateTime dueMoment(int weekday, const QTime& time) const;

    /// "2009年第18周（4月27日—5月3日）" (translated).
    QString label() const;
    /// "第18周" (translated), for column headers.
    QString shortLabel() const;

    bool operator==(const ReportWeek&) const = default;
    auto operator<=>(const ReportWeek& other) const { return m_monday.toJulianDay() <=> other.m_monday.toJulianDay(); }

private:
    explicit ReportWeek(const QDate& monday)
        : m_monday(monday)
    {}
    QDate m_monday;
};

/// Whether a report received at `receivedUtc` for `week` is on time: at or before the due moment.
bool isOnTime(const ReportWeek& week, const QDateTime& receivedUtc, int dueWeekday, const QTime& dueTime);

} // namespace branddesk
