// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/evaluation/evaluationrecords.h"
#include "core/evaluation/rational.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace branddesk {

/// What became of one expert's total for a brand.
enum class ExpertTotalStatus {
    Counted,
    TrimmedHighest, ///< dropped as the highest total (the first such expert on the panel when tied)
    TrimmedLowest,  ///< dropped as the lowest total (the last such expert on the panel when tied)
    Conflicted,     ///< the expert belongs to the brand's own department: excluded before counting
    Incomplete,     ///< not every criterion scored: excluded
    NotScored,      ///< no score entered for the brand
};

/// One expert's line in an explanation.
struct ExpertTotalLine {
    qint64 expertId = 0;
    QString expertName;
    QString departmentName; ///< for a conflicted expert: the department shared with the brand
    Rational total;         ///< the sum of the criteria entered
    int criteriaScored = 0;
    ExpertTotalStatus status = ExpertTotalStatus::NotScored;
};

/// How a brand's figures were formed, as data: which experts counted, which totals were trimmed and who was
/// excluded and why, the survey counts and level values, the weights, and the results. The UI's explanation
/// panel and the printed results show lines() of it.
struct ScoreExplanation {
    QList<ExpertTotalLine> experts; ///< every expert on the panel, in panel order
    int criteriaCount = 0;
    int trimFromExperts = 0;
    bool trimmed = false;
    std::optional<Rational> expertScore; ///< nullopt: no expert's total counts
    SurveyCounts survey;
    Rational satisfiedValue, basicallySatisfiedValue, dissatisfiedValue;
    std::optional<Rational> socialScore; ///< nullopt: no valid questionnaire
    Rational expertWeight, socialWeight;
    /// Only with both an expert and a social score; a brand without either has no combined score and no rank.
    std::optional<Rational> combinedScore;

    /// The explanation in sentences, translated, with the numbers: one line per expert, then the formulas.
    QStringList lines() const;
    /// The expert-score formula ("(88 + 86 + 85 + 84 + 80) / 5 = 84.60"), the social and the combined one.
    QString expertFormula() const;
    QString socialFormula() const;
    QString combinedFormula() const;
};

/// The translated name of a status ("counted", "dropped as highest" …).
QString expertTotalStatusName(ExpertTotalStatus status);

} // namespace branddesk
