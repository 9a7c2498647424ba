// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/evaluationsnapshots.h"
#include "tests/evaluation/evaluationtesting.h"
#include "tests/support/rawsqlite.h"

using namespace branddesk;
using namespace branddesk::test;

TEST_CASE("a brand becomes nominated when entered, typical when selected and named when named", "[evaluation][service]")
{
    EvaluationOffice office;
    CHECK(office.statusOf(office.financeBrand) == BrandStatus::Practising);
    const EvaluationEntry entry = office.enter(office.financeBrand, {10, 2, 0, 1});
    CHECK(office.statusOf(office.financeBrand) == BrandStatus::Nominated);
    CHECK(entry.brandName == QStringLiteral("阳光财政"));
    CHECK(entry.departmentName == QStringLiteral("市财政局"));
    CHECK(entry.survey == SurveyCounts{10, 2, 0, 1});

    const Result<EvaluationEntry> selected = office.evaluation().setSelected(entry.id, entry.version, true);
    REQUIRE(selected);
    CHECK(selected->selected);
    CHECK(selected->selectedOn == QDate(2009, 5, 15));
    CHECK(office.statusOf(office.financeBrand) == BrandStatus::Typical);

    PublicityRecord record;
    record.entryId = entry.id;
    record.outlet = PublicityOutlet::Television;
    record.date = QDate(2009, 5, 14);
    record.title = QStringLiteral("《阳光财政》专题报道");
    REQUIRE(office.evaluation().addPublicity(record));
    const Result<QList<PublicityRecord>> publicity = office.evaluation().publicity(entry.id);
    REQUIRE(publicity);
    REQUIRE(publicity->size() == 1);
    CHECK(publicity->at(0).outlet == PublicityOutlet::Television);

    const Result<EvaluationEntry> named =
        office.evaluation().name(entry.id, selected->version, QDate(2009, 5, 15), QStringLiteral("常办发〔2009〕12号"));
    REQUIRE(named);
    CHECK(named->namingDocument == QStringLiteral("常办发〔2009〕12号"));
    CHECK(office.statusOf(office.financeBrand) == BrandStatus::Named);

    const Result<EvaluationEntry> unmarked = office.evaluation().setSelected(entry.id, named->version, false);
    REQUIRE_FALSE(unmarked);
    CHECK(unmarked.error().message.contains(QStringLiteral("阳光财政")));
}

TEST_CASE("unmarking a typical brand makes it nominated again; withdrawing it makes it practising",
          "[evaluation][service]")
{
    EvaluationOffice office;
    const EvaluationEntry entry = office.enter(office.publicityBrand);
    const Result<EvaluationEntry> selected = office.evaluation().setSelected(entry.id, entry.version, true);
    REQUIRE(selected);
    const Result<EvaluationEntry> unmarked = office.evaluation().setSelected(entry.id, selected->version, false);
    REQUIRE(unmarked);
    CHECK(office.statusOf(office.publicityBrand) == BrandStatus::Nominated);
    REQUIRE(office.evaluation().withdraw(entry.id));
    CHECK(office.statusOf(office.publicityBrand) == BrandStatus::Practising);
}

TEST_CASE("a brand cannot be entered twice in one round", "[evaluation][service]")
{
    EvaluationOffice office;
    office.enter(office.financeBrand);
    EvaluationEntry again;
    again.roundId = office.round.id;
    again.brandId = office.financeBrand.id;
    again.submittedOn = QDate(2009, 5, 12);
    const Result<EvaluationEntry> refused = office.evaluation().enter(again);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("阳光财政")));
}

TEST_CASE("stored score sheets and survey counts give results with the conflicted expert excluded",
          "[evaluation][service]")
{
    EvaluationOffice office;
    office.enter(office.financeBrand, {40, 8, 2, 5});
    office.enter(office.publicityBrand, {30, 20, 0, 0});
    // 王教授: 18 on every criterion of both (90 each); 李处长 (市财政局): 19.5 (97.5) on both, which does not
    // count for 阳光财政. 阳光财政: expert 90, social (4000 + 480) / 50 = 89.6, combined 54 + 35.84 = 89.84.
    // 红色宣传: expert (90 + 97.5) / 2 = 93.75, social 84, combined 56.25 + 33.6 = 89.85: first by 0.01.
    QList<ExpertScore> wang = EvaluationOffice::sheet(office.financeBrand, 180);
    wang.append(EvaluationOffice::sheet(office.publicityBrand, 180));
    REQUIRE(office.evaluation().saveScores(office.wang.id, office.wang.version, wang));
    QList<ExpertScore> li = EvaluationOffice::sheet(office.financeBrand, 195);
    li.append(EvaluationOffice::sheet(office.publicityBrand, 195));
    REQUIRE(office.evaluation().saveScores(office.li.id, office.li.version, li));

    const Result<QList<BrandResult>> results = office.evaluation().results(office.round.id);
    REQUIRE(results);
    REQUIRE(results->size() == 2);
    CHECK(results->at(0).brandName == QStringLiteral("阳光财政"));
    CHECK(results->at(0).expertScore == Rational(90));
    CHECK(results->at(0).combinedScore->toString() == QStringLiteral("89.84"));
    CHECK(results->at(0).explanation.experts.at(1).status == ExpertTotalStatus::Conflicted);
    CHECK(results->at(0).rank == 2);
    CHECK(results->at(1).combinedScore == *Rational::fromDecimal(QStringLiteral("89.85")));
    CHECK(results->at(1).rank == 1);
    CHECK(results->at(1).rankInCategory == 1);

    // Selecting inside a transaction that then fails keeps nothing and announces nothing.
    int announced = 0;
    QObject::connect(&office.evaluation(), &EvaluationService::changed, [&announced] { ++announced; });
    const Result<void> rolledBack = office.temp.database().transaction([&]() -> Result<void> {
        REQUIRE(office.evaluation().selectTop(office.round.id, 1));
        CHECK(announced == 0); // not before the commit
        return fail(Error::Code::Validation, QStringLiteral("stopped by the test"));
    });
    REQUIRE_FALSE(rolledBack);
    CHECK(announced == 0);
    CHECK(office.statusOf(office.publicityBrand) != BrandStatus::Typical);

    const Result<int> selected = office.evaluation().selectTop(office.round.id, 1);
    REQUIRE(selected);
    CHECK(*selected == 2); // the best of each category
    CHECK(office.statusOf(office.publicityBrand) == BrandStatus::Typical);
    CHECK(announced == 1); // once, after the commit, for both entries
}

