// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaign/campaign.h"

#include <QHash>
#include <QList>

#include <optional>

namespace branddesk {

/// One department's row of the board: its state on every milestone of the campaign, and its lateness.
struct DepartmentProgress {
    Department department;
    QList<MilestoneState> states; ///< aligned with Campaign::milestones
    int applicable = 0;           ///< milestones the department owes
    int done = 0;                 ///< of the applicable, completed: "done / applicable"
    int dueByToday = 0;           ///< applicable milestones due on or before today
    int doneOfDue = 0; ///< of those, completed: "done / due so far", the figure the dashboard and the summary show
    int overdue = 0;
    int dueSoon = 0;
    int maxDaysOverdue = 0;   ///< the worst lateness, in days
    int totalDaysOverdue = 0; ///< the sum over overdue milestones: how far behind, in all
};

/// Something a department is behind on today, for the "behind today" list (and later the summary and the
/// dashboard, which add rectifications and problems of their own kinds).
struct BehindItem {
    enum class Kind { Milestone, Rectification, Problem, Ticket };
    Kind kind = Kind::Milestone;
    qint64 departmentId = 0;
    QString departmentName;
    qint64 itemId = 0; ///< the milestone's id; for a rectification, the id of the inspection that demanded it;
                       ///< for a problem, the problem's id; for a hotline ticket, the ticket's id
    QString title;
    QDate due;
    int daysOverdue = 0; ///< 0 with a yellow light: due within the lead days
    int daysLeft = 0;
    Light light = Light::Red;
};

/// Every active department against every milestone of a campaign on one day: the matrix the office reads
/// to see who is behind. Pure: built from data already loaded, so it is cheap to test and to reuse.
class MilestoneBoard {
public:
    MilestoneBoard() = default;
    /// `departments`: the active departments, in display order.
    static MilestoneBoard build(const Campaign& campaign, const QList<Department>& departments,
                                const QList<MilestoneCompletion>& completions, const QDate& today);

    const Campaign& campaign() const { return m_campaign; }
    const QDate& today() const { return m_today; }
    const QList<DepartmentProgress>& rows() const { return m_rows; }
    /// The completion record behind a green light (without attachment bytes), if any.
    std::optional<MilestoneCompletion> completion(qint64 milestoneId, qint64 departmentId) const;
    /// Overdue milestones (most days first), then those due within the lead days (soonest first);
    /// ties in pinyin order of department.
    QList<BehindItem> behind() const;
    /// How many applicable departments have completed a milestone, and how many owe it.
    std::pair<int, int> completionOf(int milestoneIndex) const;

private:
    Campaign m_campaign;
    QDate m_today;
    QList<DepartmentProgress> m_rows;
    QHash<QPair<qint64, qint64>, MilestoneCompletion> m_completions;
};

} // namespace branddesk
