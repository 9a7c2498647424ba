// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/enterprise/activity.h"
#include "core/enterprise/problem.h"

#include <QDate>

#include <optional>

namespace branddesk {

/// Which activities a list shows; an empty field does not filter.
struct ActivityFilter {
    qint64 departmentId = 0;
    std::optional<ActivityKind> kind;
    QDate from; ///< activities ending on or after this day
    QDate to;   ///< activities starting on or before this day
    qint64 enterpriseId = 0;

    bool matches(const Activity& activity) const;
};

/// Which problems a list shows; an empty field does not filter.
struct ProblemFilter {
    qint64 departmentId = 0;
    std::optional<ProblemStatus> status;
    bool overdueOnly = false; ///< only those overdue on `today`
    qint64 enterpriseId = 0;

    bool matches(const Problem& problem, const QDate& today) const;
};

} // namespace branddesk