TEST_CASE("a score above the maximum, with two decimals or for a brand not entered is refused with the reason",
          "[evaluation][service]")
{
    EvaluationOffice office;
    office.enter(office.financeBrand);
    CHECK(EvaluationService::parsePoints(QStringLiteral("17.5"), Rational(20)) == 175);
    CHECK(EvaluationService::parsePoints(QStringLiteral(" 20 "), Rational(20)) == 200);
    const Result<int> tooMany = EvaluationService::parsePoints(QStringLiteral("20.5"), Rational(20));
    REQUIRE_FALSE(tooMany);
    CHECK(tooMany.error().message == QStringLiteral("20.5 points is more than the maximum of 20."));
    CHECK_FALSE(EvaluationService::parsePoints(QStringLiteral("17.25"), Rational(20)));
    CHECK_FALSE(EvaluationService::parsePoints(QStringLiteral("abc"), Rational(20)));
    CHECK_FALSE(EvaluationService::parsePoints(QStringLiteral("-1"), Rational(20)));

    QList<ExpertScore> scores = EvaluationOffice::sheet(office.financeBrand, 180);
    scores[2].tenths = 210;
    const Result<EvaluationExpert> refused =
        office.evaluation().saveScores(office.wang.id, office.wang.version, scores);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::Validation);
    CHECK(refused.error().message.contains(QStringLiteral("21 points is outside 0 to 20")));
    const Result<EvaluationExpert> notEntered = office.evaluation().saveScores(
        office.wang.id, office.wang.version, EvaluationOffice::sheet(office.publicityBrand, 180));
    REQUIRE_FALSE(notEntered);
    const Result<QList<ExpertScore>> stored = office.evaluation().scores(office.round.id);
    REQUIRE(stored);
    CHECK(stored->isEmpty());
}

TEST_CASE("a stale score sheet from another window is refused", "[evaluation][service]")
{
    EvaluationOffice office;
    office.enter(office.financeBrand);
    REQUIRE(office.evaluation().saveScores(office.wang.id, office.wang.version,
                                           EvaluationOffice::sheet(office.financeBrand, 180)));
    const Result<EvaluationExpert> stale = office.evaluation().saveScores(
        office.wang.id, office.wang.version, EvaluationOffice::sheet(office.financeBrand, 170));
    REQUIRE_FALSE(stale);
    CHECK(stale.error().code == Error::Code::Conflict);
}

TEST_CASE("a locked round refuses changes to its scores, survey counts, panel and entries", "[evaluation][service]")
{
    EvaluationOffice office;
    const EvaluationEntry entry = office.enter(office.financeBrand);
    const Result<EvaluationRound> locked = office.evaluation().lock(office.round.id, office.round.version);
    REQUIRE(locked);
    CHECK(locked->locked);

    const Result<EvaluationExpert> scores = office.evaluation().saveScores(
        office.wang.id, office.wang.version, EvaluationOffice::sheet(office.financeBrand, 180));
    REQUIRE_FALSE(scores);
    CHECK(scores.error().code == Error::Code::Forbidden);
    CHECK(scores.error().message.contains(QStringLiteral("locked")));
    EvaluationEntry surveyed = entry;
    surveyed.survey = {1, 1, 1, 1};
    CHECK_FALSE(office.evaluation().saveEntry(surveyed));
    CHECK_FALSE(office.evaluation().withdraw(entry.id));
    CHECK_FALSE(office.evaluation().removeExpert(office.wang.id));
    EvaluationEntry another;
    another.roundId = office.round.id;
    another.brandId = office.publicityBrand.id;
    another.submittedOn = QDate(2009, 5, 12);
    CHECK_FALSE(office.evaluation().enter(another));
    // Selection stays open after locking.
    CHECK(office.evaluation().setSelected(entry.id, entry.version, true));
}

