// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/campaign/campaigndefinition.h"
#include "core/campaign/jsonlineindex.h"
#include "tests/campaign/campaigntesting.h"
#include "tests/support/filehash.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

const QString kSource = QStringLiteral("campaign.json");

/// Parses `json`, which must be refused as a validation error, and returns the refusal.
Error refusalOf(const QByteArray& json)
{
    const Result<Campaign> campaign = CampaignDefinition::parse(json, kSource);
    REQUIRE_FALSE(campaign);
    CHECK(campaign.error().code == Error::Code::Validation);
    return campaign.error();
}

/// How a refusal begins: "campaign.json, line 15: phases[0].milestones[1].name: ".
QString located(int line, const QString& path)
{
    return QStringLiteral("%1, line %2: %3: ").arg(kSource).arg(line).arg(path);
}

const Milestone& milestoneWithCode(const Campaign& campaign, const char* code)
{
    for (const Milestone& milestone : campaign.milestones) {
        if (milestone.code == QLatin1String(code))
            return milestone;
    }
    FAIL("no milestone " << code);
    return campaign.milestones.first();
}

/// A small definition of 2011 whose first phase ends on the last day of February.
QByteArray aWinterDefinition()
{
    return QStringLiteral(R"json({
  "title": "2011年冬训活动",
  "year": 2011,
  "scoring": {},
  "phases": [
    {
      "name": "冬季准备",
      "dates": "1月下旬—2月下旬",
      "milestones": [
        { "code": "plan", "name": "制定计划" },
        { "code": "mid-may", "name": "五月检查", "due": "2011-05-20" }
      ]
    },
    { "name": "春季推进", "dates": "3月上旬—5月中旬",
      "milestones": [ { "code": "spring", "name": "春季总结", "due": "5月中旬" } ] },
    { "name": "长效管理", "dates": "5月下旬—长期",
      "milestones": [ { "code": "lasting", "name": "长效机制" } ] }
  ]
}
)json")
        .toUtf8();
}

} // namespace

TEST_CASE("the shipped 2009 definition has the notice's four phases with their dates")
{
    const Campaign campaign = builtInCampaign();
    CHECK(campaign.year == 2009);
    CHECK(campaign.title.startsWith(QStringLiteral("2009年")));
    CHECK(campaign.title.contains(QStringLiteral("打造服务品牌、提升服务效能")));
    CHECK(campaign.leadDays == 3);
    CHECK(campaign.reportWeekday == Qt::Friday);
    CHECK(campaign.reportDueTime == QTime(23, 59, 59));
    CHECK(campaign.definition == builtInDefinition());

    REQUIRE(campaign.phases.size() == 4);
    const QStringList names = {QStringLiteral("培育打造"), QStringLiteral("实践推进"), QStringLiteral("典型推介"),
                               QStringLiteral("巩固优化")};
    const QStringList dates = {QStringLiteral("2009-04-21..2009-05-20"), QStringLiteral("2009-05-21..2009-07-31"),
                               QStringLiteral("2009-08-01..2009-08-31"), QStringLiteral("2009-09-01..open")};
    for (int i = 0; i < 4; ++i) {
        CAPTURE(i);
        CHECK(campaign.phases.at(i).ordinal == i + 1);
        CHECK(campaign.phases.at(i).id == i + 1);
        CHECK(campaign.phases.at(i).name == names.at(i));
        CHECK(iso(campaign.phases.at(i).dates) == dates.at(i));
        CHECK_FALSE(campaign.phases.at(i).focus.isEmpty());
    }
    CHECK(iso(campaign.span()) == QStringLiteral("2009-04-21..open"));
    CHECK(campaign.phaseOn(QDate(2009, 5, 15))->ordinal == 1);
    CHECK(campaign.phaseOn(QDate(2009, 5, 21))->ordinal == 2);
    CHECK(campaign.phaseOn(QDate(2010, 3, 1))->ordinal == 4);
    CHECK(campaign.phaseOn(QDate(2009, 4, 20)) == nullptr);
}

