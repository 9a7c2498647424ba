// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/evaluation/evaluationrecords.h"
#include "core/evaluation/scoreexplanation.h"
#include "core/evaluation/scoringrules.h"

#include <QList>

#include <optional>

namespace branddesk {

/// One brand's line of the results table.
struct BrandResult {
    qint64 entryId = 0;
    qint64 brandId = 0;
    QString brandName;
    qint64 departmentId = 0;
    QString departmentName;
    DepartmentCategory category = DepartmentCategory::Administrative;
    std::optional<Rational> expertScore;
    std::optional<Rational> socialScore;
    std::optional<Rational> combinedScore;
    int rank = 0;           ///< overall, 1-based, ties share (1, 2, 2, 4); 0 without a combined score
    int rankInCategory = 0; ///< the same within the department category
    ScoreExplanation explanation;
};

/// Computes an evaluation's results from the panel, the scores and the survey counts (DESIGN.md §1.6).
///
/// - An expert's total for a brand is the sum of its criteria; it counts only when every criterion is
///   scored, and never when the expert belongs to the brand's own department (excluded before counting).
/// - Expert score = mean of the counted totals; with at least `trimFromExperts` of them, one highest and one
///   lowest total are dropped first (on a tie, the first highest and the last lowest on the panel).
/// - Social score = Σ level value × count / valid questionnaires; 不了解 is invalid; none valid: no score.
/// - Combined = expert weight × expert + social weight × social, only when both exist. A brand without a
///   combined score is not ranked (rank 0) and its explanation says why — a missing survey must not quietly
///   count as zero, nor the expert score alone decide.
/// - Ranks compare exact values; equal values share a rank and the next rank skips (1, 2, 2, 4).
///
/// Results keep the entries' order, which is the order lists show; sort by rank where needed.
class EvaluationCalculator {
public:
    static QList<BrandResult> compute(const ScoringRules& rules, const QList<EvaluationEntry>& entries,
                                      const QList<EvaluationExpert>& experts, const QList<ExpertScore>& scores);
    /// The top `perCategory` ranked results of each category (ties at the border all included), as entry ids.
    static QList<qint64> suggestTop(const QList<BrandResult>& results, int perCategory);
    /// Competition ranks (1, 2, 2, 4) of `values`, highest first; nullopt values get 0.
    static QList<int> ranks(const QList<std::optional<Rational>>& values);
};

} // namespace branddesk
