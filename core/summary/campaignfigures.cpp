// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/summary/campaignfigures.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <algorithm>

namespace branddesk {

bool DepartmentFigures::isNamedForLateness() const
{
    return reports.missing > 0 || reports.late >= 2 || milestonesOverdue > 0 || overdueRectifications > 0 ||
           overdueProblems > 0;
}

QString DepartmentFigures::latenessReason() const
{
    QStringList reasons;
    if (reports.missing > 0)
        reasons.append(
            QCoreApplication::translate("CampaignFigures", "%n week(s) of reports missing", nullptr, reports.missing));
    if (reports.late >= 2)
        reasons.append(QCoreApplication::translate("CampaignFigures", "%n report(s) late", nullptr, reports.late));
    if (milestonesOverdue > 0)
        reasons.append(
            QCoreApplication::translate("CampaignFigures", "%n milestone(s) overdue", nullptr, milestonesOverdue));
    if (overdueRectifications > 0)
        reasons.append(QCoreApplication::translate("CampaignFigures", "%n rectification(s) overdue", nullptr,
                                                   overdueRectifications));
    if (overdueProblems > 0)
        reasons.append(QCoreApplication::translate("CampaignFigures", "%n enterprise problem(s) overdue", nullptr,
                                                   overdueProblems));
    return reasons.join(QCoreApplication::translate("CampaignFigures", ", ", "list separator: 、"));
}

int DepartmentFigures::behindScore() const
{
    // A missing report or an overdue task weighs more than a late report.
    return 3 * reports.missing + reports.late + 3 * milestonesOverdue + 3 * overdueRectifications + 3 * overdueProblems;
}

int DepartmentFigures::overdueItems() const
{
    return reports.missing + milestonesOverdue + overdueRectifications + overdueProblems;
}

QList<DepartmentFigures> CampaignFigures::namedForLateness() const
{
    QList<DepartmentFigures> named;
    std::copy_if(rows.begin(), rows.end(), std::back_inserter(named),
                 [](const DepartmentFigures& row) { return row.isNamedForLateness(); });
    std::stable_sort(named.begin(), named.end(), [](const DepartmentFigures& a, const DepartmentFigures& b) {
        return a.behindScore() > b.behindScore();
    });
    return named;
}

QList<DepartmentFigures> CampaignFigures::furthestBehind(int count) const
{
    QList<DepartmentFigures> behind;
    std::copy_if(rows.begin(), rows.end(), std::back_inserter(behind),
                 [](const DepartmentFigures& row) { return row.behindScore() > 0; });
    std::stable_sort(behind.begin(), behind.end(), [](const DepartmentFigures& a, const DepartmentFigures& b) {
        return a.behindScore() > b.behindScore();
    });
    return behind.mid(0, count);
}

CampaignFigures CampaignFigures::build(const Campaign& campaign, const DateRange& period, const QDate& today,
                                       const QList<DepartmentOverview>& overviews, const MilestoneBoard& board,
                                       const ReportCompliance& compliance,
                                       const QList<RectificationFact>& rectifications,
                                       const QList<ReportListItem>& highlights)
{
    CampaignFigures f;
    f.campaignTitle = campaign.title;
    f.period = period;
    f.today = today;
    f.cutoff = period.end.isValid() ? std::min(period.end, today) : today;
    if (const Phase* phase = campaign.phaseOn(today)) {
        f.currentPhase = phase->name;
        f.currentPhaseOrdinal = phase->ordinal;
        f.phaseDaysLeft = phase->dates.isOpenEnded() ? -1 : int(today.daysTo(phase->dates.end));
    }
    f.reportsExpectedThisWeek = compliance.expectedThisWeek();
    f.reportsReceivedThisWeek = compliance.receivedThisWeek();
    f.notYetReported = compliance.notYetReported();
    f.highlights = highlights;

    QHash<qint64, int> complianceRow;
    for (int row = 0; row < compliance.rows().size(); ++row)
        complianceRow.insert(compliance.rows().at(row).department.id, row);
    QHash<qint64, const DepartmentProgress*> progress;
    for (const DepartmentProgress& row : board.rows())
        progress.insert(row.department.id, &row);
    QHash<qint64, QPair<int, int>> rectificationCounts; // open, overdue
    QHash<qint64, QList<const RectificationFact*>> overdueRectifications;
    for (const RectificationFact& r : rectifications) {
        if (!r.open)
            continue;
        ++rectificationCounts[r.departmentId].first;
        if (r.deadline.isValid() && r.deadline < f.cutoff) {
            ++rectificationCounts[r.departmentId].second;
            overdueRectifications[r.departmentId].append(&r);
        }
    }

    for (const DepartmentOverview& overview : overviews) {
        if (!overview.department.active)
            continue;
        DepartmentFigures row;
        row.department = overview.department;
        row.brandCount = overview.brandCount;
        row.bestCompleteness = overview.bestCompleteness;
        if (const auto found = complianceRow.constFind(overview.department.id); found != complianceRow.constEnd())
            row.reports = compliance.counts(*found, period);
        if (const DepartmentProgress* p = progress.value(overview.department.id)) {
            for (int i = 0; i < p->states.size(); ++i) {
                const MilestoneState& state = p->states.at(i);
                if (state.status == MilestoneState::Status::NotApplicable || !state.due.isValid() ||
                    state.due > f.cutoff)
                    continue;
                ++row.milestonesDue;
                if (state.status == MilestoneState::Status::Done) {
                    ++row.milestonesDone;
                } else if (state.due < f.cutoff) {
                    ++row.milestonesOverdue;
                    BehindItem item;
                    item.kind = BehindItem::Kind::Milestone;
                    item.departmentId = overview.department.id;
                    item.departmentName = overview.department.name;
                    if (i < campaign.milestones.size()) {
                        item.itemId = campaign.milestones.at(i).id;
                        item.title = campaign.milestones.at(i).name;
                    }
                    item.due = state.due;
                    item.daysOverdue = int(state.due.daysTo(f.cutoff));
                    f.overdueMilestoneItems.append(item);
                }
            }
        }
        const QPair<int, int> r = rectificationCounts.value(overview.department.id);
        row.openRectifications = r.first;
        row.overdueRectifications = r.second;
        for (const RectificationFact* fact : overdueRectifications.value(overview.department.id)) {
            BehindItem item;
            item.kind = BehindItem::Kind::Rectification;
            item.departmentId = overview.department.id;
            item.departmentName = overview.department.name;
            item.itemId = fact->inspectionId;
            item.title = fact->title;
            item.due = fact->deadline;
            item.daysOverdue = int(fact->deadline.daysTo(f.cutoff));
            f.overdueRectificationItems.append(item);
        }

        ++f.departments;
        f.brands += row.brandCount;
        if (row.brandCount == 0)
            ++f.departmentsWithoutBrand;
        f.reports += row.reports;
        f.milestonesDue += row.milestonesDue;
        f.milestonesDone += row.milestonesDone;
        f.milestonesOverdue += row.milestonesOverdue;
        f.openRectifications += row.openRectifications;
        f.overdueRectifications += row.overdueRectifications;
        f.rows.append(row);
    }
    return f;
}

void CampaignFigures::addProblems(const QList<Problem>& problems)
{
    for (DepartmentFigures& row : rows) {
        for (const Problem& p : problems) {
            if (p.departmentId != row.department.id || !p.deadline.isValid() || p.deadline >= cutoff)
                continue;
            const bool pendingAtCutoff = p.isPending() || (p.status == ProblemStatus::Solved &&
                                                           p.solvedDate.isValid() && p.solvedDate >= cutoff);
            if (!pendingAtCutoff)
                continue;
            ++row.overdueProblems;
            ++overdueProblems;
            BehindItem item;
            item.kind = BehindItem::Kind::Problem;
            item.departmentId = p.departmentId;
            item.departmentName = row.department.name;
            item.itemId = p.id;
            item.title = QCoreApplication::translate("CampaignFigures", "Problem: %1 — %2")
                             .arg(p.enterpriseName, p.description.section(QLatin1Char('\n'), 0, 0));
            item.due = p.deadline;
            item.daysOverdue = static_cast<int>(p.deadline.daysTo(cutoff));
            item.light = Light::Red;
            overdueProblemItems.append(item);
        }
    }
}

} // namespace branddesk