TEST_CASE("the shipped 2009 definition's milestones carry their phase, applicability and due date")
{
    const Campaign campaign = builtInCampaign();
    REQUIRE(campaign.milestones.size() == 15);
    for (int i = 0; i < campaign.milestones.size(); ++i)
        CHECK(campaign.milestones.at(i).ordinal == i + 1);

    const Milestone& name = milestoneWithCode(campaign, "brand-name");
    CHECK(name.phaseId == 1);
    CHECK(name.appliesTo == Applicability::All);
    CHECK(name.due == QDate(2009, 5, 20)); // the phase's end
    CHECK(name.shortName == QStringLiteral("品牌名称"));

    const Milestone& directLine = milestoneWithCode(campaign, "direct-line");
    CHECK(directLine.phaseId == 2);
    CHECK(directLine.appliesTo == Applicability::EnterpriseFacing);
    CHECK(directLine.due == QDate(2009, 6, 10)); // "6月上旬"

    CHECK(milestoneWithCode(campaign, "responsibility").due == QDate(2009, 6, 20));
    CHECK(milestoneWithCode(campaign, "three-into").appliesTo == Applicability::EnterpriseFacing);
    CHECK(milestoneWithCode(campaign, "concentrated-week").appliesTo == Applicability::EnterpriseFacing);

    const Milestone& approval = milestoneWithCode(campaign, "approval-reform");
    CHECK(approval.appliesTo == Applicability::Administrative);
    CHECK(approval.due == QDate(2009, 7, 31));

    const Milestone& fees = milestoneWithCode(campaign, "intermediary-fees");
    CHECK(fees.appliesTo == Applicability::SupervisesIntermediaries);
    CHECK(fees.phaseId == 2);

    const Milestone& declaration = milestoneWithCode(campaign, "self-declaration");
    CHECK(declaration.phaseId == 3);
    CHECK(declaration.due == QDate(2009, 8, 20));

    CHECK(milestoneWithCode(campaign, "satisfaction-mechanism").due == QDate(2009, 10, 31));
    const Milestone& hotline = milestoneWithCode(campaign, "supervision-hotline");
    CHECK(hotline.phaseId == 4);
    CHECK(hotline.due == QDate(2009, 12, 31));
}

TEST_CASE("a milestone without a name is refused, naming the field and the milestone's line")
{
    const QByteArray original = builtInDefinition();
    const int line = lineContaining(original, QStringLiteral("\"brand-name\""));
    REQUIRE(line > 1);
    const QByteArray json = replacedOnce(original, QStringLiteral("\"name\": \"论证确定服务品牌名称\", "), QString());
    const Error error = refusalOf(json);
    CHECK(error.message.startsWith(located(line, QStringLiteral("phases[0].milestones[1].name"))));
}

TEST_CASE("a misspelt dekad in a phase's dates is refused, naming phases[1].dates and its line")
{
    const QByteArray original = builtInDefinition();
    const int line = lineContaining(original, QStringLiteral("\"5月下旬—7月下旬\""));
    REQUIRE(line > 1);
    const QByteArray json =
        replacedOnce(original, QStringLiteral("\"5月下旬—7月下旬\""), QStringLiteral("\"5月下句—7月下旬\""));
    const Error error = refusalOf(json);
    CHECK(error.message.startsWith(located(line, QStringLiteral("phases[1].dates"))));
    CHECK(error.message.contains(QStringLiteral("5月下句")));
}

TEST_CASE("a milestone code used twice is refused at its second use")
{
    const QByteArray original = builtInDefinition();
    const int line = lineContaining(original, QStringLiteral("\"direct-line\""));
    REQUIRE(line > 1);
    const QByteArray json =
        replacedOnce(original, QStringLiteral("\"code\": \"direct-line\""), QStringLiteral("\"code\": \"brand-name\""));
    const Error error = refusalOf(json);
    CHECK(error.message.startsWith(located(line, QStringLiteral("phases[1].milestones[1].code"))));
    CHECK(error.message.contains(QStringLiteral("brand-name")));
}

TEST_CASE("an unknown applicability rule is refused on its line")
{
    const QByteArray original = builtInDefinition();
    const int line = lineContaining(original, QStringLiteral("\"approval-reform\""));
    const QByteArray json = replacedOnce(original, QStringLiteral("\"appliesTo\": \"administrative\""),
                                         QStringLiteral("\"appliesTo\": \"admin\""));
    CHECK(refusalOf(json).message.startsWith(located(line, QStringLiteral("phases[1].milestones[5].appliesTo"))));
}

