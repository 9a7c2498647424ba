// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assessment/assessmentresult.h"

#include <QCoreApplication>

#include <algorithm>

namespace branddesk {
const PartScore* DepartmentAssessment::score(AssessmentPart part) const
{
    for (const PartScore& s : parts)
        if (s.part == part)
            return &s;
    return nullptr;
}

QString DepartmentAssessment::gradeText(const AssessmentScheme& scheme) const
{
    if (scheme.grades.isEmpty())
        return {};
    if (quotaDecision == QuotaDecision::TieAtEdge && scheme.grades.size() > 1)
        return QCoreApplication::translate("AssessmentResult", "%1 / %2 (tied at the quota)")
            .arg(scheme.grades.at(0).name, scheme.grades.at(1).name);
    return scheme.grades.value(grade).name;
}

QStringList DepartmentAssessment::explanation(const AssessmentScheme& scheme) const
{
    QStringList lines;
    Rational unscored;
    QStringList unscoredNames;
    for (const PartScore& s : parts) {
        switch (s.status) {
        case PartScore::Status::Scored:
            lines.append(
                QCoreApplication::translate("AssessmentResult", "%1: %2. Rule: %3. Weight %4%5: %6 points (%7).")
                    .arg(assessmentPartName(s.part), s.raw,
                         scheme.rule(s.part) ? scheme.rule(s.part)->describe() : QString(), s.weight.toExactString(),
                         s.effectiveWeight == s.weight
                             ? QString()
                             : QCoreApplication::translate("AssessmentResult", ", shared out to %1")
                                   .arg(s.effectiveWeight.toString(2)),
                         s.points.toString(2), s.formula));
            break;
        case PartScore::Status::NotEnterpriseFacing:
        case PartScore::Status::NoData:
            if (s.weight.isZero())
                break;
            unscored += s.weight;
            unscoredNames.append(assessmentPartName(s.part));
            lines.append(
                QCoreApplication::translate("AssessmentResult",
                                            "%1: %2 — not scored; its weight %3 is shared out over the other parts.")
                    .arg(assessmentPartName(s.part),
                         s.status == PartScore::Status::NoData
                             ? QCoreApplication::translate("AssessmentResult", "no data yet (%1)").arg(s.raw)
                             : s.raw,
                         s.weight.toExactString()));
            break;
        }
    }
    if (redistributed && unscored < Rational(100))
        lines.append(QCoreApplication::translate(
                         "AssessmentResult",
                         "Redistribution: the weights of %1 (%2 in all) are shared out pro rata: each scored part's "
                         "weight × 100 ÷ %3.")
                         .arg(unscoredNames.join(QCoreApplication::translate("AssessmentResult", ", ")),
                              unscored.toExactString(), (Rational(100) - unscored).toExactString()));
    lines.append(QCoreApplication::translate("AssessmentResult", "Parts: %1 points.").arg(partsTotal.toString(2)));
    for (const AssessmentItem& item : input.items) {
        if (item.kind != AssessmentItemKind::Bonus && item.kind != AssessmentItemKind::Deduction)
            continue;
        lines.append(QCoreApplication::translate("AssessmentResult", "%1 %2%3: %4 (evidence: %5).")
                         .arg(assessmentItemKindName(item.kind),
                              item.kind == AssessmentItemKind::Bonus ? QStringLiteral("+") : QStringLiteral("−"),
                              item.points.toExactString(), item.reason,
                              item.evidence.isEmpty() ? QCoreApplication::translate("AssessmentResult", "none given")
                                                      : item.evidence));
    }
    if (bonusEntered > bonus)
        lines.append(QCoreApplication::translate("AssessmentResult", "Bonus entered %1, counted up to the cap of %2.")
                         .arg(bonusEntered.toExactString(), scheme.bonusCap.toExactString()));
    if (deductionEntered > deduction)
        lines.append(
            QCoreApplication::translate("AssessmentResult", "Deduction entered %1, counted up to the cap of %2.")
                .arg(deductionEntered.toExactString(), scheme.deductionCap.toExactString()));
    lines.append(QCoreApplication::translate("AssessmentResult", "Total: %1 + %2 − %3 = %4.")
                     .arg(partsTotal.toString(2), bonus.toString(2), deduction.toString(2), total.toString(2)));
    lines.append(QCoreApplication::translate("AssessmentResult", "Rank %1 of %2 in %3.")
                     .arg(rank)
                     .arg(categorySize)
                     .arg(departmentCategoryName(input.category)));
    const QString bandName = scheme.grades.value(band).name;
    if (vetoed)
        lines.append(QCoreApplication::translate("AssessmentResult", "Veto: %1 — the grade is %2 whatever the score.")
                         .arg(vetoReason, scheme.grades.value(grade).name));
    else
        switch (quotaDecision) {
        case QuotaDecision::NotConcerned:
            lines.append(
                QCoreApplication::translate("AssessmentResult", "Grade: %1 (the band of the total).").arg(bandName));
            break;
        case QuotaDecision::Within:
            lines.append(QCoreApplication::translate("AssessmentResult",
                                                     "Grade: %1, within the quota of %2 for the category (%3%).")
                             .arg(bandName)
                             .arg(quota)
                             .arg(scheme.quotaPercent));
            break;
        case QuotaDecision::Beyond:
            lines.append(QCoreApplication::translate(
                             "AssessmentResult",
                             "The total reaches %1, but the quota of the category is %2 (%3%) and this rank is "
                             "beyond it: grade %4.")
                             .arg(bandName)
                             .arg(quota)
                             .arg(scheme.quotaPercent)
                             .arg(scheme.grades.value(grade).name));
            break;
        case QuotaDecision::TieAtEdge:
            lines.append(QCoreApplication::translate(
                             "AssessmentResult",
                             "The total reaches %1 and is tied with others at the edge of the quota of %2 (%3%): "
                             "the office decides which of them get it.")
                             .arg(bandName)
                             .arg(quota)
                             .arg(scheme.quotaPercent));
            break;
        }
    if (!changedAfterFinalising.isEmpty())
        lines.append(
            QCoreApplication::translate("AssessmentResult", "Records changed after finalising (not counted): %1.")
                .arg(changedAfterFinalising.join(QCoreApplication::translate("AssessmentResult", ", "))));
    return lines;
}

const DepartmentAssessment* AssessmentTable::row(qint64 departmentId) const
{
    for (const DepartmentAssessment& r : rows)
        if (r.input.departmentId == departmentId)
            return &r;
    return nullptr;
}

QList<const DepartmentAssessment*> AssessmentTable::best() const
{
    QList<const DepartmentAssessment*> list;
    for (const DepartmentAssessment& r : rows)
        if (r.quotaDecision == QuotaDecision::Within)
            list.append(&r);
    return list;
}

QList<const DepartmentAssessment*> AssessmentTable::tiedAtQuota() const
{
    QList<const DepartmentAssessment*> list;
    for (const DepartmentAssessment& r : rows)
        if (r.quotaDecision == QuotaDecision::TieAtEdge)
            list.append(&r);
    return list;
}

QList<const DepartmentAssessment*> AssessmentTable::lastOfCategories() const
{
    QList<const DepartmentAssessment*> list;
    for (const DepartmentAssessment& r : rows) {
        if (r.categorySize < 2)
            continue;
        int worst = 0;
        for (const DepartmentAssessment& other : rows)
            if (other.input.category == r.input.category)
                worst = std::max(worst, other.rank);
        if (r.rank == worst)
            list.append(&r);
    }
    return list;
}

} // namespace branddesk
