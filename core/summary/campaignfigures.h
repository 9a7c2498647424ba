// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaign/milestoneboard.h"
#include "core/domain/department.h"
#include "core/enterprise/problem.h"
#include "core/reports/reportcompliance.h"
#include "core/reports/reportsearch.h"

#include <QDate>
#include <QList>

namespace branddesk {

/// What the figures need to know of a rectification demand (整改要求).
struct RectificationFact {
    qint64 departmentId = 0;
    QDate deadline;
    bool open = true;        ///< not yet done
    qint64 inspectionId = 0; ///< the inspection that demanded it
    QString title;           ///< what is demanded, for the lists behind the figures
};

/// One department's line in the supervision summary's table and the dashboard's traffic lights.
struct DepartmentFigures {
    Department department;
    int brandCount = 0;
    int bestCompleteness = -1; ///< percent of the best brand; -1 without a brand
    ComplianceCounts reports;  ///< weeks due in the period
    int milestonesDue = 0;     ///< applicable milestones due by the period's end (or today, if earlier)
    int milestonesDone = 0;    ///< of those, completed
    int milestonesOverdue = 0; ///< of those, not completed and past due
    int openRectifications = 0;
    int overdueRectifications = 0;
    int overdueProblems = 0; ///< enterprise problems (难题) past their deadline and not solved at the cutoff

    /// Named in the summary for lateness: a missing week, two late weeks, an overdue milestone or an overdue
    /// rectification in the period.
    bool isNamedForLateness() const;
    /// "缺报 2 周、阶段任务逾期 1 项" (translated), empty when not named.
    QString latenessReason() const;
    /// How far behind, for ordering the named: larger is worse (a missing week or an overdue item weighs three late
    /// weeks).
    int behindScore() const;
    /// What a leader counts: missing weeks, overdue milestones, rectifications and problems, one each.
    int overdueItems() const;
};

/// The campaign's figures for a period, computed once in core: the supervision summary prints them, the
/// dashboard shows them. Pure: built from data already loaded.
struct CampaignFigures {
    QString campaignTitle;
    DateRange period;
    QDate today;
    QDate cutoff; ///< the period's end, or today if earlier: milestones and rectifications are judged here

    int departments = 0; ///< active
    int brands = 0;
    int departmentsWithoutBrand = 0;
    QString currentPhase; ///< name of the phase holding today; empty between or outside phases
    int currentPhaseOrdinal = 0;
    int phaseDaysLeft = -1; ///< days until the current phase ends (-1: open-ended or none)

    int reportsExpectedThisWeek = 0;
    int reportsReceivedThisWeek = 0;
    ComplianceCounts reports; ///< all departments, weeks due in the period
    int milestonesDue = 0;
    int milestonesDone = 0;
    int milestonesOverdue = 0;
    int openRectifications = 0;
    int overdueRectifications = 0;

    /// The items behind milestonesOverdue and overdueRectifications, one per overdue milestone or rectification
    /// (register order of departments), so a list can show exactly the rows behind each number.
    QList<BehindItem> overdueMilestoneItems;
    QList<BehindItem> overdueRectificationItems;
    int overdueProblems = 0;
    QList<BehindItem> overdueProblemItems; ///< one per overdue enterprise problem, register order of departments
    int overdueTickets = 0;                ///< hotline tickets past their due date today (not at the cutoff)
    QList<BehindItem> overdueTicketItems;  ///< one per overdue hotline ticket, most days overdue first

    QList<DepartmentFigures> rows;    ///< every active department, register order
    QList<ReportListItem> highlights; ///< reports flagged 典型做法 in the period, newest first
    QList<Department> notYetReported; ///< this week's call list

    /// The rows named for lateness, furthest behind first.
    QList<DepartmentFigures> namedForLateness() const;
    /// The `count` departments furthest behind (score > 0 only), worst first.
    QList<DepartmentFigures> furthestBehind(int count) const;

    /// Counts the enterprise problems overdue at the cutoff (deadline before it, and not solved by then or
    /// judged unsolvable) into the rows of their departments and the totals.
    void addProblems(const QList<Problem>& problems);

    /// Puts the figures together. `overviews`: the active departments' overviews (brand counts and best
    /// completeness); `board` and `compliance`: built for today.
    static CampaignFigures build(const Campaign& campaign, const DateRange& period, const QDate& today,
                                 const QList<DepartmentOverview>& overviews, const MilestoneBoard& board,
                                 const ReportCompliance& compliance, const QList<RectificationFact>& rectifications,
                                 const QList<ReportListItem>& highlights);
};

} // namespace branddesk
