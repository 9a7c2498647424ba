// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assessment/assessmentcalculator.h"
#include "tests/support/builders.h"

#include <catch2/catch.hpp>

namespace branddesk::test {

/// A scheme easy to compute by hand: reports 40, enterprise 20, evaluation 20 (named 100 %, typical 80 %, entered
/// 50 %, none 0), social 20; rates linear from 0 to 100; bonus cap 3, deduction cap 5; the default grades; the best
/// grade for at most 40 % of a category (one of three).
inline QByteArray handScheme()
{
    return QByteArrayLiteral(R"({
  "assessment": {
    "parts": [
      { "part": "reports", "weight": 40 },
      { "part": "enterprise", "weight": 20 },
      { "part": "evaluation", "weight": 20, "levels": { "named": 100, "typical": 80, "entered": 50, "none": 0 } },
      { "part": "social", "weight": 20 }
    ],
    "bonusCap": 3,
    "deductionCap": 5,
    "quotaPercent": 40
  }
})");
}

inline AssessmentItem anItem(qint64 departmentId, AssessmentItemKind kind, const char* points, const char* reason)
{
    AssessmentItem item;
    item.year = 2026;
    item.departmentId = departmentId;
    item.kind = kind;
    item.points = *Rational::fromDecimal(QString::fromLatin1(points));
    item.reason = QString::fromUtf8(reason);
    item.evidence = QStringLiteral("常机作办〔2026〕5号");
    return item;
}

inline AssessmentInput anInput(qint64 id, const char* name, DepartmentCategory category, bool enterpriseFacing)
{
    AssessmentInput input;
    input.departmentId = id;
    input.departmentName = QString::fromUtf8(name);
    input.category = category;
    input.enterpriseFacing = enterpriseFacing;
    return input;
}

/// Six departments in two categories, every figure chosen to be computed by hand (see calculator_tests.cpp).
inline QList<AssessmentInput> sixDepartments()
{
    using K = AssessmentItemKind;
    AssessmentInput a = anInput(1, "市财政局", DepartmentCategory::Administrative, true);
    a.reports = {10, 10};
    a.concentratedWeeks = {4, 4};
    a.problemsOnTime = {1, 1};
    a.evaluation = EvaluationLevel::Named;
    a.items = {anItem(1, K::Social, "90", "2026年社会评议")};
    AssessmentInput b = anInput(2, "市商务局", DepartmentCategory::Administrative, true);
    b.reports = {9, 10};
    b.concentratedWeeks = {4, 4};
    b.evaluation = EvaluationLevel::Named;
    b.items = {anItem(2, K::Social, "100", "2026年社会评议"), anItem(2, K::Bonus, "2", "省级表彰")};
    AssessmentInput c = anInput(3, "市住建局", DepartmentCategory::Administrative, true);
    c.reports = {3, 4};
    c.concentratedWeeks = {1, 2};
    c.problemsOnTime = {1, 2};
    c.evaluation = EvaluationLevel::Entered;
    c.items = {anItem(3, K::Social, "70", "2026年社会评议"), anItem(3, K::Deduction, "2", "被市级通报批评")};
    AssessmentInput d = anInput(4, "市委宣传部", DepartmentCategory::PartyMass, false);
    d.reports = {9, 10};
    d.evaluation = EvaluationLevel::Typical;
    d.items = {anItem(4, K::Social, "88.5", "2026年社会评议")};
    AssessmentInput e = anInput(5, "市总工会", DepartmentCategory::PartyMass, false);
    e.reports = {10, 10};
    e.evaluation = EvaluationLevel::Named;
    e.items = {anItem(5, K::Social, "96", "2026年社会评议"), anItem(5, K::Veto, "0", "重大投诉经查实")};
    AssessmentInput f = anInput(6, "团市委", DepartmentCategory::PartyMass, false);
    f.reports = {7, 7};
    f.evaluation = EvaluationLevel::Named;
    f.items = {anItem(6, K::Social, "80", "2026年社会评议")};
    QList<AssessmentInput> inputs = {a, b, c, d, e, f};
    for (AssessmentInput& input : inputs)
        for (AssessmentItem& item : input.items)
            item.departmentName = input.departmentName;
    return inputs;
}

inline AssessmentScheme handSchemeParsed()
{
    const Result<AssessmentScheme> scheme = AssessmentScheme::fromDefinition(handScheme(), QStringLiteral("hand.json"));
    INFO((scheme ? std::string() : scheme.error().message.toStdString()));
    REQUIRE(scheme);
    return *scheme;
}

} // namespace branddesk::test
