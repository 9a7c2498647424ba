// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/reporttotals.h"

#include "core/reports/reportweek.h"

namespace branddesk {

std::optional<ReportTotalsRule> ReportTotalsRule::of(const Campaign& campaign, const QDateTime& nowUtc)
{
    const DateRange span = campaign.span();
    if (!span.start.isValid())
        return std::nullopt;
    const QDate today = nowUtc.toLocalTime().date();
    const ReportWeek first = ReportWeek::containing(span.start);
    // An open campaign's horizon moves once a year, so that the totals are counted again once a year at most.
    ReportWeek last = ReportWeek::containing(QDate(today.year() + 3, 1, 1));
    if (!span.isOpenEnded())
        last = ReportWeek::containing(span.end);
    if (last < first)
        return std::nullopt;
    ReportTotalsRule rule;
    rule.campaignId = campaign.id;
    rule.firstDay = first.monday().toJulianDay();
    rule.lastDay = last.monday().toJulianDay();
    rule.startSecs = QDateTime(span.start, QTime(0, 0)).toSecsSinceEpoch();
    rule.dueOffset = first.dueMoment(campaign.reportWeekday, campaign.reportDueTime).toSecsSinceEpoch() -
                     (rule.firstDay - kUnixEpochDay) * 86400;
    for (ReportWeek week = first; week <= last; week = week.next())
        if (week.dueMoment(campaign.reportWeekday, campaign.reportDueTime).toSecsSinceEpoch() !=
            rule.dueSecs(week.monday().toJulianDay()))
            return std::nullopt;
    return rule;
}

QHash<qint64, ReportTotals> ReportTotalsRule::count(const QList<Department>& departments,
                                                    const QList<ReportWeekFact>& facts) const
{
    QHash<qint64, qint64> owedFrom;
    for (const Department& department : departments)
        owedFrom.insert(department.id, department.createdAt.isValid()
                                           ? std::max(startSecs, department.createdAt.toSecsSinceEpoch())
                                           : startSecs);
    QHash<qint64, ReportTotals> totals;
    for (const ReportWeekFact& fact : facts) {
        const auto from = owedFrom.constFind(fact.departmentId);
        if (from == owedFrom.constEnd())
            continue;
        ReportTotals& row = totals[fact.departmentId];
        const qint64 due = dueSecs(fact.mondayJulianDay);
        if (fact.mondayJulianDay < firstDay || fact.mondayJulianDay > lastDay || due <= *from)
            continue;
        ++(fact.firstReceivedSecs <= due ? row.onTime : row.late);
    }
    return totals;
}

} // namespace branddesk
