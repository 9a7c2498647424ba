// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assessment/assessmentinput.h"

#include "core/clock.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace branddesk {
namespace {

QJsonArray shareJson(const Share& share)
{
    return {share.part, share.whole};
}

Share shareFrom(const QJsonValue& value)
{
    const QJsonArray pair = value.toArray();
    return {pair.at(0).toInt(), pair.at(1).toInt()};
}

QJsonObject itemJson(const AssessmentItem& item)
{
    return {{QStringLiteral("id"), item.id},
            {QStringLiteral("year"), item.year},
            {QStringLiteral("kind"), assessmentItemKindCode(item.kind)},
            {QStringLiteral("reason"), item.reason},
            {QStringLiteral("evidence"), item.evidence},
            {QStringLiteral("points"), rationalText(item.points)},
            {QStringLiteral("recordedBy"), item.recordedBy},
            {QStringLiteral("recordedAt"), item.recordedAt.isValid() ? toStorageTimestamp(item.recordedAt) : QString()},
            {QStringLiteral("updatedAt"), item.updatedAt.isValid() ? toStorageTimestamp(item.updatedAt) : QString()},
            {QStringLiteral("version"), item.version}};
}

} // namespace

QList<AssessmentItemKind> allAssessmentItemKinds()
{
    return {AssessmentItemKind::Bonus, AssessmentItemKind::Deduction, AssessmentItemKind::Veto,
            AssessmentItemKind::Social};
}

QString assessmentItemKindCode(AssessmentItemKind kind)
{
    switch (kind) {
    case AssessmentItemKind::Bonus:
        return QStringLiteral("bonus");
    case AssessmentItemKind::Deduction:
        return QStringLiteral("deduction");
    case AssessmentItemKind::Veto:
        return QStringLiteral("veto");
    case AssessmentItemKind::Social:
        break;
    }
    return QStringLiteral("social");
}

std::optional<AssessmentItemKind> assessmentItemKindFromCode(const QString& code)
{
    for (AssessmentItemKind kind : allAssessmentItemKinds())
        if (assessmentItemKindCode(kind) == code)
            return kind;
    return std::nullopt;
}

QString assessmentItemKindName(AssessmentItemKind kind)
{
    switch (kind) {
    case AssessmentItemKind::Bonus:
        return QCoreApplication::translate("AssessmentInput", "Bonus");
    case AssessmentItemKind::Deduction:
        return QCoreApplication::translate("AssessmentInput", "Deduction");
    case AssessmentItemKind::Veto:
        return QCoreApplication::translate("AssessmentInput", "Veto");
    case AssessmentItemKind::Social:
        break;
    }
    return QCoreApplication::translate("AssessmentInput", "Social appraisal score");
}

std::optional<Rational> AssessmentInput::socialScore() const
{
    std::optional<Rational> score;
    for (const AssessmentItem& item : items)
        if (item.kind == AssessmentItemKind::Social)
            score = item.points;
    return score;
}

QStringList AssessmentInput::differences(const AssessmentInput& earlier, const AssessmentInput& later)
{
    QStringList changed;
    const auto note = [&changed](bool differs, AssessmentPart part) {
        if (differs)
            changed.append(assessmentPartName(part));
    };
    note(earlier.reports != later.reports, AssessmentPart::Reports);
    note(earlier.milestones != later.milestones, AssessmentPart::Milestones);
    note(earlier.checks != later.checks || earlier.overdueRectifications != later.overdueRectifications,
         AssessmentPart::Inspections);
    note(earlier.enterpriseFacing != later.enterpriseFacing || earlier.concentratedWeeks != later.concentratedWeeks ||
             earlier.problemsOnTime != later.problemsOnTime,
         AssessmentPart::Enterprise);
    note(earlier.evaluation != later.evaluation, AssessmentPart::Evaluation);
    note(earlier.hotlineOnTime != later.hotlineOnTime || earlier.hotlineSatisfied != later.hotlineSatisfied,
         AssessmentPart::Hotline);
    note(earlier.socialScore() != later.socialScore(), AssessmentPart::Social);
    const auto others = [](const AssessmentInput& input) {
        QList<AssessmentItem> items;
        for (const AssessmentItem& item : input.items)
            if (item.kind != AssessmentItemKind::Social)
                items.append(item);
        return items;
    };
    if (others(earlier) != others(later))
        changed.append(QCoreApplication::translate("AssessmentInput", "bonus, deduction or veto items"));
    if (earlier.category != later.category)
        changed.append(QCoreApplication::translate("AssessmentInput", "category"));
    return changed;
}

