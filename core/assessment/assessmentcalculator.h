// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assessment/assessmentresult.h"

namespace branddesk {

/// Computes the annual assessment from its inputs, exactly (Rational), rounding only when shown. Pure.
///
/// Each part's rate becomes points by its rule and weight. A part that does not apply (the enterprise part of a
/// department that is not enterprise-facing) or has no data yet scores nothing and its weight is shared out over
/// the scored parts pro rata (each weight × 100 ÷ the scored weights). Bonus and deduction count up to their caps;
/// total = parts + bonus − deduction. Ranks are within the category (1, 2, 2, 4); the grade is the band of the
/// total, the last grade with a veto, and the best grade goes to at most the quota of each category by rank —
/// departments tied at the quota's edge are all listed for the office to decide.
class AssessmentCalculator {
public:
    explicit AssessmentCalculator(AssessmentScheme scheme)
        : m_scheme(std::move(scheme))
    {}

    AssessmentTable compute(int year, const QDate& asOf, const QList<AssessmentInput>& inputs) const;
    /// One department's parts, bonus, deduction, veto and total (no rank or grade: those need the category).
    DepartmentAssessment assess(const AssessmentInput& input) const;

    /// Whether one more bonus or deduction of `points` keeps the department's items within the scheme's cap;
    /// refused (Validation) with the cap, what is entered and the excess. `existing`: the department's items of
    /// the year, the edited one (same id) left out.
    Result<void> checkCap(const QList<AssessmentItem>& existing, const AssessmentItem& item) const;

    const AssessmentScheme& scheme() const { return m_scheme; }

private:
    PartScore scorePart(const AssessmentInput& input, const PartRule& rule) const;
    void rankAndGrade(QList<DepartmentAssessment*>& category) const;

    AssessmentScheme m_scheme;
};

} // namespace branddesk
