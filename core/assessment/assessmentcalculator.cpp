// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assessment/assessmentcalculator.h"

#include <QCoreApplication>

#include <algorithm>

namespace branddesk {
namespace {

std::optional<Rational> rateOf(const Share& share)
{
    if (share.whole <= 0)
        return std::nullopt;
    return Rational::fraction(qint64(share.part) * 100, share.whole);
}

/// The mean of the rates that have data, none when none has.
std::optional<Rational> meanRate(std::initializer_list<Share> shares)
{
    Rational sum;
    int count = 0;
    for (const Share& share : shares)
        if (const std::optional<Rational> rate = rateOf(share)) {
            sum += *rate;
            ++count;
        }
    if (count == 0)
        return std::nullopt;
    return sum / Rational(count);
}

QString percent(const Rational& rate)
{
    return rate.toString(1) + QLatin1Char('%');
}

} // namespace

PartScore AssessmentCalculator::scorePart(const AssessmentInput& in, const PartRule& rule) const
{
    PartScore score;
    score.part = rule.part;
    score.weight = rule.weight;
    switch (rule.part) {
    case AssessmentPart::Reports:
        score.raw = QCoreApplication::translate("AssessmentCalculator", "%1 of %2 weekly reports on time")
                        .arg(in.reports.part)
                        .arg(in.reports.whole);
        score.rate = rateOf(in.reports);
        break;
    case AssessmentPart::Milestones:
        score.raw = QCoreApplication::translate("AssessmentCalculator", "%1 of %2 milestones due done on time")
                        .arg(in.milestones.part)
                        .arg(in.milestones.whole);
        score.rate = rateOf(in.milestones);
        break;
    case AssessmentPart::Inspections:
        score.raw =
            QCoreApplication::translate("AssessmentCalculator", "%1 of %2 checks met, %3 rectification(s) overdue")
                .arg(in.checks.part)
                .arg(in.checks.whole)
                .arg(in.overdueRectifications);
        score.rate = rateOf(in.checks);
        break;
    case AssessmentPart::Enterprise:
        if (!in.enterpriseFacing) {
            score.status = PartScore::Status::NotEnterpriseFacing;
            score.raw = QCoreApplication::translate("AssessmentCalculator", "not an enterprise-facing department");
            return score;
        }
        score.raw =
            QCoreApplication::translate("AssessmentCalculator",
                                        "%1 of %2 quarters with a concentrated week, %3 of %4 problems solved on time")
                .arg(in.concentratedWeeks.part)
                .arg(in.concentratedWeeks.whole)
                .arg(in.problemsOnTime.part)
                .arg(in.problemsOnTime.whole);
        score.rate = meanRate({in.concentratedWeeks, in.problemsOnTime});
        break;
    case AssessmentPart::Evaluation:
        score.raw = in.brandName.isEmpty() ? evaluationLevelName(in.evaluation)
                                           : QCoreApplication::translate("AssessmentCalculator", "%1 (%2)")
                                                 .arg(evaluationLevelName(in.evaluation), in.brandName);
        break;
    case AssessmentPart::Hotline:
        score.raw = QCoreApplication::translate("AssessmentCalculator", "on time %1 of %2, satisfied %3 of %4")
                        .arg(in.hotlineOnTime.part)
                        .arg(in.hotlineOnTime.whole)
                        .arg(in.hotlineSatisfied.part)
                        .arg(in.hotlineSatisfied.whole);
        score.rate = meanRate({in.hotlineOnTime, in.hotlineSatisfied});
        break;
    case AssessmentPart::Social:
        score.rate = in.socialScore();
        score.raw = score.rate ? QCoreApplication::translate("AssessmentCalculator", "score %1 entered")
                                     .arg(score.rate->toExactString())
                               : QCoreApplication::translate("AssessmentCalculator", "no score entered");
        break;
    }
    if (!rule.usesLevels() && !score.rate)
        score.status = PartScore::Status::NoData;
    return score;
}

DepartmentAssessment AssessmentCalculator::assess(const AssessmentInput& input) const
{
    DepartmentAssessment row;
    row.input = input;
    Rational scoredWeight;
    for (const PartRule& rule : m_scheme.parts) {
        PartScore score = scorePart(input, rule);
        if (score.isScored())
            scoredWeight += rule.weight;
        else if (!rule.weight.isZero())
            row.redistributed = true;
        row.parts.append(score);
    }
    for (int i = 0; i < row.parts.size(); ++i) {
        PartScore& score = row.parts[i];
        const PartRule& rule = m_scheme.parts.at(i);
        if (!score.isScored() || scoredWeight.isZero())
            continue;
        score.effectiveWeight = rule.weight * Rational(100) / scoredWeight;
        const QString w = score.effectiveWeight.toString(2);
        if (rule.usesLevels()) {
            const Rational share = rule.levels.value(input.evaluation);
            score.points = score.effectiveWeight * share / Rational(100);
            score.formula = QCoreApplication::translate("AssessmentCalculator", "%1 × %2% = %3")
                                .arg(w, share.toExactString(), score.points.toString(2));
        } else {
            const Rational rate = *score.rate;
            if (rate <= rule.floor) {
                score.points = 0;
                score.formula = QCoreApplication::translate("AssessmentCalculator", "%1 at or below %2%: 0")
                                    .arg(percent(rate), rule.floor.toExactString());
            } else if (rate >= rule.full) {
                score.points = score.effectiveWeight;
                score.formula = QCoreApplication::translate("AssessmentCalculator", "%1 at or above %2%: full marks %3")
                                    .arg(percent(rate), rule.full.toExactString(), w);
            } else {
                score.points = score.effectiveWeight * (rate - rule.floor) / (rule.full - rule.floor);
                score.formula = QCoreApplication::translate("AssessmentCalculator", "%1 × (%2 − %3) ÷ (%4 − %3) = %5")
                                    .arg(w, rate.toString(2), rule.floor.toExactString(), rule.full.toExactString(),
                                         score.points.toString(2));
            }
            if (rule.part == AssessmentPart::Inspections && input.overdueRectifications > 0 &&
                !rule.perOverdue.isZero()) {
                const Rational off = rule.perOverdue * Rational(input.overdueRectifications);
                const Rational before = score.points;
                score.points = before > off ? before - off : Rational(0);
                score.formula += QCoreApplication::translate("AssessmentCalculator", "; less %1 × %2 overdue = %3")
                                     .arg(rule.perOverdue.toExactString())
                                     .arg(input.overdueRectifications)
                                     .arg(score.points.toString(2));
            }
        }
        row.partsTotal += score.points;
    }
    for (const AssessmentItem& item : input.items) {
        if (item.kind == AssessmentItemKind::Bonus)
            row.bonusEntered += item.points;
        else if (item.kind == AssessmentItemKind::Deduction)
            row.deductionEntered += item.points;
        else if (item.kind == AssessmentItemKind::Veto && !row.vetoed) {
            row.vetoed = true;
            row.vetoReason = item.reason;
        }
    }
    row.bonus = std::min(row.bonusEntered, m_scheme.bonusCap);
    row.deduction = std::min(row.deductionEntered, m_scheme.deductionCap);
    row.total = row.partsTotal + row.bonus - row.deduction;
    row.band = m_scheme.bandOf(row.total);
    return row;
}

void AssessmentCalculator::rankAndGrade(QList<DepartmentAssessment*>& category) const
{
    const int size = static_cast<int>(category.size());
    const int quota = m_scheme.quotaOf(size);
    const int last = static_cast<int>(m_scheme.grades.size()) - 1;
    QList<DepartmentAssessment*> eligible;
    for (DepartmentAssessment* row : category) {
        row->rank = 1;
        for (const DepartmentAssessment* other : category)
            if (other->total > row->total)
                ++row->rank;
        row->categorySize = size;
        row->quota = quota;
        row->grade = row->vetoed ? last : row->band;
        row->quotaDecision = QuotaDecision::NotConcerned;
        if (!row->vetoed && row->band == 0)
            eligible.append(row);
    }
    std::stable_sort(eligible.begin(), eligible.end(),
                     [](const DepartmentAssessment* a, const DepartmentAssessment* b) { return a->total > b->total; });
    if (eligible.size() <= quota) {
        for (DepartmentAssessment* row : eligible)
            row->quotaDecision = QuotaDecision::Within;
        return;
    }
    const std::optional<Rational> edge =
        quota > 0 ? std::optional<Rational>(eligible.at(quota - 1)->total) : std::nullopt;
    int aboveOrAt = 0;
    if (edge)
        for (const DepartmentAssessment* row : eligible)
            if (row->total >= *edge)
                ++aboveOrAt;
    for (DepartmentAssessment* row : eligible) {
        if (edge && row->total > *edge)
            row->quotaDecision = QuotaDecision::Within;
        else if (edge && row->total == *edge)
            row->quotaDecision = aboveOrAt <= quota ? QuotaDecision::Within : QuotaDecision::TieAtEdge;
        else
            row->quotaDecision = QuotaDecision::Beyond;
        if (row->quotaDecision == QuotaDecision::Beyond)
            row->grade = std::min(1, last);
    }
}

AssessmentTable AssessmentCalculator::compute(int year, const QDate& asOf, const QList<AssessmentInput>& inputs) const
{
    AssessmentTable table;
    table.year = year;
    table.asOf = asOf;
    table.scheme = m_scheme;
    for (const AssessmentInput& input : inputs)
        table.rows.append(assess(input));
    const QList<DepartmentCategory> categories = allDepartmentCategories();
    for (DepartmentCategory category : categories) {
        QList<DepartmentAssessment*> members;
        for (DepartmentAssessment& row : table.rows)
            if (row.input.category == category)
                members.append(&row);
        if (!members.isEmpty())
            rankAndGrade(members);
    }
    std::stable_sort(table.rows.begin(), table.rows.end(),
                     [&categories](const DepartmentAssessment& a, const DepartmentAssessment& b) {
                         const qsizetype ca = categories.indexOf(a.input.category);
                         const qsizetype cb = categories.indexOf(b.input.category);
                         return ca != cb ? ca < cb : a.rank < b.rank;
                     });
    return table;
}

Result<void> AssessmentCalculator::checkCap(const QList<AssessmentItem>& existing, const AssessmentItem& item) const
{
    if (item.kind != AssessmentItemKind::Bonus && item.kind != AssessmentItemKind::Deduction)
        return {};
    Rational entered;
    for (const AssessmentItem& other : existing)
        if (other.kind == item.kind && (item.id == 0 || other.id != item.id) &&
            other.departmentId == item.departmentId && other.year == item.year)
            entered += other.points;
    const Rational cap = item.kind == AssessmentItemKind::Bonus ? m_scheme.bonusCap : m_scheme.deductionCap;
    if (entered + item.points <= cap)
        return {};
    return fail(Error::Code::Validation,
                (item.kind == AssessmentItemKind::Bonus
                     ? QCoreApplication::translate(
                           "AssessmentCalculator",
                           "The bonus items of a department may add up to %1 points a year; %2 are entered, so %3 more "
                           "would exceed the cap by %4.")
                     : QCoreApplication::translate(
                           "AssessmentCalculator",
                           "The deduction items of a department may add up to %1 points a year; %2 are entered, so %3 "
                           "more would exceed the cap by %4."))
                    .arg(cap.toExactString(), entered.toExactString(), item.points.toExactString(),
                         (entered + item.points - cap).toExactString()));
}

} // namespace branddesk