TEST_CASE("a JSON syntax error is reported on its line")
{
    const QByteArray original = builtInDefinition();
    SECTION("a misspelt literal")
    {
        const int line = lineContaining(original, QStringLiteral("\"leadDays\": 3,"));
        const QByteArray json =
            replacedOnce(original, QStringLiteral("\"leadDays\": 3,"), QStringLiteral("\"leadDays\": tree,"));
        const Error error = refusalOf(json);
        CHECK(error.message.startsWith(QStringLiteral("%1, line %2: ").arg(kSource).arg(line)));
        CHECK(error.message.contains(QStringLiteral("JSON")));
    }
    SECTION("a missing colon")
    {
        const int line = lineContaining(original, QStringLiteral("\"dates\": \"8月上旬—8月下旬\""));
        const QByteArray json = replacedOnce(original, QStringLiteral("\"dates\": \"8月上旬—8月下旬\""),
                                             QStringLiteral("\"dates\" \"8月上旬—8月下旬\""));
        CHECK(refusalOf(json).message.startsWith(QStringLiteral("%1, line %2: ").arg(kSource).arg(line)));
    }
    SECTION("an unclosed definition")
    {
        QByteArray json = original.trimmed();
        json.chop(1); // the final }
        const int lastLine = static_cast<int>(json.count('\n')) + 1;
        CHECK(refusalOf(json).message.startsWith(QStringLiteral("%1, line %2: ").arg(kSource).arg(lastLine)));
    }
}

TEST_CASE("a field on its own line is reported on that line, not on its object's")
{
    const QByteArray json = QStringLiteral(R"json({
  "title": "测试活动",
  "year": 2009,
  "scoring": {},
  "phases": [
    {
      "name": "培育打造",
      "dates": "4月下旬—5月中旬",
      "milestones": [
        {
          "code": "brand-name",
          "name": "论证确定服务品牌名称",
          "due": "长期"
        }
      ]
    }
  ]
}
)json")
                                .toUtf8();
    const Error error = refusalOf(json);
    CHECK(error.message.startsWith(located(13, QStringLiteral("phases[0].milestones[0].due"))));
}

TEST_CASE("an incomplete definition is refused, naming what is missing")
{
    const QByteArray original = builtInDefinition();
    SECTION("without a title")
    {
        const QByteArray json =
            replacedOnce(original, QStringLiteral("\"title\": \"2009年"), QStringLiteral("\"heading\": \"2009年"));
        CHECK(refusalOf(json).message.startsWith(located(1, QStringLiteral("title"))));
    }
    SECTION("without a year")
    {
        const QByteArray json = replacedOnce(original, QStringLiteral("\"year\": 2009,"), QString());
        CHECK(refusalOf(json).message.contains(QStringLiteral(": year: ")));
    }
    SECTION("with a year that is text")
    {
        const int line = lineContaining(original, QStringLiteral("\"year\": 2009,"));
        const QByteArray json =
            replacedOnce(original, QStringLiteral("\"year\": 2009,"), QStringLiteral("\"year\": \"2009\","));
        CHECK(refusalOf(json).message.startsWith(located(line, QStringLiteral("year"))));
    }
    SECTION("with lead days out of range")
    {
        const int line = lineContaining(original, QStringLiteral("\"leadDays\": 3,"));
        const QByteArray json =
            replacedOnce(original, QStringLiteral("\"leadDays\": 3,"), QStringLiteral("\"leadDays\": 31,"));
        CHECK(refusalOf(json).message.startsWith(located(line, QStringLiteral("leadDays"))));
    }
    SECTION("with a report weekday that is no weekday")
    {
        const int line = lineContaining(original, QStringLiteral("\"dueWeekday\""));
        const QByteArray json = replacedOnce(original, QStringLiteral("\"friday\""), QStringLiteral("\"payday\""));
        CHECK(refusalOf(json).message.startsWith(located(line, QStringLiteral("reports.dueWeekday"))));
    }
    SECTION("without scoring rules")
    {
        const QByteArray json =
            replacedOnce(original, QStringLiteral("\"scoring\": {"), QStringLiteral("\"scores\": {"));
        CHECK(refusalOf(json).message.contains(QStringLiteral(": scoring: ")));
    }
    SECTION("without a phase's dates")
    {
        const int line = lineContaining(original, QStringLiteral("\"name\": \"典型推介\""));
        const QByteArray json = replacedOnce(original, QStringLiteral("\"dates\": \"8月上旬—8月下旬\","), QString());
        const QString message = refusalOf(json).message;
        // The missing field's nearest existing parent is the phase object, which opens a line above its name.
        CHECK(message.startsWith(located(line - 1, QStringLiteral("phases[2].dates"))));
        CHECK(message.contains(QStringLiteral("missing")));
    }
    SECTION("with an empty milestone code")
    {
        const int line = lineContaining(original, QStringLiteral("\"self-declaration\""));
        const QByteArray json = replacedOnce(original, QStringLiteral("\"code\": \"self-declaration\""),
                                             QStringLiteral("\"code\": \"  \""));
        CHECK(refusalOf(json).message.startsWith(located(line, QStringLiteral("phases[2].milestones[0].code"))));
    }
    SECTION("without phases")
    {
        const QByteArray json = QByteArray(R"({"title": "t", "year": 2009, "scoring": {}, "phases": []})");
        CHECK(refusalOf(json).message.startsWith(located(1, QStringLiteral("phases"))));
    }
    SECTION("that is not an object")
    {
        CHECK(refusalOf(QByteArray("[1, 2]")).message.startsWith(QStringLiteral("%1, line 1: ").arg(kSource)));
    }
}

