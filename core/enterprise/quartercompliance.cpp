// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/enterprise/quartercompliance.h"

#include <QCoreApplication>

#include <algorithm>

namespace branddesk {
namespace {

/// A week needs seven days: a quarter with fewer left after the department owes is not owed.
constexpr int kWeekDays = 7;

} // namespace

QString quarterStatusName(QuarterStatus status)
{
    switch (status) {
    case QuarterStatus::Met:
        return QCoreApplication::translate("QuarterCompliance", "Met");
    case QuarterStatus::Pending:
        return QCoreApplication::translate("QuarterCompliance", "Pending");
    case QuarterStatus::Missing:
        return QCoreApplication::translate("QuarterCompliance", "Missing");
    case QuarterStatus::NotOwed:
        break;
    }
    return QCoreApplication::translate("QuarterCompliance", "Not owed");
}

Light quarterStatusLight(QuarterStatus status)
{
    switch (status) {
    case QuarterStatus::Met:
        return Light::Green;
    case QuarterStatus::Pending:
        return Light::Yellow;
    case QuarterStatus::Missing:
        return Light::Red;
    case QuarterStatus::NotOwed:
        break;
    }
    return Light::Grey;
}

QuarterCompliance QuarterCompliance::build(const DateRange& campaignSpan, const QDate& today,
                                           const QList<Department>& departments,
                                           const QHash<qint64, QDate>& facingSince,
                                           const QList<ConcentratedWeekFact>& weeks)
{
    QuarterCompliance result;
    result.m_today = today;
    if (campaignSpan.start.isValid() && today >= campaignSpan.start) {
        const QDate last = campaignSpan.isOpenEnded() ? today : std::min(today, campaignSpan.end);
        for (Quarter q = Quarter::containing(campaignSpan.start); q <= Quarter::containing(last); q = q.next())
            result.m_quarters.append(q);
    }

    for (const Department& department : departments) {
        QuarterComplianceRow row;
        row.department = department;
        row.owedFrom = campaignSpan.start;
        if (department.createdAt.isValid())
            row.owedFrom = std::max(row.owedFrom, department.createdAt.toLocalTime().date());
        if (const QDate since = facingSince.value(department.id); since.isValid())
            row.owedFrom = std::max(row.owedFrom, since);
        QList<ConcentratedWeekFact> own;
        for (const ConcentratedWeekFact& week : weeks)
            if (week.departmentId == department.id) {
                own.append(week);
                const QDate end = week.end.isValid() ? week.end : week.start;
                if (!row.lastWeek.isValid() || end > row.lastWeek)
                    row.lastWeek = end;
            }
        for (const Quarter& q : std::as_const(result.m_quarters)) {
            QDate windowEnd = q.lastDay();
            if (!campaignSpan.isOpenEnded())
                windowEnd = std::min(windowEnd, campaignSpan.end);
            const bool met = std::any_of(own.begin(), own.end(), [&q](const ConcentratedWeekFact& week) {
                return Quarter::containing(week.start) == q;
            });
            QuarterStatus status = QuarterStatus::NotOwed;
            if (met)
                status = QuarterStatus::Met;
            else if (row.owedFrom.isValid() && row.owedFrom.addDays(kWeekDays - 1) <= windowEnd)
                status = windowEnd < today ? QuarterStatus::Missing : QuarterStatus::Pending;
            row.met += status == QuarterStatus::Met ? 1 : 0;
            row.missing += status == QuarterStatus::Missing ? 1 : 0;
            row.pending += status == QuarterStatus::Pending ? 1 : 0;
            row.quarters.append(status);
        }
        result.m_rows.append(std::move(row));
    }
    return result;
}

const QuarterComplianceRow* QuarterCompliance::row(qint64 departmentId) const
{
    for (const QuarterComplianceRow& r : m_rows)
        if (r.department.id == departmentId)
            return &r;
    return nullptr;
}

} // namespace branddesk
