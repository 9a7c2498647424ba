// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace branddesk {

/// Item-data roles our table models share, so one proxy can filter and sort any of them.
enum ItemRole {
    IdRole = Qt::UserRole + 1, ///< the record's id (qint64), on every column
    SortRole,                  ///< the value to sort by (strings sort in pinyin order)
    CategoryRole,              ///< DepartmentCategory as int, on every column
    ActiveRole,                ///< bool, on every column
    StatusRole,                ///< a status enum as int, on every column
    NeedsAttentionRole,        ///< bool: something is missing (no brand, incomplete brand, overdue)
    MilestoneIdRole,           ///< qint64: the milestone of a matrix cell or a list row
    DepartmentIdRole,          ///< qint64: the department of a row that is not itself a department
};

} // namespace branddesk