TEST_CASE("phases must follow each other and only the last may be open-ended")
{
    const QByteArray original = builtInDefinition();
    SECTION("an open phase before the last")
    {
        const int line = lineContaining(original, QStringLiteral("\"8月上旬—8月下旬\""));
        const QByteArray json =
            replacedOnce(original, QStringLiteral("\"8月上旬—8月下旬\""), QStringLiteral("\"8月上旬—长期\""));
        CHECK(refusalOf(json).message.startsWith(located(line, QStringLiteral("phases[2].dates"))));
    }
    SECTION("a phase starting before the previous one ends")
    {
        const int line = lineContaining(original, QStringLiteral("\"5月下旬—7月下旬\""));
        const QByteArray json =
            replacedOnce(original, QStringLiteral("\"5月下旬—7月下旬\""), QStringLiteral("\"5月中旬—7月下旬\""));
        CHECK(refusalOf(json).message.startsWith(located(line, QStringLiteral("phases[1].dates"))));
    }
}

TEST_CASE("a phase of 长期 alone starts the day after the previous phase")
{
    const QByteArray json =
        replacedOnce(builtInDefinition(), QStringLiteral("\"9月上旬—长期\""), QStringLiteral("\"长期\""));
    const Result<Campaign> campaign = CampaignDefinition::parse(json, kSource);
    REQUIRE(campaign);
    CHECK(iso(campaign->phases.at(3).dates) == QStringLiteral("2009-09-01..open"));
}

TEST_CASE("a refused definition file is named in the refusal")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("2010-bad.json"));
    const QByteArray original = builtInDefinition();
    const int line = lineContaining(original, QStringLiteral("\"5月下旬—7月下旬\""));
    writeFile(path,
              replacedOnce(original, QStringLiteral("\"5月下旬—7月下旬\""), QStringLiteral("\"5月下句—7月下旬\"")));
    const Result<Campaign> campaign = CampaignDefinition::load(path);
    REQUIRE_FALSE(campaign);
    CHECK(campaign.error().code == Error::Code::Validation);
    CHECK(campaign.error().message.startsWith(QStringLiteral("2010-bad.json, line %1: phases[1].dates: ").arg(line)));

    const Result<Campaign> missing = CampaignDefinition::load(dir.filePath(QStringLiteral("none.json")));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == Error::Code::NotFound);
}

