// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/light.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace branddesk {

/// Where a problem stands.
enum class ProblemStatus {
    Open,        ///< 待解决
    InProgress,  ///< 正在解决
    Solved,      ///< 已解决 (with the date)
    CannotSolve, ///< 无法解决 (with the reason)
};
QList<ProblemStatus> allProblemStatuses();
/// Stable code stored in the database ("open", "in-progress", "solved", "cannot-solve").
QString problemStatusCode(ProblemStatus status);
std::optional<ProblemStatus> problemStatusFromCode(const QString& code);
/// Translated name.
QString problemStatusName(ProblemStatus status);

/// A dated note on how the work on a problem went.
struct ProgressNote {
    qint64 id = 0; ///< 0 until stored
    QDate date;
    QString text;
    bool operator==(const ProgressNote&) const = default;
};

/// A problem (难题) an enterprise raised, under the notice's responsibility system "一个难题、一名领导、一套
/// 班子、一个方案、一抓到底": one responsible leader, the team, the plan, a deadline, and its progress to the end.
struct Problem {
    qint64 id = 0; ///< 0 until stored
    qint64 departmentId = 0;
    QString departmentName; ///< read with the problem
    qint64 enterpriseId = 0;
    QString enterpriseName; ///< on save: the name to remember (found or added); read with the problem
    qint64 activityId = 0;  ///< the activity where it was raised, 0: none
    QDate raisedDate;
    QString description;
    QString leader; ///< the one responsible leader (一名领导)
    QString team;   ///< 一套班子
    QString plan;   ///< 一个方案
    QDate deadline;
    ProblemStatus status = ProblemStatus::Open;
    QString reason; ///< why it cannot be solved (CannotSolve only)
    QDate solvedDate;
    QList<ProgressNote> notes; ///< oldest first
    QString recordedBy;
    QDateTime recordedAt; ///< UTC
    QDateTime updatedAt;  ///< UTC
    int version = 0;

    /// Open or in progress.
    bool isPending() const { return status == ProblemStatus::Open || status == ProblemStatus::InProgress; }
    /// Pending and its deadline passed before `today`.
    bool isOverdue(const QDate& today) const;
    /// How many days past the deadline on `today` (0 unless overdue).
    int daysOverdue(const QDate& today) const;
    /// Red overdue, yellow pending, green solved, grey cannot be solved.
    Light light(const QDate& today) const;
};

/// Limits on a problem's texts, in characters.
struct ProblemLimits {
    static constexpr int kLeader = 40;
    static constexpr int kTeam = 500;
    static constexpr int kText = 5000;
};

} // namespace branddesk
