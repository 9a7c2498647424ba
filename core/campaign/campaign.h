// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaign/dekad.h"
#include "core/domain/department.h"
#include "core/domain/light.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace branddesk {

/// One phase (阶段) of a campaign: 培育打造, 实践推进, 典型推介, 巩固优化.
struct Phase {
    qint64 id = 0;
    int ordinal = 0; ///< 1-based
    QString name;
    QString focus;   ///< 重点: what the phase is about
    DateRange dates; ///< end invalid: 长期
};

/// Which departments a milestone applies to.
enum class Applicability {
    All,
    EnterpriseFacing,         ///< 涉企部门 only
    SupervisesIntermediaries, ///< 主管（监管）中介组织的部门 only
    Administrative,           ///< 行政部门 only (e.g. the approval reform)
};
QString applicabilityCode(Applicability applicability);
std::optional<Applicability> applicabilityFromCode(const QString& code);
QString applicabilityName(Applicability applicability);
/// Whether a milestone with this rule is owed by a department.
bool appliesTo(Applicability applicability, const Department& department);

/// A task of a phase every (applicable) department must complete (阶段任务).
struct Milestone {
    qint64 id = 0;
    qint64 phaseId = 0;
    int ordinal = 0;   ///< order within the campaign
    QString code;      ///< stable key from the definition ("brand-name")
    QString name;      ///< full name, as the notice says it
    QString shortName; ///< for column headers
    QString description;
    Applicability appliesTo = Applicability::All;
    QDate due; ///< invalid: no deadline (a task of an open-ended phase)
};

/// A campaign (活动) with its calendar. One database may hold several (one a year); one is current.
struct Campaign {
    qint64 id = 0;
    QString title;
    int year = 0;
    QString noticeReference;                 ///< the notice's issuer and date, or document number
    int reportWeekday = Qt::Friday;          ///< weekly reports are due on this day …
    QTime reportDueTime = QTime(23, 59, 59); ///< … by this time, local
    int leadDays = 3;                        ///< a milestone turns yellow this many days before it is due
    bool isCurrent = false;
    QByteArray definition; ///< the JSON definition it was made from (scoring rules, activity types …)
    QList<Phase> phases;
    QList<Milestone> milestones;
    QDateTime createdAt;
    int version = 0;

    /// The phase a day falls in, or nullptr before the first / in a gap.
    const Phase* phaseOn(const QDate& day) const;
    const Phase* phase(qint64 phaseId) const;
    /// The whole span: first phase start to last phase end (open if the last phase is).
    DateRange span() const;
};

/// A department's record of having completed a milestone.
struct MilestoneCompletion {
    qint64 id = 0; ///< 0 until stored
    qint64 milestoneId = 0;
    qint64 departmentId = 0;
    QDate doneDate;
    QString evidence;
    QString attachmentName; ///< empty: no attachment
    QByteArray attachment;
    QDateTime recordedAt; ///< UTC
    QString recordedBy;
    int version = 0;
};

/// Where a department stands on one milestone on a given day.
struct MilestoneState {
    enum class Status { NotApplicable, Done, Pending, DueSoon, Overdue };
    Status status = Status::Pending;
    QDate due;
    QDate doneDate;
    int daysOverdue = 0; ///< Overdue: days past due; Done: days done late (0 when on time)
    int daysLeft = 0;    ///< Pending/DueSoon: days until due (0 = due today)

    Light light() const;
    bool isDoneLate() const { return status == Status::Done && daysOverdue > 0; }
    /// "逾期 3 天", "已完成", "3 天后到期" … (translated).
    QString describe() const;
};

/// Evaluates a milestone for a department on `today`. `leadDays`: how early it turns yellow.
MilestoneState evaluateMilestone(const Milestone& milestone, const Department& department,
                                 const std::optional<MilestoneCompletion>& completion, const QDate& today,
                                 int leadDays);

} // namespace branddesk