TEST_CASE("the line index finds nested values and falls back to the nearest parent")
{
    const QByteArray json = builtInDefinition();
    const JsonLineIndex index(json);
    CHECK(index.lineOf(QString()) == 1);
    CHECK(index.lineOf(QStringLiteral("year")) == lineContaining(json, QStringLiteral("\"year\"")));
    CHECK(index.lineOf(QStringLiteral("reports.dueTime")) == lineContaining(json, QStringLiteral("\"reports\": {")));
    CHECK(index.lineOf(QStringLiteral("phases[3].dates")) == lineContaining(json, QStringLiteral("9月上旬—长期")));
    CHECK(index.lineOf(QStringLiteral("phases[1].milestones[6].appliesTo")) ==
          lineContaining(json, QStringLiteral("\"intermediary-fees\"")));
    CHECK(index.lineOf(QStringLiteral("phases[1].milestones[6].nothing")) ==
          lineContaining(json, QStringLiteral("\"intermediary-fees\"")));
    CHECK(index.lineOf(QStringLiteral("activityTypes[2]")) ==
          lineContaining(json, QStringLiteral("\"activityTypes\"")));
    CHECK(index.lineOf(QStringLiteral("nothing.at.all")) == 1);
    CHECK(index.lineOfOffset(0) == 1);
    CHECK(index.lineOfOffset(json.indexOf("\"year\"")) == lineContaining(json, QStringLiteral("\"year\"")));
}

TEST_CASE("a campaign moved to a leap year ends February's 下旬 on the 29th, and back in a common year on the 28th")
{
    const Result<Campaign> winter = CampaignDefinition::parse(aWinterDefinition(), kSource);
    REQUIRE(winter);
    REQUIRE(iso(winter->phases.at(0).dates) == QStringLiteral("2011-01-21..2011-02-28"));

    const Campaign leap = CampaignDefinition::shiftedToYear(*winter, 2012);
    CHECK(leap.year == 2012);
    CHECK(iso(leap.phases.at(0).dates) == QStringLiteral("2012-01-21..2012-02-29"));
    CHECK(dekad::formatRange(leap.phases.at(0).dates) == QStringLiteral("1月下旬—2月下旬"));
    CHECK(leap.milestones.at(0).due == QDate(2012, 2, 29));

    const Campaign common = CampaignDefinition::shiftedToYear(leap, 2013);
    CHECK(iso(common.phases.at(0).dates) == QStringLiteral("2013-01-21..2013-02-28"));
    CHECK(common.milestones.at(0).due == QDate(2013, 2, 28));
    CHECK(iso(CampaignDefinition::shiftedToYear(*winter, 2013).phases.at(0).dates) ==
          QStringLiteral("2013-01-21..2013-02-28"));
}

TEST_CASE("a campaign moved to another year keeps mid-month dates and open ends")
{
    const Result<Campaign> winter = CampaignDefinition::parse(aWinterDefinition(), kSource);
    REQUIRE(winter);
    const Campaign leap = CampaignDefinition::shiftedToYear(*winter, 2012);
    CHECK(iso(leap.phases.at(1).dates) == QStringLiteral("2012-03-01..2012-05-20"));
    CHECK(iso(leap.phases.at(2).dates) == QStringLiteral("2012-05-21..open"));
    CHECK(leap.milestones.at(1).due == QDate(2012, 5, 20)); // written as 2011-05-20
    CHECK(leap.milestones.at(2).due == QDate(2012, 5, 20)); // written as 5月中旬
    CHECK_FALSE(leap.milestones.at(3).due.isValid());       // in the open phase, without a due date
    CHECK(leap.title == QStringLiteral("2012年冬训活动"));
    CHECK_FALSE(leap.isCurrent);
    CHECK(leap.id == 0);
    // The original is a value: it stays where it was.
    CHECK(iso(winter->phases.at(0).dates) == QStringLiteral("2011-01-21..2011-02-28"));
    CHECK(winter->title == QStringLiteral("2011年冬训活动"));
}

TEST_CASE("the shipped campaign moved to 2010 has the same calendar a year later")
{
    const Campaign campaign = CampaignDefinition::shiftedToYear(builtInCampaign(), 2010);
    CHECK(campaign.title.startsWith(QStringLiteral("2010年")));
    REQUIRE(campaign.phases.size() == 4);
    CHECK(iso(campaign.phases.at(0).dates) == QStringLiteral("2010-04-21..2010-05-20"));
    CHECK(iso(campaign.phases.at(1).dates) == QStringLiteral("2010-05-21..2010-07-31"));
    CHECK(iso(campaign.phases.at(2).dates) == QStringLiteral("2010-08-01..2010-08-31"));
    CHECK(iso(campaign.phases.at(3).dates) == QStringLiteral("2010-09-01..open"));
    CHECK(campaign.milestones.size() == 15);
    CHECK(milestoneWithCode(campaign, "direct-line").due == QDate(2010, 6, 10));
}
