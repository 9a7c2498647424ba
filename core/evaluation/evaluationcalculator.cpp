// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/evaluation/evaluationcalculator.h"

#include <QHash>

namespace branddesk {
namespace {

ScoreExplanation explainExperts(const ScoringRules& rules, const EvaluationEntry& entry,
                                const QList<EvaluationExpert>& experts,
                                const QHash<qint64, QHash<QString, int>>& byExpert)
{
    ScoreExplanation explanation;
    explanation.criteriaCount = static_cast<int>(rules.criteria.size());
    explanation.trimFromExperts = rules.trimFromExperts;
    QList<int> counted; // indices into explanation.experts
    for (const EvaluationExpert& expert : experts) {
        ExpertTotalLine line;
        line.expertId = expert.id;
        line.expertName = expert.name;
        const QHash<QString, int> points = byExpert.value(expert.id);
        for (const ScoringCriterion& criterion : rules.criteria) {
            const auto found = points.constFind(criterion.code);
            if (found == points.cend())
                continue;
            line.total += Rational::fraction(*found, 10);
            ++line.criteriaScored;
        }
        if (expert.departmentId != 0 && expert.departmentId == entry.departmentId) {
            line.status = ExpertTotalStatus::Conflicted;
            line.departmentName = entry.departmentName;
        } else if (line.criteriaScored == 0) {
            line.status = ExpertTotalStatus::NotScored;
        } else if (line.criteriaScored < explanation.criteriaCount) {
            line.status = ExpertTotalStatus::Incomplete;
        } else {
            line.status = ExpertTotalStatus::Counted;
            counted.append(static_cast<int>(explanation.experts.size()));
        }
        explanation.experts.append(line);
    }
    if (counted.size() >= rules.trimFromExperts && counted.size() >= 3) {
        int highest = counted.first();
        int lowest = counted.first();
        for (int index : counted) {
            if (explanation.experts.at(index).total > explanation.experts.at(highest).total)
                highest = index;
            if (explanation.experts.at(index).total <= explanation.experts.at(lowest).total)
                lowest = index;
        }
        if (lowest == highest) // every total equal: drop the first and the last
            lowest = counted.last();
        explanation.experts[highest].status = ExpertTotalStatus::TrimmedHighest;
        explanation.experts[lowest].status = ExpertTotalStatus::TrimmedLowest;
        explanation.trimmed = true;
    }
    Rational sum;
    int count = 0;
    for (const ExpertTotalLine& line : explanation.experts)
        if (line.status == ExpertTotalStatus::Counted) {
            sum += line.total;
            ++count;
        }
    if (count > 0)
        explanation.expertScore = sum / Rational(count);
    return explanation;
}

} // namespace

QList<int> EvaluationCalculator::ranks(const QList<std::optional<Rational>>& values)
{
    QList<int> result(values.size(), 0);
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!values.at(i))
            continue;
        int higher = 0;
        for (const std::optional<Rational>& other : values)
            if (other && *other > *values.at(i))
                ++higher;
        result[i] = higher + 1;
    }
    return result;
}

QList<BrandResult> EvaluationCalculator::compute(const ScoringRules& rules, const QList<EvaluationEntry>& entries,
                                                 const QList<EvaluationExpert>& experts,
                                                 const QList<ExpertScore>& scores)
{
    // brand → expert → criterion → tenths
    QHash<qint64, QHash<qint64, QHash<QString, int>>> points;
    for (const ExpertScore& score : scores)
        points[score.brandId][score.expertId].insert(score.criterion, score.tenths);

    QList<BrandResult> results;
    for (const EvaluationEntry& entry : entries) {
        BrandResult result;
        result.entryId = entry.id;
        result.brandId = entry.brandId;
        result.brandName = entry.brandName;
        result.departmentId = entry.departmentId;
        result.departmentName = entry.departmentName;
        result.category = entry.category;
        ScoreExplanation explanation = explainExperts(rules, entry, experts, points.value(entry.brandId));
        explanation.survey = entry.survey;
        explanation.satisfiedValue = rules.satisfied;
        explanation.basicallySatisfiedValue = rules.basicallySatisfied;
        explanation.dissatisfiedValue = rules.dissatisfied;
        explanation.expertWeight = rules.expertWeight;
        explanation.socialWeight = rules.socialWeight;
        if (entry.survey.valid() > 0)
            explanation.socialScore =
                (rules.satisfied * entry.survey.satisfied + rules.basicallySatisfied * entry.survey.basicallySatisfied +
                 rules.dissatisfied * entry.survey.dissatisfied) /
                Rational(entry.survey.valid());
        if (explanation.expertScore && explanation.socialScore)
            explanation.combinedScore =
                rules.expertWeight * *explanation.expertScore + rules.socialWeight * *explanation.socialScore;
        result.expertScore = explanation.expertScore;
        result.socialScore = explanation.socialScore;
        result.combinedScore = explanation.combinedScore;
        result.explanation = explanation;
        results.append(result);
    }

    QList<std::optional<Rational>> combined;
    for (const BrandResult& result : results)
        combined.append(result.combinedScore);
    const QList<int> overall = ranks(combined);
    for (qsizetype i = 0; i < results.size(); ++i)
        results[i].rank = overall.at(i);
    for (DepartmentCategory category : allDepartmentCategories()) {
        QList<qsizetype> members;
        QList<std::optional<Rational>> values;
        for (qsizetype i = 0; i < results.size(); ++i)
            if (results.at(i).category == category) {
                members.append(i);
                values.append(results.at(i).combinedScore);
            }
        const QList<int> inCategory = ranks(values);
        for (qsizetype k = 0; k < members.size(); ++k)
            results[members.at(k)].rankInCategory = inCategory.at(k);
    }
    return results;
}

QList<qint64> EvaluationCalculator::suggestTop(const QList<BrandResult>& results, int perCategory)
{
    QList<qint64> ids;
    for (const BrandResult& result : results)
        if (result.rankInCategory > 0 && result.rankInCategory <= perCategory)
            ids.append(result.entryId);
    return ids;
}

} // namespace branddesk
