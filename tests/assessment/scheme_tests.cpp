// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/campaign/campaigndefinition.h"
#include "tests/assessment/assessmenttesting.h"

#include <QFile>

using namespace branddesk;
using namespace branddesk::test;

namespace {

/// The message of refusing `json` (a whole definition with only the assessment section).
QString refusal(const char* json)
{
    const Result<AssessmentScheme> scheme =
        AssessmentScheme::fromDefinition(QByteArray(json), QStringLiteral("campaign.json"));
    REQUIRE_FALSE(scheme);
    CHECK(scheme.error().code == Error::Code::Validation);
    return scheme.error().message;
}

} // namespace

TEST_CASE("a definition without an assessment section gets the default scheme")
{
    const Result<AssessmentScheme> scheme = AssessmentScheme::fromDefinition("{}", QStringLiteral("c.json"));
    REQUIRE(scheme);
    Rational sum;
    for (const PartRule& rule : scheme->parts)
        sum += rule.weight;
    CHECK(sum == Rational(100));
    CHECK(scheme->parts.size() == 7);
    CHECK(scheme->grades.size() == 4);
    CHECK(scheme->grades.at(0).name == utf8("优秀"));
    CHECK(scheme->grades.at(0).minimum == Rational(90));
    CHECK(scheme->quotaPercent == 20);
    CHECK(scheme->bandOf(Rational::fraction(17999, 200)) == 1); // 89.995 is not 90
    CHECK(scheme->quotaOf(10) == 2);
    CHECK(scheme->quotaOf(4) == 0);
}

TEST_CASE("the shipped campaign definition carries the default scheme, and it parses")
{
    QFile file(CampaignDefinition::builtInPath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    CHECK(json.contains("\"assessment\""));
    const Result<AssessmentScheme> shipped = AssessmentScheme::fromDefinition(json, QStringLiteral("2009.json"));
    REQUIRE(shipped);
    const AssessmentScheme defaults = AssessmentScheme::defaults();
    REQUIRE(shipped->parts.size() == defaults.parts.size());
    for (int i = 0; i < defaults.parts.size(); ++i) {
        CHECK(shipped->parts.at(i).weight == defaults.parts.at(i).weight);
        CHECK(shipped->parts.at(i).floor == defaults.parts.at(i).floor);
        CHECK(shipped->parts.at(i).levels == defaults.parts.at(i).levels);
    }
    CHECK(shipped->vetoItems == defaults.vetoItems);
    CHECK(CampaignDefinition::load(CampaignDefinition::builtInPath()));
}

TEST_CASE("the scheme's refusals name the field and its line")
{
    CHECK(refusal(R"({
  "assessment": {
    "parts": [
      { "part": "reports", "weight": 60 },
      { "part": "social", "weight": 30 }
    ]
  }
})") == QStringLiteral("campaign.json, line 3: assessment.parts: the weights must add up to 100 (now 90)."));
    CHECK(refusal(R"({
  "assessment": {
    "parts": [
      { "part": "reports", "weight": 60 },
      { "part": "attendance", "weight": 40 }
    ]
  }
})")
              .startsWith(QStringLiteral("campaign.json, line 5: assessment.parts[1].part: \"attendance\" is not a "
                                         "part")));
    CHECK(refusal(R"({
  "assessment": {
    "parts": [
      { "part": "reports", "weight": 100,
        "floor": 80, "full": 60 }
    ]
  }
})") == QStringLiteral("campaign.json, line 5: assessment.parts[0].full: must be above the floor (80)."));
    CHECK(refusal(R"({ "assessment": { "parts": [ { "part": "reports", "weight": 100, "levels": {} } ] } })")
              .contains(QStringLiteral("assessment.parts[0].levels: only the evaluation part scores by levels")));
    CHECK(refusal(R"({ "assessment": { "parts": [ { "part": "evaluation", "weight": 100,
                       "levels": { "named": 100, "gold": 90 } } ] } })")
              .contains(QStringLiteral("assessment.parts[0].levels.gold: is not a level")));
    CHECK(refusal(R"({ "assessment": { "parts": [ { "part": "social", "weight": "10.005" } ] } })")
              .contains(QStringLiteral("assessment.parts[0].weight: may have at most two decimals.")));
    CHECK(refusal(R"({ "assessment": { "parts": [ { "part": "social" } ] } })")
              .contains(QStringLiteral("assessment.parts[0].weight: is missing.")));
    CHECK(refusal(R"({ "assessment": { "bonusCap": 150 } })")
              .contains(QStringLiteral("assessment.bonusCap: must lie between 0 and 100.")));
    CHECK(refusal(R"({
  "assessment": {
    "grades": [
      { "name": "优秀", "min": 90 },
      { "name": "良好", "min": 95 },
      { "name": "合格", "min": 0 }
    ]
  }
})") == QStringLiteral("campaign.json, line 5: assessment.grades[1].min: must be below the minimum of the grade "
                       "before it (90)."));
    CHECK(refusal(R"({ "assessment": { "grades": [ { "name": "A", "min": 90 }, { "name": "B", "min": 10 } ] } })")
              .contains(QStringLiteral("the last grade must start at 0")));
    CHECK(refusal(R"({ "assessment": { "quotaPercent": 120 } })")
              .contains(QStringLiteral("assessment.quotaPercent: must be a whole number from 0 to 100.")));
    CHECK(refusal(R"({ "assessment": { "vetoItems": ["重大投诉经查实", ""] } })")
              .contains(QStringLiteral("assessment.vetoItems[1]")));
}

TEST_CASE("a campaign definition with a wrong assessment section is refused as a whole, with the line")
{
    QFile file(CampaignDefinition::builtInPath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray json = file.readAll();
    json.replace("\"bonusCap\": 5", "\"bonusCap\": -1");
    const Result<Campaign> campaign = CampaignDefinition::parse(json, QStringLiteral("2009-changzhou.json"));
    REQUIRE_FALSE(campaign);
    const int line = static_cast<int>(json.left(json.indexOf("\"bonusCap\"")).count('\n')) + 1;
    CHECK(campaign.error().message ==
          QStringLiteral("2009-changzhou.json, line %1: assessment.bonusCap: must lie between 0 and 100.").arg(line));
}
