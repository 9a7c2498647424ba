// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaign/campaign.h"
#include "core/domain/department.h"
#include "core/domain/light.h"
#include "core/error.h"
#include "core/reports/reportweek.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <functional>

namespace branddesk {

struct ReportTotals;
struct ReportTotalsRule;

/// Where a department stands on one week's report.
enum class ReportStatus : quint8 {
    NotOwed, ///< before the campaign or before the department was registered
    OnTime,  ///< the first report of the week arrived by the due moment
    Late,    ///< it arrived after the due moment
    Missing, ///< the due moment has passed and nothing arrived
    Pending, ///< the week's report is not due yet and has not arrived
};
QString reportStatusName(ReportStatus status);
Light reportStatusLight(ReportStatus status);

/// What storage knows about one department's reports for one week: the first arrival decides on time or
/// late; later ones are supplements and never count twice. Plain numbers, because compliance reads one of
/// these for every department and week of the campaign (half a million at provincial scale).
struct ReportWeekFact {
    qint64 departmentId = 0;
    qint64 mondayJulianDay = 0;   ///< the week, as QDate::toJulianDay() of its Monday
    qint64 firstReceivedSecs = 0; ///< the first arrival, seconds since 1970-01-01T00:00:00Z
    int count = 0;

    static ReportWeekFact of(qint64 departmentId, const ReportWeek& week, const QDateTime& firstReceived, int count)
    {
        return {departmentId, week.monday().toJulianDay(), firstReceived.toSecsSinceEpoch(), count};
    }
};

/// Weeks on time, late and missing; rates as exact fractions, rounded only when shown.
struct ComplianceCounts {
    int onTime = 0;
    int late = 0;
    int missing = 0;

    int owed() const { return onTime + late + missing; }
    int reported() const { return onTime + late; }
    /// "87.5%", or "—" when nothing was owed.
    static QString percent(int part, int whole);
    QString onTimeRate() const { return percent(onTime, owed()); }
    QString reportedRate() const { return percent(reported(), owed()); }
    void add(ReportStatus status);
    ComplianceCounts& operator+=(const ComplianceCounts& other);
    bool operator==(const ComplianceCounts&) const = default;
};

/// Report compliance of every department for every week of a campaign up to now (一周一报): the grid of
/// the compliance view, the rates of the dashboard and the summary, and this week's call list.
///
/// A department owes a week's report when the week's due moment falls after the campaign's start and after
/// the department was registered; weeks run from the campaign's first week to the current one (or the last
/// week of a campaign that has ended).
class ReportCompliance {
public:
    struct Row {
        Department department;
        QList<ReportStatus> weeks; ///< one per column of weeks()
        ComplianceCounts counts;   ///< over the whole campaign so far
    };

    static ReportCompliance build(const Campaign& campaign, const QList<Department>& departments,
                                  const QList<ReportWeekFact>& facts, const QDateTime& nowUtc);

    /// Reads the facts of the weeks whose Mondays lie from Julian day `fromDay` to `toDay`.
    using WeekFactReader = std::function<Result<QList<ReportWeekFact>>(qint64 fromDay, qint64 toDay)>;
    /// The same counts as build() gives for the whole campaign and for `period`, without the grid: from each
    /// department's `totals` counted under `rule` (which must be ReportTotalsRule::of(campaign, nowUtc)), with only
    /// the weeks not yet due, the current one and, for a period, the weeks of the period or those outside it
    /// (whichever are fewer) read through `read`. What the dashboard's figures need at a cost that does not grow
    /// with the years. The result answers counts() for `period` and the whole campaign only; weeks() holds the
    /// current week alone (for the call list), when it is one of the campaign's.
    static Result<ReportCompliance> summarize(const Campaign& campaign, const QList<Department>& departments,
                                              const ReportTotalsRule& rule, const QHash<qint64, ReportTotals>& totals,
                                              const WeekFactReader& read, const QDateTime& nowUtc,
                                              const DateRange& period);
    /// Whether this is a summarize()d compliance (no grid).
    bool isSummary() const { return m_summary; }

    const QList<ReportWeek>& weeks() const { return m_weeks; }
    const QList<Row>& rows() const { return m_rows; }
    /// The week holding "now" (may lie outside weeks() when the campaign has not begun or has ended).
    ReportWeek currentWeek() const { return m_currentWeek; }
    QDateTime dueMoment(const ReportWeek& week) const;

    /// Counts of one row, or of all rows, for the weeks whose due day lies in `period` (all weeks when the
    /// period is invalid).
    ComplianceCounts counts(int row, const DateRange& period = {}) const;
    ComplianceCounts overall(const DateRange& period = {}) const;
    ComplianceCounts forCategory(DepartmentCategory category, const DateRange& period = {}) const;

    /// Departments that owe the current week's report and have not sent it: the call list. Never lists a
    /// department that has reported this week.
    QList<Department> notYetReported() const;
    /// How many departments owe the current week's report, and how many of them have sent it.
    int expectedThisWeek() const;
    int receivedThisWeek() const;

private:
    bool weekInPeriod(int column, const DateRange& period) const;
    int currentColumn() const;

    QList<ReportWeek> m_weeks;
    QList<Row> m_rows;
    bool m_summary = false;
    DateRange m_summaryPeriod;
    QList<ComplianceCounts> m_periodCounts; ///< of a summary: each row's counts for m_summaryPeriod
    ReportWeek m_currentWeek;
    int m_dueWeekday = Qt::Friday;
    QTime m_dueTime;
};

} // namespace branddesk
