// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/evaluation/evaluationcalculator.h"
#include "tests/support/stringmakers.h"

#include <catch2/catch.hpp>

using namespace branddesk;

namespace {

// The hand-computed scenario of issue #11. Seven experts E1…E7; E7 works for 市财政局 (department 1).
//
// B1 阳光财政 (财政局, administrative), all seven score. Totals: E1 95, E2 95, E3 88, E4 86, E5 84, E6 80,
//    E7 99. E7 is from the brand's own department: excluded before counting. Six totals count (≥ 5), so one
//    highest (E1, the first of the two 95s) and one lowest (E6, 80) are dropped:
//    expert = (95 + 88 + 86 + 84) / 4 = 353 / 4 = 88.25.
//    Survey 满意 40, 基本满意 8, 不满意 2, 不了解 5 → 50 valid: social = (4000 + 480 + 0) / 50 = 89.6.
//    combined = 0.6 × 88.25 + 0.4 × 89.6 = 52.95 + 35.84 = 88.79.
// B2 平安护航 (公安局, political-legal), only E1…E4 score: 90, 85.5, 88, 87. Four totals: no trimming.
//    expert = 350.5 / 4 = 87.625. Survey 30 / 20 / 0 / 0 → social = (3000 + 1200) / 50 = 84.
//    combined = 0.6 × 87.625 + 0.4 × 84 = 52.575 + 33.6 = 86.175 (shown 86.18, half up).
// B3 便民税务 (税务局, administrative), only E4…E7 score: 87, 88, 85.5, 90 → expert 87.625 as B2;
//    survey 30 / 20 / 0 and 3 不了解 (invalid, not counted) → social 84; combined 86.175: a tie with B2.
// B4 红色先锋 (组织部, party), all seven: 80, 78, 82, 75, 79, 81, 70. Drop E3 82 and E7 70:
//    expert = (80 + 78 + 75 + 79 + 81) / 5 = 393 / 5 = 78.6. Survey 20 / 20 / 10 / 0 →
//    social = (2000 + 1200 + 0) / 50 = 64. combined = 47.16 + 25.6 = 72.76.
// B5 群团之家 (团市委, party): E1…E6 give 90, E7 scores only three criteria (incomplete: excluded). Six
//    totals of 90: E1 dropped as highest, E6 as lowest → expert 90. Survey: 12 不了解, none valid → no social
//    score, so no combined score and no rank.
// Ranks overall: B1 1, B2 2, B3 2 (tie, exact 86.175 each), B4 4, B5 none.
// Ranks in category: administrative B1 1, B3 2; political-legal B2 1; party B4 1, B5 none.

EvaluationEntry entry(qint64 brandId, const char* name, qint64 departmentId, DepartmentCategory category,
                      SurveyCounts survey)
{
    EvaluationEntry e;
    e.id = brandId * 10;
    e.brandId = brandId;
    e.brandName = QString::fromUtf8(name);
    e.departmentId = departmentId;
    e.departmentName = QStringLiteral("部门%1").arg(departmentId);
    e.category = category;
    e.survey = survey;
    return e;
}

/// A total (in tenths) spread over the five criteria: four get a fifth each, the first the rest.
void addTotal(QList<ExpertScore>& scores, qint64 expertId, qint64 brandId, int totalTenths, int criteria = 5)
{
    static const QStringList codes = {QStringLiteral("name"), QStringLiteral("logo"), QStringLiteral("culture"),
                                      QStringLiteral("service-system"), QStringLiteral("social-benefit")};
    const int each = totalTenths / 5;
    for (int i = 0; i < criteria; ++i)
        scores.append({expertId, brandId, codes.at(i), i == 0 ? totalTenths - 4 * each : each});
}

struct Scenario {
    ScoringRules rules = ScoringRules::defaults();
    QList<EvaluationEntry> entries;
    QList<EvaluationExpert> experts;
    QList<ExpertScore> scores;

    Scenario()
    {
        for (int i = 1; i <= 7; ++i) {
            EvaluationExpert expert;
            expert.id = i;
            expert.ordinal = i;
            expert.name = QStringLiteral("E%1").arg(i);
            expert.departmentId = i == 7 ? 1 : 0;
            experts.append(expert);
        }
        entries = {entry(1, "阳光财政", 1, DepartmentCategory::Administrative, {40, 8, 2, 5}),
                   entry(2, "平安护航", 2, DepartmentCategory::PoliticalLegal, {30, 20, 0, 0}),
                   entry(3, "便民税务", 3, DepartmentCategory::Administrative, {30, 20, 0, 3}),
                   entry(4, "红色先锋", 4, DepartmentCategory::PartyMass, {20, 20, 10, 0}),
                   entry(5, "群团之家", 5, DepartmentCategory::PartyMass, {0, 0, 0, 12})};
        const QList<int> b1 = {950, 950, 880, 860, 840, 800, 990};
        const QList<int> b4 = {800, 780, 820, 750, 790, 810, 700};
        for (int i = 0; i < 7; ++i) {
            addTotal(scores, i + 1, 1, b1.at(i));
            addTotal(scores, i + 1, 4, b4.at(i));
            addTotal(scores, i + 1, 5, 900, i == 6 ? 3 : 5);
        }
        const QList<int> b2 = {900, 855, 880, 870};
        for (int i = 0; i < 4; ++i) {
            addTotal(scores, i + 1, 2, b2.at(i));
            addTotal(scores, i + 4, 3, b2.at((i + 3) % 4));
        }
    }

