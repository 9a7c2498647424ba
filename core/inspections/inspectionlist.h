// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/department.h"
#include "core/domain/light.h"
#include "core/inspections/inspection.h"

#include <QDate>
#include <QString>

namespace branddesk {

/// An inspection as the list shows it: with its department and the counts that flag it.
struct InspectionListItem {
    qint64 id = 0;
    qint64 departmentId = 0;
    QString departmentName;
    DepartmentCategory category = DepartmentCategory::Other;
    bool departmentActive = true;
    QDate date;
    InspectionKind kind = InspectionKind::Regular;
    QString inspectors;
    QString findings; ///< the first 200 characters
    QString recordedBy;
    int checkCount = 0;
    int notMetCount = 0;
    int partlyCount = 0;
    int rectificationCount = 0;
    int openCount = 0;
    int overdueCount = 0;   ///< open and past the deadline on the day the list was read
    QDate nextOpenDeadline; ///< the earliest deadline among the open demands (invalid: none open)

    /// Red with an overdue demand, yellow with open ones, green when all are done, none without demands.
    Light rectificationLight() const;
};

/// A rectification demand with the inspection and department it belongs to: for "behind today", the
/// inspection sheet and the supervision summary.
struct RectificationItem {
    Rectification rectification;
    qint64 inspectionId = 0;
    QDate inspectionDate;
    qint64 departmentId = 0;
    QString departmentName;
    DepartmentCategory category = DepartmentCategory::Other;
};

} // namespace branddesk