TEST_CASE("only an administrator unlocks a round, and the unlocking is audited", "[evaluation][service]")
{
    EvaluationOffice office;
    const Result<EvaluationRound> locked = office.evaluation().lock(office.round.id, office.round.version);
    REQUIRE(locked);
    const Result<EvaluationRound> byClerk = office.evaluation().unlock(office.round.id, locked->version);
    REQUIRE_FALSE(byClerk);
    CHECK(byClerk.error().code == Error::Code::Forbidden);

    office.temp.signInAs(Role::Administrator);
    const Result<EvaluationRound> unlocked = office.evaluation().unlock(office.round.id, locked->version);
    REQUIRE(unlocked);
    CHECK_FALSE(unlocked->locked);
    const Result<QList<AuditEntry>> history =
        office.temp.session().audit().history(EvaluationAuditEntities::kRound, office.round.id);
    REQUIRE(history);
    REQUIRE(history->size() == 3); // created, locked, unlocked
    CHECK(history->last().userName == TempDatabase::userName(Role::Administrator));
    CHECK(history->last().after().value(QStringLiteral("locked")).toBool() == false);
    CHECK(history->last().before().value(QStringLiteral("locked")).toBool() == true);
}

TEST_CASE("a leader sees the evaluation but cannot enter, score or lock", "[evaluation][service]")
{
    EvaluationOffice office;
    const EvaluationEntry entry = office.enter(office.financeBrand);
    office.temp.signInAs(Role::Leader);
    CHECK(office.evaluation().entries(office.round.id));
    CHECK(office.evaluation().results(office.round.id));
    const Result<EvaluationExpert> scores = office.evaluation().saveScores(
        office.wang.id, office.wang.version, EvaluationOffice::sheet(office.financeBrand, 180));
    REQUIRE_FALSE(scores);
    CHECK(scores.error().code == Error::Code::Forbidden);
    CHECK_FALSE(office.evaluation().lock(office.round.id, office.round.version));
    CHECK_FALSE(office.evaluation().setSelected(entry.id, entry.version, true));
}

TEST_CASE("the pre-filled declaration holds the brand's fields, its milestones done and its typical practices",
          "[evaluation][service]")
{
    EvaluationOffice office;
    const Milestone* milestone = nullptr;
    for (const Milestone& m : office.campaign.milestones)
        if (m.code == QStringLiteral("brand-name"))
            milestone = &m;
    REQUIRE(milestone);
    MilestoneCompletion completion;
    completion.milestoneId = milestone->id;
    completion.departmentId = office.finance.id;
    completion.doneDate = QDate(2009, 5, 14);
    completion.evidence = QStringLiteral("局党组会议纪要");
    REQUIRE(office.temp.session().milestones().record(completion));
    WeeklyReport report;
    report.departmentId = office.finance.id;
    report.week = ReportWeek::containing(QDate(2009, 5, 11));
    report.receivedAt = office.temp.clock().nowUtc();
    report.title = QStringLiteral("阳光财政窗口延时服务");
    report.content = QStringLiteral("推行午间延时服务，群众办事不再跑第二趟。");
    report.highlight = true;
    const Result<WeeklyReport> logged = office.temp.session().reports().save(report);
    INFO((logged ? std::string() : logged.error().message.toStdString()));
    REQUIRE(logged);

    const Result<QString> draft = office.evaluation().declarationDraft(office.financeBrand.id);
    REQUIRE(draft);
    INFO(draft->toStdString());
    const Brand& brand = office.financeBrand;
    CHECK(draft->contains(QStringLiteral("阳光财政")));
    CHECK(draft->contains(QStringLiteral("市财政局")));
    for (BrandField field : allBrandFields()) {
        CAPTURE(brandFieldName(field).toStdString());
        CHECK(draft->contains(brand.text(field)));
    }
    CHECK(draft->contains(milestone->name));
    CHECK(draft->contains(QStringLiteral("局党组会议纪要")));
    CHECK(draft->contains(QStringLiteral("阳光财政窗口延时服务")));
}

TEST_CASE("the scoring rules of a round come from its campaign's definition", "[evaluation][service]")
{
    EvaluationOffice office;
    const Result<ScoringRules> rules = office.evaluation().rules(office.round.id);
    REQUIRE(rules);
    CHECK(rules->criteria.size() == 5);
    CHECK(rules->expertWeight == Rational::fraction(3, 5));
}

TEST_CASE("schema version 7 adds the evaluation tables", "[evaluation][service][sqlite]")
{
    TempDatabase temp;
    const QString path = temp.path();
    temp.close();
    RawSqlite raw(path, RawSqlite::Mode::ReadOnly);
    CHECK(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt() >= 7);
    const QStringList tables = raw.tables();
    for (const char* table :
         {"evaluation_rounds", "evaluation_entries", "evaluation_experts", "evaluation_scores", "evaluation_publicity"})
        CHECK(tables.contains(QString::fromLatin1(table)));
}
