// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/enterprise/activity.h"
#include "core/enterprise/enterprise.h"
#include "core/enterprise/problem.h"

#include <QList>
#include <QStringList>

namespace branddesk {

/// Everything recorded about one enterprise, zone or project, across departments: every visit (三进, 局长直通车,
/// 集中攻坚), every delivery (五送) and every problem it raised.
struct EnterprisePage {
    Enterprise enterprise;
    QList<Activity> visits;     ///< every activity but deliveries, newest first
    QList<Activity> deliveries; ///< 五送, newest first
    QList<Problem> problems;    ///< earliest deadline first

    /// The departments that served it, each once, in the order first met (newest activity first).
    QStringList departmentNames() const;
};

} // namespace branddesk
