// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/enterprise/activityfilter.h"

namespace branddesk {

bool ActivityFilter::matches(const Activity& activity) const
{
    if (departmentId != 0 && activity.departmentId != departmentId)
        return false;
    if (kind && activity.kind != *kind)
        return false;
    if (from.isValid() && activity.lastDate() < from)
        return false;
    if (to.isValid() && activity.startDate > to)
        return false;
    return enterpriseId == 0 || activity.enterpriseId == enterpriseId;
}

bool ProblemFilter::matches(const Problem& problem, const QDate& today) const
{
    if (departmentId != 0 && problem.departmentId != departmentId)
        return false;
    if (status && problem.status != *status)
        return false;
    if (overdueOnly && !problem.isOverdue(today))
        return false;
    return enterpriseId == 0 || problem.enterpriseId == enterpriseId;
}

} // namespace branddesk
