// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demodata.h"
#include "core/services/session.h"
#include "tests/support/stringmakers.h"
#include "tests/support/tempdatabase.h"

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

TEST_CASE("the demo shows a round with entries, seven experts' scores, survey counts and ranked results",
          "[evaluation][demo]")
{
    TempDatabase temp;
    REQUIRE(populateDemoData(temp.session()));
    EvaluationService& evaluation = temp.session().evaluation();
    const Result<std::optional<Campaign>> campaign = temp.session().campaigns().current();
    REQUIRE(campaign);
    REQUIRE(campaign->has_value());
    const Result<QList<EvaluationRound>> rounds = evaluation.rounds((*campaign)->id);
    REQUIRE(rounds);
    REQUIRE(rounds->size() == 1);
    const qint64 round = rounds->first().id;
    const Result<QList<EvaluationEntry>> entries = evaluation.entries(round);
    REQUIRE(entries);
    CHECK(entries->size() == 8);
    const Result<QList<EvaluationExpert>> experts = evaluation.experts(round);
    REQUIRE(experts);
    CHECK(experts->size() == 7);
    CHECK(experts->last().departmentId == entries->first().departmentId);
    const Result<QList<ExpertScore>> scores = evaluation.scores(round);
    REQUIRE(scores);
    CHECK(scores->size() == 7 * 8 * 5);

    const Result<QList<BrandResult>> results = evaluation.results(round);
    REQUIRE(results);
    int ranked = 0;
    int selected = 0;
    for (const BrandResult& result : *results)
        ranked += result.rank > 0 ? 1 : 0;
    for (const EvaluationEntry& entry : *entries)
        selected += entry.selected ? 1 : 0;
    CHECK(ranked == 7); // one brand has no valid questionnaire
    CHECK(selected >= 1);
    CHECK(results->first().explanation.experts.last().status == ExpertTotalStatus::Conflicted);
}
