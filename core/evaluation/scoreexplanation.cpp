// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/evaluation/scoreexplanation.h"

#include <QCoreApplication>

namespace branddesk {
QString expertTotalStatusName(ExpertTotalStatus status)
{
    switch (status) {
    case ExpertTotalStatus::Counted:
        return QCoreApplication::translate("ScoreExplanation", "counted");
    case ExpertTotalStatus::TrimmedHighest:
        return QCoreApplication::translate("ScoreExplanation", "dropped as the highest total");
    case ExpertTotalStatus::TrimmedLowest:
        return QCoreApplication::translate("ScoreExplanation", "dropped as the lowest total");
    case ExpertTotalStatus::Conflicted:
        return QCoreApplication::translate("ScoreExplanation", "excluded: from the brand's own department");
    case ExpertTotalStatus::Incomplete:
        return QCoreApplication::translate("ScoreExplanation", "excluded: not every criterion scored");
    case ExpertTotalStatus::NotScored:
        break;
    }
    return QCoreApplication::translate("ScoreExplanation", "no scores entered");
}

QString ScoreExplanation::expertFormula() const
{
    QStringList counted;
    int count = 0;
    Rational sum;
    for (const ExpertTotalLine& line : experts)
        if (line.status == ExpertTotalStatus::Counted) {
            counted.append(line.total.toExactString());
            sum += line.total;
            ++count;
        }
    if (!expertScore)
        return QCoreApplication::translate("ScoreExplanation",
                                           "Expert score: none — no expert's complete total counts.");
    return QCoreApplication::translate("ScoreExplanation", "Expert score = (%1) / %2 = %3")
        .arg(counted.join(QStringLiteral(" + ")))
        .arg(count)
        .arg(expertScore->toString(2));
}

QString ScoreExplanation::socialFormula() const
{
    if (!socialScore)
        return QCoreApplication::translate("ScoreExplanation",
                                           "Social score: none — no valid questionnaire (%1 不了解 not counted).")
            .arg(survey.unknown);
    return QCoreApplication::translate("ScoreExplanation",
                                       "Social score = (%1 × %2 + %3 × %4 + %5 × %6) / %7 valid = %8 (%9 不了解 not "
                                       "counted)")
        .arg(survey.satisfied)
        .arg(satisfiedValue.toExactString())
        .arg(survey.basicallySatisfied)
        .arg(basicallySatisfiedValue.toExactString())
        .arg(survey.dissatisfied)
        .arg(dissatisfiedValue.toExactString())
        .arg(survey.valid())
        .arg(socialScore->toString(2))
        .arg(survey.unknown);
}

QString ScoreExplanation::combinedFormula() const
{
    if (!combinedScore)
        return QCoreApplication::translate("ScoreExplanation",
                                           "Combined score: none — it needs both an expert and a social score, so "
                                           "the brand is not ranked.");
    return QCoreApplication::translate("ScoreExplanation", "Combined score = %1 × %2 + %3 × %4 = %5")
        .arg(expertWeight.toExactString(), expertScore->toString(2), socialWeight.toExactString(),
             socialScore->toString(2), combinedScore->toString(2));
}

QStringList ScoreExplanation::lines() const
{
    QStringList result;
    for (const ExpertTotalLine& line : experts) {
        QString status = expertTotalStatusName(line.status);
        if (line.status == ExpertTotalStatus::Conflicted && !line.departmentName.isEmpty())
            status = QCoreApplication::translate("ScoreExplanation", "excluded: from the brand's own department (%1)")
                         .arg(line.departmentName);
        else if (line.status == ExpertTotalStatus::Incomplete)
            status = QCoreApplication::translate("ScoreExplanation", "excluded: %1 of %2 criteria scored")
                         .arg(line.criteriaScored)
                         .arg(criteriaCount);
        if (line.status == ExpertTotalStatus::NotScored)
            result.append(QCoreApplication::translate("ScoreExplanation", "%1: %2").arg(line.expertName, status));
        else
            result.append(QCoreApplication::translate("ScoreExplanation", "%1: total %2 — %3")
                              .arg(line.expertName, line.total.toExactString(), status));
    }
    int complete = 0;
    for (const ExpertTotalLine& line : experts)
        if (line.status == ExpertTotalStatus::Counted || line.status == ExpertTotalStatus::TrimmedHighest ||
            line.status == ExpertTotalStatus::TrimmedLowest)
            ++complete;
    if (trimmed)
        result.append(QCoreApplication::translate("ScoreExplanation",
                                                  "%n expert total(s) count; with %1 or more, the highest and the "
                                                  "lowest are dropped.",
                                                  nullptr, complete)
                          .arg(trimFromExperts));
    else if (complete > 0)
        result.append(QCoreApplication::translate("ScoreExplanation",
                                                  "%n expert total(s) count; fewer than %1, so none is dropped.",
                                                  nullptr, complete)
                          .arg(trimFromExperts));
    result.append(expertFormula());
    result.append(socialFormula());
    result.append(combinedFormula());
    result.append(QCoreApplication::translate(
        "ScoreExplanation", "Computed with exact fractions; figures are rounded half up to two decimals only when "
                            "shown."));
    return result;
}

} // namespace branddesk
