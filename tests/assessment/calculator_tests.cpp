// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/assessment/assessmenttesting.h"

using namespace branddesk;
using namespace branddesk::test;

namespace {

const DepartmentAssessment& rowOf(const AssessmentTable& table, qint64 id)
{
    const DepartmentAssessment* row = table.row(id);
    REQUIRE(row);
    return *row;
}

} // namespace

TEST_CASE("six departments in two categories give the hand-computed totals, ranks and grades")
{
    const AssessmentTable table =
        AssessmentCalculator(handSchemeParsed()).compute(2026, QDate(2026, 12, 31), sixDepartments());
    REQUIRE(table.rows.size() == 6);

    // 市财政局: 40 × 100 % + 20 × 100 % (4/4 weeks, 1/1 problems) + 20 × 100 % (named) + 20 × 90 % = 98.
    const DepartmentAssessment& a = rowOf(table, 1);
    CHECK(a.partsTotal == Rational(98));
    CHECK(a.total == Rational(98));
    // 市商务局: 40 × 90 % + 20 (weeks 4/4; no problem due: the mean of what has data) + 20 + 20 + bonus 2 = 98.
    const DepartmentAssessment& b = rowOf(table, 2);
    CHECK(b.score(AssessmentPart::Reports)->points == Rational(36));
    CHECK(b.score(AssessmentPart::Enterprise)->points == Rational(20));
    CHECK(b.bonus == Rational(2));
    CHECK(b.total == Rational(98));
    // 市住建局: 40 × 75 % + 20 × (50 + 50) / 2 % + 20 × 50 % + 20 × 70 % − 2 = 30 + 10 + 10 + 14 − 2 = 62.
    const DepartmentAssessment& c = rowOf(table, 3);
    CHECK(c.total == Rational(62));
    // 市委宣传部 is not enterprise-facing: the 20 of enterprise service is shared out over the other 80, × 100/80:
    // reports 50 × 90 % = 45, evaluation 25 × 80 % = 20, social 25 × 88.5 % = 22.125; 87.125 shown as 87.13.
    const DepartmentAssessment& d = rowOf(table, 4);
    CHECK(d.redistributed);
    CHECK(d.score(AssessmentPart::Enterprise)->status == PartScore::Status::NotEnterpriseFacing);
    CHECK(d.score(AssessmentPart::Reports)->effectiveWeight == Rational(50));
    CHECK(d.score(AssessmentPart::Social)->points == Rational::fraction(177, 8));
    CHECK(d.total == Rational::fraction(697, 8));
    CHECK(d.total.toString(2) == QStringLiteral("87.13"));
    // 市总工会: 50 + 25 + 24 = 99, but vetoed.
    const DepartmentAssessment& e = rowOf(table, 5);
    CHECK(e.total == Rational(99));
    CHECK(e.vetoed);
    // 团市委: 50 + 25 + 20 = 95.
    const DepartmentAssessment& f = rowOf(table, 6);
    CHECK(f.total == Rational(95));

    // Ranks within the category, 1, 1, 3 on the tie; the veto keeps its rank but not its grade.
    CHECK(a.rank == 1);
    CHECK(b.rank == 1);
    CHECK(c.rank == 3);
    CHECK(e.rank == 1);
    CHECK(f.rank == 2);
    CHECK(d.rank == 3);

    const AssessmentScheme& scheme = table.scheme;
    // Quota 40 % of 3 = 1: 市财政局 and 市商务局 tie at its edge — both listed for the office, neither cut.
    CHECK(a.quota == 1);
    CHECK(a.quotaDecision == QuotaDecision::TieAtEdge);
    CHECK(b.quotaDecision == QuotaDecision::TieAtEdge);
    CHECK(a.gradeText(scheme) == utf8("优秀 / 良好 (tied at the quota)"));
    CHECK(table.tiedAtQuota().size() == 2);
    CHECK(c.gradeText(scheme) == utf8("合格"));
    CHECK(d.gradeText(scheme) == utf8("良好"));
    CHECK(e.gradeText(scheme) == utf8("不合格"));
    CHECK(e.quotaDecision == QuotaDecision::NotConcerned);
    CHECK(f.quotaDecision == QuotaDecision::Within);
    CHECK(f.gradeText(scheme) == utf8("优秀"));

    // The table by category in the notice's order (党群 first), then rank.
    QList<qint64> order;
    for (const DepartmentAssessment& row : table.rows)
        order.append(row.input.departmentId);
    CHECK(order == QList<qint64>{5, 6, 4, 1, 2, 3});
    QStringList last;
    for (const DepartmentAssessment* row : table.lastOfCategories())
        last.append(row->input.departmentName);
    CHECK(last == QStringList{utf8("市委宣传部"), utf8("市住建局")});
}

