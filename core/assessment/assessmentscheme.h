// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/evaluation/rational.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace branddesk {

/// The parts of the annual work-style assessment (年度考核), in the order the table shows them.
enum class AssessmentPart {
    Reports,     ///< 信息报送: weekly reports on time ÷ owed
    Milestones,  ///< 阶段任务: done on time ÷ applicable and due
    Inspections, ///< 督查: checks met ÷ judged, less points per overdue rectification
    Enterprise,  ///< 服务企业: concentrated weeks met, problems solved on time (enterprise-facing only)
    Evaluation,  ///< 品牌评选: the brand's result, by level
    Hotline,     ///< 监督热线: 按时办结率 and 回访满意率
    Social,      ///< 社会评议: the score entered by hand from the year's survey
};
QList<AssessmentPart> allAssessmentParts();
/// "reports", "milestones", … as the campaign definition names them.
QString assessmentPartCode(AssessmentPart part);
std::optional<AssessmentPart> assessmentPartFromCode(const QString& code);
/// Translated short name for column headers (报送, 任务 …).
QString assessmentPartName(AssessmentPart part);

/// A department's result in the brand evaluation, best last.
enum class EvaluationLevel { None, Entered, Typical, Named };
QList<EvaluationLevel> allEvaluationLevels();
/// "none", "entered", "typical", "named".
QString evaluationLevelCode(EvaluationLevel level);
std::optional<EvaluationLevel> evaluationLevelFromCode(const QString& code);
QString evaluationLevelName(EvaluationLevel level);

/// How one part turns its raw figure into points. A rate part scores on a linear scale: a rate at or below
/// `floor` scores nothing, at or above `full` the part's whole weight, in between pro rata. The evaluation part
/// scores by level: each level gives a percentage of the part's weight.
struct PartRule {
    AssessmentPart part = AssessmentPart::Reports;
    Rational weight; ///< the part's full marks; the weights of a scheme add up to 100
    Rational floor = 0;
    Rational full = 100;
    QMap<EvaluationLevel, Rational> levels; ///< percent of the weight per level (evaluation only)
    Rational perOverdue = 0;                ///< inspections: points off per rectification overdue

    bool usesLevels() const { return part == AssessmentPart::Evaluation; }
    /// "linear: 60% or less 0, 100% or more full marks" or "levels: named 100%, …" (translated).
    QString describe() const;
};

/// A grade (等次) and the lowest total that earns it.
struct GradeBand {
    QString name;
    Rational minimum;
};

/// The scheme of the annual assessment, read from the "assessment" section of a campaign's definition
/// (DESIGN.md §1 "Assessment"); a definition without the section gets the defaults.
struct AssessmentScheme {
    QList<PartRule> parts;      ///< in allAssessmentParts() order; a part not listed is not scored
    Rational bonusCap = 5;      ///< 加分 counted at most
    Rational deductionCap = 10; ///< 扣分 counted at most
    QStringList vetoItems;      ///< 一票否决 items a clerk chooses from
    QList<GradeBand> grades;    ///< best first; a veto gives the last
    int quotaPercent = 20;      ///< the best grade goes to at most this share of each category, by rank

    /// Weights report 20, milestones 15, inspections 15, enterprise 10, evaluation 10, hotline 15, social 15;
    /// bonus cap 5, deduction cap 10; grades 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, 不合格; 优秀 quota 20 %.
    static AssessmentScheme defaults();
    /// The scheme in a campaign definition; a refusal names the source, the line and the field, as the campaign
    /// definition's own: "campaign.json, line 80: assessment.parts[2].weight: must lie between 0 and 100."
    /// (AssessmentSchemeReader reads and checks it.)
    static Result<AssessmentScheme> fromDefinition(const QByteArray& definition, const QString& sourceName);

    const PartRule* rule(AssessmentPart part) const;
    /// The band a total falls in (an index into grades).
    int bandOf(const Rational& total) const;
    /// How many of a category of `size` departments may get the best grade (rounded down).
    int quotaOf(int size) const;
};

} // namespace branddesk
