// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSet>

namespace branddesk {

/// The office's working days: Monday to Friday, less the holidays, plus the make-up working days (调休上班) that
/// fall on a weekend.
class WorkCalendar {
public:
    WorkCalendar() = default;
    WorkCalendar(QSet<QDate> holidays, QSet<QDate> makeUpDays)
        : m_holidays(std::move(holidays))
        , m_makeUpDays(std::move(makeUpDays))
    {}

    bool isWorkingDay(const QDate& date) const;
    /// The date `days` working days after `from` (counting starts the next day; `from` itself never counts). With
    /// `days` 0, `from` itself if it is a working day, else the next working day.
    QDate addWorkingDays(const QDate& from, int days) const;
    /// The working days after `from` up to and including `to` (0 when `to` is not after `from`).
    int workingDaysBetween(const QDate& from, const QDate& to) const;

    const QSet<QDate>& holidays() const { return m_holidays; }
    const QSet<QDate>& makeUpDays() const { return m_makeUpDays; }

private:
    QSet<QDate> m_holidays;
    QSet<QDate> m_makeUpDays;
};

} // namespace branddesk