    QList<BrandResult> compute() const { return EvaluationCalculator::compute(rules, entries, experts, scores); }
};

Rational decimal(const char* text)
{
    return *Rational::fromDecimal(QString::fromLatin1(text));
}

} // namespace

TEST_CASE("the hand-computed scenario gives the exact expert, social and combined scores", "[evaluation][scenario]")
{
    const QList<BrandResult> results = Scenario().compute();
    REQUIRE(results.size() == 5);

    CHECK(results.at(0).expertScore == decimal("88.25"));
    CHECK(results.at(0).socialScore == decimal("89.6"));
    CHECK(results.at(0).combinedScore == decimal("88.79"));

    CHECK(results.at(1).expertScore == decimal("87.625"));
    CHECK(results.at(1).socialScore == Rational(84));
    CHECK(results.at(1).combinedScore == decimal("86.175"));
    CHECK(results.at(1).combinedScore->toString() == QStringLiteral("86.18"));

    CHECK(results.at(2).combinedScore == results.at(1).combinedScore);

    CHECK(results.at(3).expertScore == decimal("78.6"));
    CHECK(results.at(3).socialScore == Rational(64));
    CHECK(results.at(3).combinedScore == decimal("72.76"));

    CHECK(results.at(4).expertScore == Rational(90));
    CHECK_FALSE(results.at(4).socialScore);
    CHECK_FALSE(results.at(4).combinedScore);
}

TEST_CASE("the hand-computed scenario ranks 1, 2, 2, 4 overall and within each category", "[evaluation][scenario]")
{
    const QList<BrandResult> results = Scenario().compute();
    QList<int> overall;
    QList<int> inCategory;
    for (const BrandResult& result : results) {
        overall.append(result.rank);
        inCategory.append(result.rankInCategory);
    }
    CHECK(overall == QList<int>{1, 2, 2, 4, 0});
    CHECK(inCategory == QList<int>{1, 1, 2, 1, 0});
}

TEST_CASE("with a tie at the top only the first highest total is dropped, and the conflicted expert is excluded first",
          "[evaluation][scenario]")
{
    const ScoreExplanation explanation = Scenario().compute().at(0).explanation;
    REQUIRE(explanation.experts.size() == 7);
    CHECK(explanation.experts.at(0).status == ExpertTotalStatus::TrimmedHighest);
    CHECK(explanation.experts.at(1).status == ExpertTotalStatus::Counted);
    CHECK(explanation.experts.at(5).status == ExpertTotalStatus::TrimmedLowest);
    CHECK(explanation.experts.at(6).status == ExpertTotalStatus::Conflicted);
    CHECK(explanation.experts.at(6).total == Rational(99));
    CHECK(explanation.trimmed);
    CHECK(explanation.expertFormula() == QStringLiteral("Expert score = (95 + 88 + 86 + 84) / 4 = 88.25"));
    CHECK(explanation.socialFormula().startsWith(QStringLiteral("Social score = (40 × 100 + 8 × 60 + 2 × 0) / 50 "
                                                                "valid = 89.60")));
    CHECK(explanation.combinedFormula() == QStringLiteral("Combined score = 0.6 × 88.25 + 0.4 × 89.60 = 88.79"));
    const QString text = explanation.lines().join(QLatin1Char('\n'));
    CHECK(text.contains(QStringLiteral("E7: total 99 — excluded: from the brand's own department (部门1)")));
    CHECK(text.contains(QStringLiteral("6 expert total(s) count; with 5 or more, the highest and the lowest are "
                                       "dropped.")));
}

TEST_CASE("four experts' totals are averaged without trimming", "[evaluation][scenario]")
{
    const ScoreExplanation explanation = Scenario().compute().at(1).explanation;
    CHECK_FALSE(explanation.trimmed);
    CHECK(explanation.experts.at(4).status == ExpertTotalStatus::NotScored);
    CHECK(explanation.expertFormula() == QStringLiteral("Expert score = (90 + 85.5 + 88 + 87) / 4 = 87.63"));
    CHECK(explanation.lines().join(QLatin1Char('\n')).contains(QStringLiteral("fewer than 5, so none is dropped")));
}

TEST_CASE("a brand with no valid questionnaire has no social score, no combined score and no rank, and says so",
          "[evaluation][scenario]")
{
    const BrandResult result = Scenario().compute().at(4);
    CHECK(result.explanation.experts.at(6).status == ExpertTotalStatus::Incomplete);
    CHECK(result.explanation.experts.at(0).status == ExpertTotalStatus::TrimmedHighest);
    CHECK(result.explanation.experts.at(5).status == ExpertTotalStatus::TrimmedLowest);
    const QString text = result.explanation.lines().join(QLatin1Char('\n'));
    CHECK(text.contains(QStringLiteral("no valid questionnaire (12 不了解 not counted)")));
    CHECK(text.contains(QStringLiteral("the brand is not ranked")));
    CHECK(text.contains(QStringLiteral("excluded: 3 of 5 criteria scored")));
}

TEST_CASE("suggesting the top N per category takes every brand ranked N or better in its category",
          "[evaluation][scenario]")
{
    const QList<BrandResult> results = Scenario().compute();
    CHECK(EvaluationCalculator::suggestTop(results, 1) == QList<qint64>{10, 20, 40});
    CHECK(EvaluationCalculator::suggestTop(results, 2) == QList<qint64>{10, 20, 30, 40});
}
