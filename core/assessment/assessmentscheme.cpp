// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assessment/assessmentscheme.h"

#include "core/assessment/assessmentschemereader.h"

#include <QCoreApplication>

namespace branddesk {

QList<AssessmentPart> allAssessmentParts()
{
    return {AssessmentPart::Reports,    AssessmentPart::Milestones, AssessmentPart::Inspections,
            AssessmentPart::Enterprise, AssessmentPart::Evaluation, AssessmentPart::Hotline,
            AssessmentPart::Social};
}

QString assessmentPartCode(AssessmentPart part)
{
    switch (part) {
    case AssessmentPart::Reports:
        return QStringLiteral("reports");
    case AssessmentPart::Milestones:
        return QStringLiteral("milestones");
    case AssessmentPart::Inspections:
        return QStringLiteral("inspections");
    case AssessmentPart::Enterprise:
        return QStringLiteral("enterprise");
    case AssessmentPart::Evaluation:
        return QStringLiteral("evaluation");
    case AssessmentPart::Hotline:
        return QStringLiteral("hotline");
    case AssessmentPart::Social:
        break;
    }
    return QStringLiteral("social");
}

std::optional<AssessmentPart> assessmentPartFromCode(const QString& code)
{
    for (AssessmentPart part : allAssessmentParts())
        if (assessmentPartCode(part) == code)
            return part;
    return std::nullopt;
}

QString assessmentPartName(AssessmentPart part)
{
    switch (part) {
    case AssessmentPart::Reports:
        return QCoreApplication::translate("AssessmentScheme", "Reports");
    case AssessmentPart::Milestones:
        return QCoreApplication::translate("AssessmentScheme", "Milestones");
    case AssessmentPart::Inspections:
        return QCoreApplication::translate("AssessmentScheme", "Inspections");
    case AssessmentPart::Enterprise:
        return QCoreApplication::translate("AssessmentScheme", "Enterprise service");
    case AssessmentPart::Evaluation:
        return QCoreApplication::translate("AssessmentScheme", "Evaluation");
    case AssessmentPart::Hotline:
        return QCoreApplication::translate("AssessmentScheme", "Hotline");
    case AssessmentPart::Social:
        break;
    }
    return QCoreApplication::translate("AssessmentScheme", "Social appraisal");
}

QList<EvaluationLevel> allEvaluationLevels()
{
    return {EvaluationLevel::None, EvaluationLevel::Entered, EvaluationLevel::Typical, EvaluationLevel::Named};
}

QString evaluationLevelCode(EvaluationLevel level)
{
    switch (level) {
    case EvaluationLevel::None:
        return QStringLiteral("none");
    case EvaluationLevel::Entered:
        return QStringLiteral("entered");
    case EvaluationLevel::Typical:
        return QStringLiteral("typical");
    case EvaluationLevel::Named:
        break;
    }
    return QStringLiteral("named");
}

std::optional<EvaluationLevel> evaluationLevelFromCode(const QString& code)
{
    for (EvaluationLevel level : allEvaluationLevels())
        if (evaluationLevelCode(level) == code)
            return level;
    return std::nullopt;
}

QString evaluationLevelName(EvaluationLevel level)
{
    switch (level) {
    case EvaluationLevel::None:
        return QCoreApplication::translate("AssessmentScheme", "not entered");
    case EvaluationLevel::Entered:
        return QCoreApplication::translate("AssessmentScheme", "entered");
    case EvaluationLevel::Typical:
        return QCoreApplication::translate("AssessmentScheme", "typical");
    case EvaluationLevel::Named:
        break;
    }
    return QCoreApplication::translate("AssessmentScheme", "named");
}

QString PartRule::describe() const
{
    if (usesLevels()) {
        QStringList shares;
        for (EvaluationLevel level : allEvaluationLevels())
            shares.prepend(QCoreApplication::translate("AssessmentScheme", "%1 %2%")
                               .arg(evaluationLevelName(level), levels.value(level).toExactString()));
        return QCoreApplication::translate("AssessmentScheme", "levels: %1 of the weight")
            .arg(shares.join(QCoreApplication::translate("AssessmentScheme", ", ")));
    }
    QString text =
        QCoreApplication::translate("AssessmentScheme", "linear: %1% or less scores 0, %2% or more full marks")
            .arg(floor.toExactString(), full.toExactString());
    if (part == AssessmentPart::Inspections && !perOverdue.isZero())
        text += QCoreApplication::translate("AssessmentScheme", "; %1 off per overdue rectification")
                    .arg(perOverdue.toExactString());
    return text;
}

AssessmentScheme AssessmentScheme::defaults()
{
    AssessmentScheme scheme;
    const auto linear = [](AssessmentPart part, qint64 weight, qint64 floor) {
        PartRule rule;
        rule.part = part;
        rule.weight = weight;
        rule.floor = floor;
        if (part == AssessmentPart::Inspections)
            rule.perOverdue = 1;
        return rule;
    };
    scheme.parts = {linear(AssessmentPart::Reports, 20, 60), linear(AssessmentPart::Milestones, 15, 50),
                    linear(AssessmentPart::Inspections, 15, 50), linear(AssessmentPart::Enterprise, 10, 50)};
    PartRule evaluation;
    evaluation.part = AssessmentPart::Evaluation;
    evaluation.weight = 10;
    evaluation.levels = {{EvaluationLevel::Named, 100},
                         {EvaluationLevel::Typical, 85},
                         {EvaluationLevel::Entered, 70},
                         {EvaluationLevel::None, 50}};
    scheme.parts.append(evaluation);
    scheme.parts.append(linear(AssessmentPart::Hotline, 15, 60));
    scheme.parts.append(linear(AssessmentPart::Social, 15, 0));
    scheme.vetoItems = {QStringLiteral("重大投诉经查实"), QStringLiteral("发生严重违纪违法问题"),
                        QStringLiteral("造成重大负面社会影响")};
    scheme.grades = {{QStringLiteral("优秀"), 90},
                     {QStringLiteral("良好"), 80},
                     {QStringLiteral("合格"), 60},
                     {QStringLiteral("不合格"), 0}};
    return scheme;
}

Result<AssessmentScheme> AssessmentScheme::fromDefinition(const QByteArray& definition, const QString& sourceName)
{
    return AssessmentSchemeReader(definition, sourceName).read();
}

const PartRule* AssessmentScheme::rule(AssessmentPart part) const
{
    for (const PartRule& rule : parts)
        if (rule.part == part)
            return &rule;
    return nullptr;
}

int AssessmentScheme::bandOf(const Rational& total) const
{
    for (int i = 0; i < grades.size(); ++i)
        if (total >= grades.at(i).minimum)
            return i;
    return static_cast<int>(grades.size()) - 1;
}

int AssessmentScheme::quotaOf(int size) const
{
    return size * quotaPercent / 100;
}

} // namespace branddesk
