// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaign/dekad.h"
#include "core/domain/department.h"
#include "core/domain/light.h"
#include "core/enterprise/quarter.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace branddesk {

/// Where an enterprise-facing department stands on one quarter's concentrated week (集中攻坚).
enum class QuarterStatus {
    NotOwed, ///< before the campaign, or before the department was registered or became enterprise-facing
    Met,     ///< a concentrated week was recorded in the quarter
    Pending, ///< owed, not recorded yet, and the quarter is not over
    Missing, ///< owed and the quarter ended without one
};
/// Translated name (达标, 缺失 …).
QString quarterStatusName(QuarterStatus status);
/// Green met, red missing, yellow pending, grey not owed.
Light quarterStatusLight(QuarterStatus status);

/// A concentrated week a department recorded: the days it spent in enterprises.
struct ConcentratedWeekFact {
    qint64 departmentId = 0;
    QDate start;
    QDate end;
};

/// One department's quarters.
struct QuarterComplianceRow {
    Department department;
    QDate owedFrom;                ///< the first day the department owed concentrated weeks
    QList<QuarterStatus> quarters; ///< aligned with QuarterCompliance::quarters()
    QDate lastWeek;                ///< the last day of its latest concentrated week (invalid: none)
    int met = 0;
    int missing = 0;
    int pending = 0;

    /// "Done when every quarter due so far is met": at least one quarter met and none missing.
    bool isDone() const { return met > 0 && missing == 0; }
};

/// The notice's "涉企部门、涉企处室负责人每个季度安排一周时间深入企业" as a table: for each enterprise-facing
/// department, each quarter of the campaign up to today is met, missing, pending or not owed.
///
/// A quarter is owed when the department, from the day it owes (the campaign's start, the day it was
/// registered, or the day it became enterprise-facing, whichever is latest — as ReportCompliance treats
/// registration), still had seven days of the quarter (within the campaign) to spend the week. Pure: built
/// from data already loaded.
class QuarterCompliance {
public:
    QuarterCompliance() = default;
    /// `departments`: the enterprise-facing departments to show, in display order; `facingSince`: by
    /// department id, the day it became enterprise-facing when that is known (else its registration counts).
    static QuarterCompliance build(const DateRange& campaignSpan, const QDate& today,
                                   const QList<Department>& departments, const QHash<qint64, QDate>& facingSince,
                                   const QList<ConcentratedWeekFact>& weeks);

    /// The quarters from the campaign's first to today's (or the campaign's last, if it ended).
    const QList<Quarter>& quarters() const { return m_quarters; }
    const QList<QuarterComplianceRow>& rows() const { return m_rows; }
    /// One department's row, or nullptr when it is not enterprise-facing.
    const QuarterComplianceRow* row(qint64 departmentId) const;
    const QDate& today() const { return m_today; }

private:
    QList<Quarter> m_quarters;
    QList<QuarterComplianceRow> m_rows;
    QDate m_today;
};

} // namespace branddesk
