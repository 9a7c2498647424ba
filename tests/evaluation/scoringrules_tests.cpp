// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/campaign/campaigndefinition.h"
#include "core/evaluation/scoringrules.h"
#include "tests/support/stringmakers.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace branddesk;

namespace {

QByteArray withScoring(const char* block)
{
    return QByteArray(R"({ "title": "x", "scoring": )") + block + "}";
}

} // namespace

TEST_CASE("the shipped 2009 campaign scores five standards of 20 points, trims from 5 and weighs 0.6 / 0.4",
          "[evaluation][rules]")
{
    QFile file(CampaignDefinition::builtInPath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const Result<ScoringRules> rules = ScoringRules::fromDefinition(file.readAll());
    REQUIRE(rules);
    REQUIRE(rules->criteria.size() == 5);
    CHECK(rules->criteria.at(0).standard == BrandStandard::Name);
    CHECK(rules->criteria.at(3).code == QStringLiteral("service-system"));
    CHECK(rules->maxTotal() == Rational(100));
    CHECK(rules->trimFromExperts == 5);
    CHECK(rules->satisfied == Rational(100));
    CHECK(rules->basicallySatisfied == Rational(60));
    CHECK(rules->dissatisfied == Rational(0));
    CHECK(rules->expertWeight == Rational::fraction(3, 5));
    CHECK(rules->socialWeight == Rational::fraction(2, 5));
}

TEST_CASE("a definition without scoring rules gets the defaults", "[evaluation][rules]")
{
    const Result<ScoringRules> rules = ScoringRules::fromDefinition(R"({ "title": "x" })");
    REQUIRE(rules);
    CHECK(rules->criteria.size() == 5);
    CHECK(rules->trimFromExperts == 5);
}

TEST_CASE("malformed scoring rules are refused with the field and the problem named", "[evaluation][rules]")
{
    SECTION("weights that do not add up to 1")
    {
        const Result<ScoringRules> rules =
            ScoringRules::fromDefinition(withScoring(R"({ "weights": { "expert": "0.7", "social": "0.4" } })"));
        REQUIRE_FALSE(rules);
        CHECK(rules.error().code == Error::Code::Validation);
        CHECK(rules.error().message.contains(QStringLiteral("scoring.weights")));
        CHECK(rules.error().message.contains(QStringLiteral("0.7 + 0.4")));
    }
    SECTION("an unknown standard")
    {
        const Result<ScoringRules> rules =
            ScoringRules::fromDefinition(withScoring(R"({ "criteria": [ { "standard": "colour", "points": 20 } ] })"));
        REQUIRE_FALSE(rules);
        CHECK(rules.error().message.contains(QStringLiteral("scoring.criteria[0].standard")));
        CHECK(rules.error().message.contains(QStringLiteral("colour")));
    }
    SECTION("points with two decimals")
    {
        const Result<ScoringRules> rules =
            ScoringRules::fromDefinition(withScoring(R"({ "criteria": [ { "standard": "name", "points": 20.25 } ] })"));
        REQUIRE_FALSE(rules);
        CHECK(rules.error().message.contains(QStringLiteral("scoring.criteria[0].points")));
    }
    SECTION("an unknown survey level")
    {
        const Result<ScoringRules> rules =
            ScoringRules::fromDefinition(withScoring(R"({ "socialLevels": { "不了解": 0 } })"));
        REQUIRE_FALSE(rules);
        CHECK(rules.error().message.contains(QStringLiteral("不了解")));
    }
    SECTION("a trimming threshold below 3")
    {
        const Result<ScoringRules> rules = ScoringRules::fromDefinition(withScoring(R"({ "trimFromExperts": 2 })"));
        REQUIRE_FALSE(rules);
        CHECK(rules.error().message.contains(QStringLiteral("trimFromExperts")));
    }
    SECTION("a definition that is not JSON")
    {
        CHECK_FALSE(ScoringRules::fromDefinition("{ nope"));
    }
}

TEST_CASE("weights written as JSON numbers are read exactly", "[evaluation][rules]")
{
    const Result<ScoringRules> rules =
        ScoringRules::fromDefinition(withScoring(R"({ "weights": { "expert": 0.7, "social": 0.3 } })"));
    REQUIRE(rules);
    CHECK(rules->expertWeight == Rational::fraction(7, 10));
    CHECK(rules->socialWeight == Rational::fraction(3, 10));
}
