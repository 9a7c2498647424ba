// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assessment/assessmentinput.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace branddesk {

/// One part of a department's assessment: the raw figure, the rule, the weight and the points.
struct PartScore {
    enum class Status {
        Scored,
        NotEnterpriseFacing, ///< the enterprise part of a department that does not serve enterprises
        NoData,              ///< nothing owed or entered yet: its weight is shared out like the above
    };
    AssessmentPart part = AssessmentPart::Reports;
    Status status = Status::Scored;
    QString raw;                  ///< the raw figure in words ("40 of 45 weeks on time")
    std::optional<Rational> rate; ///< percent, for the rate parts
    Rational weight;              ///< as the scheme gives it
    Rational effectiveWeight;     ///< after the weights of unscored parts are shared out pro rata
    Rational points;
    QString formula; ///< how the points were formed ("20 × (88.9 − 60) ÷ (100 − 60) = 14.44")

    bool isScored() const { return status == Status::Scored; }
};

/// Where a department stands against the quota of the best grade.
enum class QuotaDecision {
    NotConcerned, ///< its total does not reach the best grade (or it is vetoed)
    Within,       ///< the best grade, within the quota
    Beyond,       ///< reaches the best grade's band but ranks beyond the quota: the next grade
    TieAtEdge,    ///< tied with others at the quota's edge: listed for the office to decide, never cut silently
};

/// One department's assessment: every figure of its row and how it was formed.
struct DepartmentAssessment {
    AssessmentInput input;
    QList<PartScore> parts;     ///< one per part of the scheme, in its order
    bool redistributed = false; ///< some weight was shared out (not enterprise-facing, or a part without data)
    Rational partsTotal;
    Rational bonusEntered, bonus; ///< bonus: as counted, at most the cap
    Rational deductionEntered, deduction;
    Rational total; ///< partsTotal + bonus − deduction
    bool vetoed = false;
    QString vetoReason;
    int rank = 0;         ///< within its category: 1, 2, 2, 4
    int categorySize = 0; ///< departments assessed in its category
    int quota = 0;        ///< how many of the category may get the best grade
    int band = 0;         ///< the grade its total earns (index into the scheme's grades)
    int grade = 0;        ///< the grade it gets: a veto gives the last; beyond the quota, the next
    QuotaDecision quotaDecision = QuotaDecision::NotConcerned;
    QStringList changedAfterFinalising; ///< of a finalised year: the parts whose records changed since

    const PartScore* score(AssessmentPart part) const;
    /// The grade's name as the table shows it; a tie at the quota's edge names both ("优秀 / 良好 (tie …)").
    QString gradeText(const AssessmentScheme& scheme) const;
    /// The explanation panel and the printed appendix: each part's raw figure, rule, weight and points, the
    /// redistribution, the bonus and deduction items with their reasons, a veto, the total, the rank and the
    /// quota decision.
    QStringList explanation(const AssessmentScheme& scheme) const;
};

/// A year's assessment table.
struct AssessmentTable {
    int year = 0;
    QDate asOf; ///< the day the records were judged on (the last day of the year, or today in a preview)
    AssessmentScheme scheme;
    QList<DepartmentAssessment> rows; ///< by category in the notice's order, then rank, then register order
    bool finalised = false;
    QDateTime finalisedAt;
    QString finalisedBy;

    const DepartmentAssessment* row(qint64 departmentId) const;
    /// The rows of the best grade, and the tied ones at the quota's edge.
    QList<const DepartmentAssessment*> best() const;
    QList<const DepartmentAssessment*> tiedAtQuota() const;
    /// The last-ranked rows of each category (all tied at the last rank).
    QList<const DepartmentAssessment*> lastOfCategories() const;
};

} // namespace branddesk
