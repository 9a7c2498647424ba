// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/reportcompliance.h"

#include "core/reports/reporttotals.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <limits>
#include <vector>

namespace branddesk {

QString reportStatusName(ReportStatus status)
{
    switch (status) {
    case ReportStatus::NotOwed:
        return QCoreApplication::translate("ReportStatus", "Not owed");
    case ReportStatus::OnTime:
        return QCoreApplication::translate("ReportStatus", "On time");
    case ReportStatus::Late:
        return QCoreApplication::translate("ReportStatus", "Late");
    case ReportStatus::Missing:
        return QCoreApplication::translate("ReportStatus", "Missing");
    case ReportStatus::Pending:
        return QCoreApplication::translate("ReportStatus", "Not yet due");
    }
    return {};
}

Light reportStatusLight(ReportStatus status)
{
    switch (status) {
    case ReportStatus::OnTime:
        return Light::Green;
    case ReportStatus::Late:
        return Light::Yellow;
    case ReportStatus::Missing:
        return Light::Red;
    case ReportStatus::NotOwed:
    case ReportStatus::Pending:
        break;
    }
    return Light::None;
}

QString ComplianceCounts::percent(int part, int whole)
{
    if (whole <= 0)
        return QStringLiteral("—");
    // One decimal, rounded half up from the exact fraction.
    const qint64 tenths = (qint64(part) * 2000 + whole) / (2 * whole);
    return QLocale().toString(double(tenths) / 10.0, 'f', 1) + QLatin1Char('%');
}

void ComplianceCounts::add(ReportStatus status)
{
    switch (status) {
    case ReportStatus::OnTime:
        ++onTime;
        break;
    case ReportStatus::Late:
        ++late;
        break;
    case ReportStatus::Missing:
        ++missing;
        break;
    case ReportStatus::NotOwed:
    case ReportStatus::Pending:
        break;
    }
}

ComplianceCounts& ComplianceCounts::operator+=(const ComplianceCounts& other)
{
    onTime += other.onTime;
    late += other.late;
    missing += other.missing;
    return *this;
}

ReportCompliance ReportCompliance::build(const Campaign& campaign, const QList<Department>& departments,
                                         const QList<ReportWeekFact>& facts, const QDateTime& nowUtc)
{
    ReportCompliance result;
    result.m_dueWeekday = campaign.reportWeekday;
    result.m_dueTime = campaign.reportDueTime;
    const QDateTime now = nowUtc.toLocalTime();
    result.m_currentWeek = ReportWeek::containing(now.date());

    const DateRange span = campaign.span();
    if (span.start.isValid()) {
        ReportWeek last = result.m_currentWeek;
        if (!span.isOpenEnded())
            last = std::min(last, ReportWeek::containing(span.end));
        for (ReportWeek week = ReportWeek::containing(span.start); week <= last; week = week.next())
            result.m_weeks.append(week);
    }

    // Everything below compares whole seconds (what a clerk enters and what is stored): a report within the
    // due second is on time, as isOnTime() says. One QDateTime per week, none per department and week.
    const qint64 firstMonday = result.m_weeks.isEmpty() ? 0 : result.m_weeks.constFirst().monday().toJulianDay();
    const qsizetype columns = result.m_weeks.size();
    QList<qint64> dueSecs;
    dueSecs.reserve(columns);
    for (const ReportWeek& week : std::as_const(result.m_weeks))
        dueSecs.append(result.dueMoment(week).toSecsSinceEpoch());
    const qint64 nowMsecs = now.toMSecsSinceEpoch();

    QHash<qint64, qsizetype> rowOf;
    rowOf.reserve(departments.size());
    for (qsizetype row = 0; row < departments.size(); ++row)
        rowOf.insert(departments.at(row).id, row);
    constexpr qint64 kNone = std::numeric_limits<qint64>::max();
    std::vector<qint64> first(size_t(departments.size() * columns), kNone);
    for (const ReportWeekFact& fact : facts) {
        const auto row = rowOf.constFind(fact.departmentId);
        const qint64 offset = fact.mondayJulianDay - firstMonday;
        if (row == rowOf.constEnd() || offset < 0 || offset % 7 != 0 || offset / 7 >= columns)
            continue;
        qint64& cell = first[size_t(*row * columns + offset / 7)];
        cell = std::min(cell, fact.firstReceivedSecs);
    }

    const qint64 campaignStart = QDateTime(span.start, QTime(0, 0)).toSecsSinceEpoch();
    result.m_rows.reserve(departments.size());
    for (qsizetype index = 0; index < departments.size(); ++index) {
        const Department& department = departments.at(index);
        Row row;
        row.department = department;
        row.weeks.reserve(columns);
        qint64 owedFrom = campaignStart;
        if (department.createdAt.isValid())
            owedFrom = std::max(owedFrom, department.createdAt.toSecsSinceEpoch());
        const qint64* received = first.data() + index * columns;
        for (qsizetype column = 0; column < columns; ++column) {
            const qint64 due = dueSecs.at(column);
            ReportStatus status = ReportStatus::NotOwed;
            if (due > owedFrom) {
                if (received[column] != kNone)
                    status = received[column] <= due ? ReportStatus::OnTime : ReportStatus::Late;
                else
                    status = nowMsecs > due * 1000 ? ReportStatus::Missing : ReportStatus::Pending;
            }
            row.counts.add(status);
            row.weeks.append(status);
        }
        result.m_rows.append(std::move(row));
    }
    return result;
}

Result<ReportCompliance> ReportCompliance::summarize(const Campaign& campaign, const QList<Department>& departments,
                                                     const ReportTotalsRule& rule,
                                                     const QHash<qint64, ReportTotals>& totals,
                                                     const WeekFactReader& read, const QDateTime& nowUtc,
                                                     const DateRange& period)
{
    ReportCompliance result;
    result.m_summary = true;
    result.m_summaryPeriod = period;
    result.m_dueWeekday = campaign.reportWeekday;
    result.m_dueTime = campaign.reportDueTime;
    const QDateTime now = nowUtc.toLocalTime();
    result.m_currentWeek = ReportWeek::containing(now.date());
    const qsizetype rows = departments.size();
    result.m_rows.reserve(rows);
    for (const Department& department : departments)
        result.m_rows.append(Row{department, {}, {}});
    result.m_periodCounts.resize(rows);

    // The columns build() would make; the due moments from the rule (equal to dueMoment() for each of them).
    const DateRange span = campaign.span();
    QList<ReportWeek> weeks;
    ReportWeek last = result.m_currentWeek;
    if (!span.isOpenEnded())
        last = std::min(last, ReportWeek::containing(span.end));
    for (ReportWeek week = ReportWeek::containing(span.start); week <= last; week = week.next())
        weeks.append(week);
    const qsizetype columns = weeks.size();
    if (columns == 0)
        return result;
    const qint64 firstDay = weeks.constFirst().monday().toJulianDay();
    const auto dayOf = [firstDay](qsizetype column) { return firstDay + 7 * column; };
    std::vector<qint64> due(static_cast<size_t>(columns));
    for (qsizetype c = 0; c < columns; ++c)
        due[size_t(c)] = rule.dueSecs(dayOf(c));
    const qint64 nowMsecs = now.toMSecsSinceEpoch();
    // Columns before `settled` are all due and counted by the totals; from it on (the weeks not yet due and always
    // the last one) each week is looked at.
    const auto pending =
        std::partition_point(due.begin(), due.end(), [nowMsecs](qint64 d) { return nowMsecs > d * 1000; });
    const qsizetype settled = std::min(qsizetype(pending - due.begin()), columns - 1);

    QHash<qint64, qsizetype> rowOf;
    std::vector<qint64> owedFrom(static_cast<size_t>(rows));
    std::vector<qsizetype> firstOwed(static_cast<size_t>(rows)); // the first column whose week is owed
    const qint64 campaignStart = QDateTime(span.start, QTime(0, 0)).toSecsSinceEpoch();
    for (qsizetype row = 0; row < rows; ++row) {
        const Department& department = departments.at(row);
        rowOf.insert(department.id, row);
        qint64 from = campaignStart;
        if (department.createdAt.isValid())
            from = std::max(from, department.createdAt.toSecsSinceEpoch());
        owedFrom[size_t(row)] = from;
        firstOwed[size_t(row)] =
            std::partition_point(due.begin(), due.end(), [from](qint64 d) { return d <= from; }) - due.begin();
    }
    // Counts of the columns from `c0` to `c1` (all due) of every row, from the facts of those weeks.
    const auto dueRange = [&](qsizetype c0, qsizetype c1) -> Result<std::vector<ComplianceCounts>> {
        std::vector<ComplianceCounts> counts(static_cast<size_t>(rows));
        if (c0 > c1)
            return counts;
        Result<QList<ReportWeekFact>> facts = read(dayOf(c0), dayOf(c1));
        if (!facts)
            return fail(facts.error());
        for (const ReportWeekFact& fact : *facts) {
            const auto row = rowOf.constFind(fact.departmentId);
            const qint64 offset = fact.mondayJulianDay - firstDay;
            if (row == rowOf.constEnd() || offset < 7 * c0 || offset > 7 * c1 || offset % 7 != 0)
                continue;
            const qint64 d = due[size_t(offset / 7)];
            if (d > owedFrom[size_t(*row)])
                ++(fact.firstReceivedSecs <= d ? counts[size_t(*row)].onTime : counts[size_t(*row)].late);
        }
        for (qsizetype row = 0; row < rows; ++row) {
            ComplianceCounts& c = counts[size_t(row)];
            c.missing = int(std::max<qsizetype>(0, c1 + 1 - std::max(c0, firstOwed[size_t(row)]))) - c.onTime - c.late;
        }
        return counts;
    };

    // The open weeks, and the weeks after the last column that the totals may hold (none, unless the clock went back).
    Result<QList<ReportWeekFact>> open = read(dayOf(settled), rule.lastDay);
    if (!open)
        return fail(open.error());
    constexpr qint64 kNone = std::numeric_limits<qint64>::max();
    const qsizetype openColumns = columns - settled;
    std::vector<qint64> first(static_cast<size_t>(rows * openColumns), kNone);
    std::vector<ReportTotals> beyond(static_cast<size_t>(rows));
    for (const ReportWeekFact& fact : *open) {
        const auto row = rowOf.constFind(fact.departmentId);
        const qint64 offset = fact.mondayJulianDay - dayOf(settled);
        if (row == rowOf.constEnd() || offset < 0 || offset % 7 != 0)
            continue;
        if (offset / 7 < openColumns) {
            qint64& cell = first[size_t(*row * openColumns + offset / 7)];
            cell = std::min(cell, fact.firstReceivedSecs);
        } else if (const qint64 d = rule.dueSecs(fact.mondayJulianDay);
                   fact.mondayJulianDay <= rule.lastDay && d > owedFrom[size_t(*row)]) {
            ++(fact.firstReceivedSecs <= d ? beyond[size_t(*row)].onTime : beyond[size_t(*row)].late);
        }
    }

    const bool current = weeks.constLast() == result.m_currentWeek;
    if (current)
        result.m_weeks.append(weeks.constLast());
    std::vector<ComplianceCounts> settledCounts(static_cast<size_t>(rows));
    std::vector<std::vector<ReportStatus>> openStatus(static_cast<size_t>(rows));
    for (qsizetype row = 0; row < rows; ++row) {
        Row& r = result.m_rows[row];
        const qint64 from = owedFrom[size_t(row)];
        ComplianceCounts live;
        std::vector<ReportStatus>& statuses = openStatus[size_t(row)];
        statuses.reserve(size_t(openColumns));
        for (qsizetype c = settled; c < columns; ++c) {
            const qint64 d = due[size_t(c)];
            const qint64 received = first[size_t(row * openColumns + (c - settled))];
            ReportStatus status = ReportStatus::NotOwed;
            if (d > from) {
                if (received != kNone)
                    status = received <= d ? ReportStatus::OnTime : ReportStatus::Late;
                else
                    status = nowMsecs > d * 1000 ? ReportStatus::Missing : ReportStatus::Pending;
            }
            live.add(status);
            statuses.push_back(status);
        }
        const ReportTotals stored = totals.value(r.department.id);
        ComplianceCounts& s = settledCounts[size_t(row)];
        s.onTime = stored.onTime - beyond[size_t(row)].onTime - live.onTime;
        s.late = stored.late - beyond[size_t(row)].late - live.late;
        s.missing =
            int(std::max<qsizetype>(0, settled - std::min(firstOwed[size_t(row)], settled))) - s.onTime - s.late;
        r.counts = s;
        r.counts += live;
        if (current)
            r.weeks.append(statuses.back());
    }

    if (!period.start.isValid()) {
        for (qsizetype row = 0; row < rows; ++row)
            result.m_periodCounts[row] = result.m_rows.at(row).counts;
        return result;
    }
    // The columns whose due day lies in the period: one run of them, since due days rise with the columns.
    const auto dueDay = [&](qsizetype c) { return weeks.at(c).monday().addDays(campaign.reportWeekday - 1); };
    qsizetype p0 = 0;
    while (p0 < columns && dueDay(p0) < period.start)
        ++p0;
    qsizetype p1 = columns - 1;
    while (p1 >= 0 && period.end.isValid() && dueDay(p1) > period.end)
        --p1;
    // The due columns of the period, from the totals less what lies outside it, or read directly: whichever reads
    // fewer weeks.
    std::vector<ComplianceCounts> inPeriod(static_cast<size_t>(rows));
    const qsizetype a = p0;
    const qsizetype b = std::min(p1, settled - 1);
    if (a <= b) {
        if (b - a + 1 <= a + (settled - 1 - b)) {
            Result<std::vector<ComplianceCounts>> direct = dueRange(a, b);
            if (!direct)
                return fail(direct.error());
            inPeriod = std::move(*direct);
        } else {
            Result<std::vector<ComplianceCounts>> before = dueRange(0, a - 1);
            Result<std::vector<ComplianceCounts>> after = before ? dueRange(b + 1, settled - 1) : before;
            if (!after)
                return fail(after.error());
            for (qsizetype row = 0; row < rows; ++row) {
                ComplianceCounts& c = inPeriod[size_t(row)];
                c = settledCounts[size_t(row)];
                for (const ComplianceCounts* outside : {&(*before)[size_t(row)], &(*after)[size_t(row)]}) {
                    c.onTime -= outside->onTime;
                    c.late -= outside->late;
                    c.missing -= outside->missing;
                }
            }
        }
    }
    for (qsizetype row = 0; row < rows; ++row) {
        ComplianceCounts c = inPeriod[size_t(row)];
        for (qsizetype col = std::max(p0, settled); col <= p1; ++col)
            c.add(openStatus[size_t(row)][size_t(col - settled)]);
        result.m_periodCounts[row] = c;
    }
    return result;
}

QDateTime ReportCompliance::dueMoment(const ReportWeek& week) const
{
    return week.dueMoment(m_dueWeekday, m_dueTime);
}

bool ReportCompliance::weekInPeriod(int column, const DateRange& period) const
{
    if (!period.start.isValid())
        return true;
    return period.contains(m_weeks.at(column).monday().addDays(m_dueWeekday - 1));
}

ComplianceCounts ReportCompliance::counts(int row, const DateRange& period) const
{
    if (!period.start.isValid())
        return m_rows.at(row).counts;
    if (m_summary) {
        Q_ASSERT(period == m_summaryPeriod);
        return m_periodCounts.at(row);
    }
    ComplianceCounts counts;
    const QList<ReportStatus>& weeks = m_rows.at(row).weeks;
    for (int column = 0; column < weeks.size(); ++column)
        if (weekInPeriod(column, period))
            counts.add(weeks.at(column));
    return counts;
}

ComplianceCounts ReportCompliance::overall(const DateRange& period) const
{
    ComplianceCounts total;
    for (int row = 0; row < m_rows.size(); ++row)
        total += counts(row, period);
    return total;
}

ComplianceCounts ReportCompliance::forCategory(DepartmentCategory category, const DateRange& period) const
{
    ComplianceCounts total;
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).department.category == category)
            total += counts(row, period);
    return total;
}

int ReportCompliance::currentColumn() const
{
    if (m_weeks.isEmpty() || m_weeks.constLast() != m_currentWeek)
        return -1;
    return int(m_weeks.size()) - 1;
}

QList<Department> ReportCompliance::notYetReported() const
{
    QList<Department> result;
    const int column = currentColumn();
    if (column < 0)
        return result;
    for (const Row& row : m_rows) {
        const ReportStatus status = row.weeks.at(column);
        if (status == ReportStatus::Pending || status == ReportStatus::Missing)
            result.append(row.department);
    }
    return result;
}

int ReportCompliance::expectedThisWeek() const
{
    const int column = currentColumn();
    if (column < 0)
        return 0;
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [column](const Row& row) { return row.weeks.at(column) != ReportStatus::NotOwed; }));
}

int ReportCompliance::receivedThisWeek() const
{
    const int column = currentColumn();
    if (column < 0)
        return 0;
    return int(std::count_if(m_rows.begin(), m_rows.end(), [column](const Row& row) {
        const ReportStatus status = row.weeks.at(column);
        return status == ReportStatus::OnTime || status == ReportStatus::Late;
    }));
}

} // namespace branddesk
