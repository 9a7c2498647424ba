// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assessment/assessmentresult.h"
#include "core/error.h"
#include "core/storage/assessmentrepository.h"

#include <QObject>

namespace branddesk {

class Session;

/// The annual work-style assessment (年度考核) of the current campaign's year: the table computed from the year's
/// records (a preview "if the year ended today" until it is finalised), the items clerks enter by hand, and
/// finalising and reopening a year.
///
/// Clerks and administrators enter bonus, deduction, veto and social appraisal items (audited; refused once the
/// year is finalised, and a bonus or deduction beyond the scheme's cap is refused). Only an administrator finalises
/// a year — a snapshot of every input and the scheme is stored, and later edits of the records no longer change the
/// table but are flagged — and only an administrator reopens it. Leaders read.
class AssessmentService : public QObject {
    Q_OBJECT
public:
    /// Reads the records through `session`'s other services; constructed by the session after them.
    explicit AssessmentService(Session& session, QObject* parent = nullptr);

    /// The scheme of the current campaign (the defaults without one).
    Result<AssessmentScheme> scheme() const;
    /// The current campaign's year; 0 without a campaign.
    Result<int> currentYear() const;
    /// The year's table: a finalised year's snapshot with the departments whose records changed since flagged,
    /// or else the preview computed from the records on the clock's today (at most the year's last day).
    Result<AssessmentTable> table(int year) const;
    /// Every department's inputs of `year` from the records, judged on min(today, 31 December).
    Result<QList<AssessmentInput>> inputs(int year) const;

    Result<QList<AssessmentItem>> items(int year) const;
    /// Records a new item (id 0) or saves an edited one: a department, a reason, points within the limits (a social
    /// score 0–100, one a year; a bonus or deduction above 0 and within the cap), the year not finalised.
    Result<AssessmentItem> saveItem(AssessmentItem item);
    Result<void> removeItem(qint64 id);

    /// Stores the snapshot of `year` (administrators only, audited); refused when it is already finalised.
    Result<void> finalise(int year);
    /// Removes the snapshot (administrators only, audited): the table follows the records again.
    Result<void> reopen(int year);
    Result<bool> isFinalised(int year) const;

    bool mayEdit() const;
    bool mayFinalise() const;

signals:
    void changed();

private:
    Result<void> checkOpen(int year) const;
    Result<void> validate(AssessmentItem& item) const;

    Session& m_session;
    mutable AssessmentRepository m_repository;
};

} // namespace branddesk