QJsonObject AssessmentInput::toJson() const
{
    QJsonArray itemList;
    for (const AssessmentItem& item : items)
        itemList.append(itemJson(item));
    return {{QStringLiteral("departmentId"), departmentId},
            {QStringLiteral("departmentName"), departmentName},
            {QStringLiteral("category"), departmentCategoryCode(category)},
            {QStringLiteral("enterpriseFacing"), enterpriseFacing},
            {QStringLiteral("reports"), shareJson(reports)},
            {QStringLiteral("milestones"), shareJson(milestones)},
            {QStringLiteral("checks"), shareJson(checks)},
            {QStringLiteral("overdueRectifications"), overdueRectifications},
            {QStringLiteral("concentratedWeeks"), shareJson(concentratedWeeks)},
            {QStringLiteral("problemsOnTime"), shareJson(problemsOnTime)},
            {QStringLiteral("evaluation"), evaluationLevelCode(evaluation)},
            {QStringLiteral("brandName"), brandName},
            {QStringLiteral("hotlineOnTime"), shareJson(hotlineOnTime)},
            {QStringLiteral("hotlineSatisfied"), shareJson(hotlineSatisfied)},
            {QStringLiteral("items"), itemList}};
}

AssessmentInput AssessmentInput::fromJson(const QJsonObject& o)
{
    AssessmentInput input;
    input.departmentId = o.value(QLatin1String("departmentId")).toInteger();
    input.departmentName = o.value(QLatin1String("departmentName")).toString();
    input.category =
        departmentCategoryFromCode(o.value(QLatin1String("category")).toString()).value_or(DepartmentCategory::Other);
    input.enterpriseFacing = o.value(QLatin1String("enterpriseFacing")).toBool();
    input.reports = shareFrom(o.value(QLatin1String("reports")));
    input.milestones = shareFrom(o.value(QLatin1String("milestones")));
    input.checks = shareFrom(o.value(QLatin1String("checks")));
    input.overdueRectifications = o.value(QLatin1String("overdueRectifications")).toInt();
    input.concentratedWeeks = shareFrom(o.value(QLatin1String("concentratedWeeks")));
    input.problemsOnTime = shareFrom(o.value(QLatin1String("problemsOnTime")));
    input.evaluation =
        evaluationLevelFromCode(o.value(QLatin1String("evaluation")).toString()).value_or(EvaluationLevel::None);
    input.brandName = o.value(QLatin1String("brandName")).toString();
    input.hotlineOnTime = shareFrom(o.value(QLatin1String("hotlineOnTime")));
    input.hotlineSatisfied = shareFrom(o.value(QLatin1String("hotlineSatisfied")));
    for (const QJsonValue& value : o.value(QLatin1String("items")).toArray()) {
        const QJsonObject i = value.toObject();
        AssessmentItem item;
        item.id = i.value(QLatin1String("id")).toInteger();
        item.year = i.value(QLatin1String("year")).toInt();
        item.departmentId = input.departmentId;
        item.departmentName = input.departmentName;
        item.kind =
            assessmentItemKindFromCode(i.value(QLatin1String("kind")).toString()).value_or(AssessmentItemKind::Bonus);
        item.reason = i.value(QLatin1String("reason")).toString();
        item.evidence = i.value(QLatin1String("evidence")).toString();
        item.points = rationalFromText(i.value(QLatin1String("points")).toString());
        item.recordedBy = i.value(QLatin1String("recordedBy")).toString();
        item.recordedAt = fromStorageTimestamp(i.value(QLatin1String("recordedAt")).toString());
        item.updatedAt = fromStorageTimestamp(i.value(QLatin1String("updatedAt")).toString());
        item.version = i.value(QLatin1String("version")).toInt();
        input.items.append(item);
    }
    return input;
}

QString rationalText(const Rational& value)
{
    return value.isInteger() ? QString::number(value.numerator())
                             : QStringLiteral("%1/%2").arg(value.numerator()).arg(value.denominator());
}

Rational rationalFromText(const QString& text)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return Rational(text.toLongLong());
    return Rational::fraction(text.left(slash).toLongLong(), text.mid(slash + 1).toLongLong());
}

} // namespace branddesk
