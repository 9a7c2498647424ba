// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/reportcompliance.h"

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
