// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/brand.h"
#include "core/error.h"
#include "core/evaluation/rational.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace branddesk {

/// The answers of the satisfaction questionnaire; 不了解 (does not know) makes a questionnaire invalid.
enum class SurveyLevel { Satisfied, BasicallySatisfied, Dissatisfied };
QList<SurveyLevel> allSurveyLevels();
/// 满意 / 基本满意 / 不满意 as the campaign definition names them (the keys of "socialLevels").
QString surveyLevelKey(SurveyLevel level);
/// Translated names for the UI.
QString surveyLevelName(SurveyLevel level);

/// One criterion the experts score: a standard and its maximum points.
struct ScoringCriterion {
    BrandStandard standard = BrandStandard::Name;
    QString code;       ///< as in the definition and the database: "name", "logo", "culture", …
    Rational maxPoints; ///< 20 by default
};
/// The code of a standard ("service-system") and back.
QString brandStandardCode(BrandStandard standard);
std::optional<BrandStandard> brandStandardFromCode(const QString& code);

/// The scoring rules of an evaluation (DESIGN.md §1.6), read from the "scoring" block of a campaign's
/// definition: the criteria with their points, from how many experts the highest and lowest total are
/// dropped, the value of each survey level, and the weights of the expert and the social score.
struct ScoringRules {
    QList<ScoringCriterion> criteria;
    int trimFromExperts = 5; ///< with at least this many experts' totals, drop one highest and one lowest
    Rational satisfied = 100;
    Rational basicallySatisfied = 60;
    Rational dissatisfied = 0;
    Rational expertWeight = Rational::fraction(6, 10);
    Rational socialWeight = Rational::fraction(4, 10);

    /// The defaults of DESIGN.md §1.6: five standards of 20 points, trim from 5, 100/60/0, 0.6/0.4.
    static ScoringRules defaults();
    /// The rules in a campaign definition (JSON bytes, Campaign::definition). A definition without a "scoring"
    /// block gets the defaults; a malformed block is refused with a message naming the field and the problem.
    static Result<ScoringRules> fromDefinition(const QByteArray& definition);

    Rational value(SurveyLevel level) const;
    /// The total of the criteria's maximum points (100 by default).
    Rational maxTotal() const;
    /// The index of a criterion by code, or -1.
    int indexOf(const QString& code) const;
};

} // namespace branddesk
