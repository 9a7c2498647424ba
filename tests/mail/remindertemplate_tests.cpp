// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/campaign/campaigndefinition.h"
#include "core/mail/reminder.h"
#include "core/mail/remindertemplate.h"
#include "tests/support/builders.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

/// A small definition of 2011 with the given "reminder" block (JSON text, on lines 5 onwards).
QByteArray aDefinitionWithReminder(const char* reminder)
{
    return QByteArray(R"json({
  "title": "2011年冬训活动",
  "year": 2011,
  "scoring": {},
)json") + QByteArray(reminder) +
           QByteArray(R"json(,
  "phases": [ { "name": "冬季准备", "dates": "1月下旬—2月下旬" } ]
}
)json");
}

Error refusalOf(const QByteArray& json)
{
    const Result<Campaign> campaign = CampaignDefinition::parse(json, QStringLiteral("campaign.json"));
    REQUIRE_FALSE(campaign);
    CHECK(campaign.error().code == Error::Code::Validation);
    return campaign.error();
}

} // namespace

TEST_CASE("the shipped definition carries a reminder template with the department, week and due moment")
{
    QFile file(CampaignDefinition::builtInPath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    REQUIRE(CampaignDefinition::parse(json, QStringLiteral("2009-changzhou.json")));
    const Result<ReminderTemplate> wording = ReminderTemplate::fromDefinition(json);
    REQUIRE(wording);
    CHECK(wording->subject.contains(QStringLiteral("{week}")));
    const QString body =
        wording->fillBody(utf8("市财政局"), utf8("2009年第20周（5月11日—5月17日）"), utf8("2009年5月15日星期五 23:59"));
    CHECK(body.startsWith(utf8("市财政局：")));
    CHECK(body.contains(
        utf8("2009年第20周（5月11日—5月17日）的服务品牌建设工作周报应于2009年5月15日星期五 23:59前报送")));
    CHECK_FALSE(body.contains(QLatin1Char('{')));
}

TEST_CASE("a definition without a reminder block gets the default wording")
{
    const Result<ReminderTemplate> wording = ReminderTemplate::fromDefinition(QByteArray("{}"));
    REQUIRE(wording);
    CHECK(wording->subject == ReminderTemplate::defaults().subject);
    CHECK(wording->body == ReminderTemplate::defaults().body);
    CHECK(ReminderTemplate::problemIn(wording->body).isEmpty());
}

TEST_CASE("placeholders are filled in one pass and a subject stays on one line")
{
    const ReminderTemplate wording{QStringLiteral("{department} {week}"), QStringLiteral("{department}/{due}/{x")};
    CHECK(wording.fillBody(QStringLiteral("{week}"), QStringLiteral("W20"), QStringLiteral("Fri")) ==
          QStringLiteral("{week}/Fri/{x"));
    CHECK(wording.fillSubject(QStringLiteral("A\nB"), QStringLiteral("W20"), QString()) == QStringLiteral("A B W20"));
}

TEST_CASE("a reminder template with a wrong placeholder is refused with its field and line")
{
    const QByteArray unknown = aDefinitionWithReminder(R"json(  "reminder": {
    "subject": "催报：{week}",
    "body": "{部门}：请报送周报。"
  })json");
    const QString message = refusalOf(unknown).message;
    CHECK(message.startsWith(QStringLiteral("campaign.json, line 7: reminder.body: ")));
    CHECK(message.contains(utf8("{部门}")));

    const QByteArray unclosed = aDefinitionWithReminder(R"json(  "reminder": {
    "subject": "催报：{week",
    "body": "{department}：请报送周报。"
  })json");
    CHECK(refusalOf(unclosed).message.startsWith(QStringLiteral("campaign.json, line 6: reminder.subject: ")));

    const QByteArray stray = aDefinitionWithReminder(R"json(  "reminder": { "subject": "催报}", "body": "x" })json");
    CHECK(refusalOf(stray).message.startsWith(QStringLiteral("campaign.json, line 5: reminder.subject: ")));
}

TEST_CASE("a reminder template without a body, or not an object, is refused")
{
    const QByteArray noBody = aDefinitionWithReminder(R"json(  "reminder": { "subject": "催报" })json");
    const QString missing = refusalOf(noBody).message;
    CHECK(missing.contains(QStringLiteral("reminder.body: ")));
    CHECK(missing.contains(QStringLiteral("missing")));

    const QByteArray empty = aDefinitionWithReminder(R"json(  "reminder": { "subject": "  ", "body": "x" })json");
    CHECK(refusalOf(empty).message.contains(QStringLiteral("reminder.subject: ")));

    const QByteArray notObject = aDefinitionWithReminder(R"json(  "reminder": "催报")json");
    CHECK(refusalOf(notObject).message.startsWith(QStringLiteral("campaign.json, line 5: reminder: ")));
}

TEST_CASE("a department's e-mail field may hold several addresses")
{
    CHECK(emailAddressesIn(QStringLiteral(" brand@czmail.gov.cn ")) ==
          QStringList{QStringLiteral("brand@czmail.gov.cn")});
    CHECK(emailAddressesIn(utf8("a@x.cn；b@x.cn, A@x.cn 不是地址")) ==
          QStringList{QStringLiteral("a@x.cn"), QStringLiteral("b@x.cn")});
    CHECK(emailAddressesIn(QString()).isEmpty());
    CHECK(emailAddressesIn(QStringLiteral("no-address")).isEmpty());
}
