// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/campaign/milestoneboard.h"

#include "core/text/collation.h"

#include <algorithm>

namespace branddesk {

MilestoneBoard MilestoneBoard::build(const Campaign& campaign, const QList<Department>& departments,
                                     const QList<MilestoneCompletion>& completions, const QDate& today)
{
    MilestoneBoard board;
    board.m_campaign = campaign;
    board.m_today = today;
    for (const MilestoneCompletion& c : completions)
        board.m_completions.insert({c.milestoneId, c.departmentId}, c);
    for (const Department& department : departments) {
        DepartmentProgress row;
        row.department = department;
        for (const Milestone& milestone : campaign.milestones) {
            const MilestoneState state = evaluateMilestone(
                milestone, department, board.completion(milestone.id, department.id), today, campaign.leadDays);
            row.states.append(state);
            if (state.status == MilestoneState::Status::NotApplicable)
                continue;
            ++row.applicable;
            const bool dueByToday = state.due.isValid() && state.due <= today;
            if (dueByToday) {
                ++row.dueByToday;
                if (state.status == MilestoneState::Status::Done)
                    ++row.doneOfDue;
            }
            switch (state.status) {
            case MilestoneState::Status::Done:
                ++row.done;
                break;
            case MilestoneState::Status::Overdue:
                ++row.overdue;
                row.maxDaysOverdue = std::max(row.maxDaysOverdue, state.daysOverdue);
                row.totalDaysOverdue += state.daysOverdue;
                break;
            case MilestoneState::Status::DueSoon:
                ++row.dueSoon;
                break;
            default:
                break;
            }
        }
        board.m_rows.append(row);
    }
    return board;
}

std::optional<MilestoneCompletion> MilestoneBoard::completion(qint64 milestoneId, qint64 departmentId) const
{
    if (auto it = m_completions.constFind({milestoneId, departmentId}); it != m_completions.constEnd())
        return *it;
    return std::nullopt;
}

QList<BehindItem> MilestoneBoard::behind() const
{
    QList<BehindItem> items;
    for (const DepartmentProgress& row : m_rows) {
        for (int i = 0; i < row.states.size(); ++i) {
            const MilestoneState& state = row.states.at(i);
            if (state.status != MilestoneState::Status::Overdue && state.status != MilestoneState::Status::DueSoon)
                continue;
            const Milestone& milestone = m_campaign.milestones.at(i);
            BehindItem item;
            item.departmentId = row.department.id;
            item.departmentName = row.department.name;
            item.itemId = milestone.id;
            item.title = milestone.name;
            item.due = state.due;
            item.daysOverdue = state.daysOverdue;
            item.daysLeft = state.daysLeft;
            item.light = state.light();
            items.append(item);
        }
    }
    std::sort(items.begin(), items.end(), [](const BehindItem& a, const BehindItem& b) {
        const bool aRed = a.light == Light::Red;
        if (aRed != (b.light == Light::Red))
            return aRed;
        if (aRed && a.daysOverdue != b.daysOverdue)
            return a.daysOverdue > b.daysOverdue;
        if (!aRed && a.daysLeft != b.daysLeft)
            return a.daysLeft < b.daysLeft;
        if (const int byName = compareChinese(a.departmentName, b.departmentName); byName != 0)
            return byName < 0;
        return a.due < b.due;
    });
    return items;
}

std::pair<int, int> MilestoneBoard::completionOf(int milestoneIndex) const
{
    int done = 0;
    int owed = 0;
    for (const DepartmentProgress& row : m_rows) {
        const MilestoneState& state = row.states.at(milestoneIndex);
        if (state.status == MilestoneState::Status::NotApplicable)
            continue;
        ++owed;
        if (state.status == MilestoneState::Status::Done)
            ++done;
    }
    return {done, owed};
}

} // namespace branddesk