TEST_CASE("a bonus over its cap is refused, and one entered beyond it counts only up to the cap")
{
    const AssessmentCalculator calculator(handSchemeParsed());
    QList<AssessmentItem> existing = sixDepartments().at(1).items; // 市商务局: a social score, a bonus of 2
    existing[0].id = 11;
    existing[1].id = 12;
    const Result<void> refused = calculator.checkCap(existing, anItem(2, AssessmentItemKind::Bonus, "1.5", "市级表彰"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::Validation);
    CHECK(refused.error().message.contains(QStringLiteral("0.5")));
    CHECK(calculator.checkCap(existing, anItem(2, AssessmentItemKind::Bonus, "1", "市级表彰")));
    // Editing the item itself is not counted twice.
    AssessmentItem edited = existing.at(1);
    edited.points = 3;
    CHECK(calculator.checkCap(existing, edited));

    AssessmentInput input = sixDepartments().at(1);
    input.items.append(anItem(2, AssessmentItemKind::Bonus, "2", "imported beyond the cap"));
    const DepartmentAssessment row = calculator.assess(input);
    CHECK(row.bonusEntered == Rational(4));
    CHECK(row.bonus == Rational(3));
}

TEST_CASE("a part without data shares its weight out and the explanation says so")
{
    AssessmentInput input = sixDepartments().at(0);
    input.items.clear(); // no social score entered yet
    const DepartmentAssessment row = AssessmentCalculator(handSchemeParsed()).assess(input);
    CHECK(row.score(AssessmentPart::Social)->status == PartScore::Status::NoData);
    // 40 + 20 + 20 of 80, each × 100/80: 100.
    CHECK(row.total == Rational(100));
    const QString text = row.explanation(handSchemeParsed()).join(QLatin1Char('\n'));
    CHECK(text.contains(QStringLiteral("shared out")));
    CHECK(text.contains(QStringLiteral("100.00")));
}

TEST_CASE("an explanation names every figure: raw, rule, weight, points, items, veto and the quota")
{
    const AssessmentTable table =
        AssessmentCalculator(handSchemeParsed()).compute(2026, QDate(2026, 12, 31), sixDepartments());
    const QStringList d = table.row(4)->explanation(table.scheme);
    const QString all = d.join(QLatin1Char('\n'));
    CHECK(all.contains(QStringLiteral("9 of 10 weekly reports on time")));
    CHECK(all.contains(QStringLiteral("50.00 × (90.00 − 0) ÷ (100 − 0) = 45.00")));
    CHECK(all.contains(QStringLiteral("87.13")));
    CHECK(all.contains(QStringLiteral("Rank 3 of 3")));
    const QString e = table.row(5)->explanation(table.scheme).join(QLatin1Char('\n'));
    CHECK(e.contains(utf8("重大投诉经查实")));
    const QString b = table.row(2)->explanation(table.scheme).join(QLatin1Char('\n'));
    CHECK(b.contains(utf8("省级表彰")));
    CHECK(b.contains(QStringLiteral("office decides")));
}

TEST_CASE("inputs survive the snapshot's JSON exactly, and differences name the parts")
{
    const QList<AssessmentInput> inputs = sixDepartments();
    for (const AssessmentInput& input : inputs)
        CHECK(AssessmentInput::fromJson(input.toJson()) == input);
    AssessmentInput later = inputs.at(3);
    later.reports = {10, 10};
    later.items[0].points = 90;
    CHECK(AssessmentInput::differences(inputs.at(3), later) ==
          QStringList{QStringLiteral("Reports"), QStringLiteral("Social appraisal")});
    CHECK(AssessmentInput::differences(inputs.at(3), inputs.at(3)).isEmpty());
}
