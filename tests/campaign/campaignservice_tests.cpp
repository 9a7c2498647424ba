// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/campaignsnapshots.h"
#include "core/campaign/campaigndefinition.h"
#include "core/services/auditlog.h"
#include "core/services/campaignservice.h"
#include "core/services/milestoneservice.h"
#include "core/storage/database.h"
#include "tests/campaign/campaigntesting.h"
#include "tests/support/builders.h"
#include "tests/support/filehash.h"
#include "tests/support/tempdatabase.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

/// The rows of the campaign tables, to prove a refusal wrote nothing.
struct CampaignRows {
    int campaigns = 0;
    int phases = 0;
    int milestones = 0;
    bool operator==(const CampaignRows&) const = default;
};

CampaignRows rowsOf(TempDatabase& temp)
{
    const QSqlDatabase db = temp.database().connection();
    return {rowCount(db, "campaigns"), rowCount(db, "phases"), rowCount(db, "milestones")};
}

Campaign created(TempDatabase& temp, const Campaign& campaign)
{
    const Result<Campaign> stored = temp.session().campaigns().create(campaign);
    REQUIRE(stored);
    return *stored;
}

/// A 2011 definition whose first phase ends on the last day of February.
Campaign aWinterCampaign()
{
    const QByteArray json = QStringLiteral(R"json({
  "title": "2011年冬训活动",
  "year": 2011,
  "scoring": {},
  "phases": [
    { "name": "冬季准备", "dates": "1月下旬—2月下旬",
      "milestones": [ { "code": "plan", "name": "制定计划" } ] },
    { "name": "春季推进", "dates": "3月上旬—5月中旬",
      "milestones": [ { "code": "spring", "name": "春季总结", "appliesTo": "enterprise-facing" } ] },
    { "name": "长效管理", "dates": "5月下旬—长期",
      "milestones": [ { "code": "lasting", "name": "长效机制" } ] }
  ]
})json")
                                .toUtf8();
    const Result<Campaign> campaign = CampaignDefinition::parse(json, QStringLiteral("winter.json"));
    REQUIRE(campaign);
    return *campaign;
}

int currentCount(TempDatabase& temp)
{
    QSqlQuery query(temp.database().connection());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM campaigns WHERE is_current = 1")));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

} // namespace

TEST_CASE("a stored campaign reads back with its phases, milestones and dates")
{
    TempDatabase temp;
    temp.signInAs(Role::Administrator); // campaigns are set up by an administrator
    int changes = 0;
    QObject::connect(&temp.session().campaigns(), &CampaignService::changed, [&changes] { ++changes; });
    const Campaign stored = created(temp, builtInCampaign());
    CHECK(stored.id > 0);
    CHECK(stored.version == 1);
    CHECK(stored.isCurrent);
    CHECK(changes == 1);

    const Result<Campaign> found = temp.session().campaigns().find(stored.id);
    REQUIRE(found);
    CHECK(found->title == builtInCampaign().title);
    CHECK(found->year == 2009);
    CHECK(found->leadDays == 3);
    CHECK(found->reportWeekday == Qt::Friday);
    CHECK(found->reportDueTime == QTime(23, 59, 59));
    CHECK(found->createdAt == TempDatabase::startTime());
    CHECK(found->definition == builtInDefinition());
    CHECK(found->version == 1);
    REQUIRE(found->phases.size() == 4);
    CHECK(iso(found->phases.at(0).dates) == QStringLiteral("2009-04-21..2009-05-20"));
    CHECK(iso(found->phases.at(1).dates) == QStringLiteral("2009-05-21..2009-07-31"));
    CHECK(iso(found->phases.at(2).dates) == QStringLiteral("2009-08-01..2009-08-31"));
    CHECK(iso(found->phases.at(3).dates) == QStringLiteral("2009-09-01..open"));
    REQUIRE(found->milestones.size() == 15);
    const Campaign parsed = builtInCampaign();
    for (int i = 0; i < 15; ++i) {
        const Milestone& m = found->milestones.at(i);
        CAPTURE(m.code);
        CHECK(m.id > 0);
        CHECK(m.code == parsed.milestones.at(i).code);
        CHECK(m.name == parsed.milestones.at(i).name);
        CHECK(m.shortName == parsed.milestones.at(i).shortName);
        CHECK(m.appliesTo == parsed.milestones.at(i).appliesTo);
        CHECK(m.due == parsed.milestones.at(i).due);
        // The stored milestone names its stored phase, which is the phase of the same ordinal.
        const Phase* phase = found->phase(m.phaseId);
        REQUIRE(phase != nullptr);
        CHECK(phase->ordinal == parsed.milestones.at(i).phaseId);
    }
}

TEST_CASE("a definition refused while loading leaves the database unchanged")
{
    TempDatabase temp;
    temp.signInAs(Role::Administrator); // campaigns are set up by an administrator
    created(temp, builtInCampaign());
    const CampaignRows before = rowsOf(temp);

    const QString path = temp.filePath(QStringLiteral("2010.json"));
    writeFile(path, replacedOnce(builtInDefinition(), QStringLiteral("\"5月下旬—7月下旬\""),
                                 QStringLiteral("\"5月下句—7月下旬\"")));
    const Result<Campaign> loaded = CampaignDefinition::load(path);
    REQUIRE_FALSE(loaded);
    CHECK(loaded.error().code == Error::Code::Validation);
    CHECK(rowsOf(temp) == before);
}

TEST_CASE("a campaign whose calendar cannot be stored whole writes nothing")
{
    TempDatabase temp;
    temp.signInAs(Role::Administrator); // campaigns are set up by an administrator
    const CampaignRows empty = rowsOf(temp);
    CHECK(empty == CampaignRows{});
    int changes = 0;
    QObject::connect(&temp.session().campaigns(), &CampaignService::changed, [&changes] { ++changes; });

    // The parser refuses a code used twice; the database refuses it too, on the last milestone, after the
    // campaign, its phases and fourteen milestones were written.
    Campaign campaign = builtInCampaign();
    campaign.milestones.last().code = campaign.milestones.first().code;
    const Result<Campaign> stored = temp.session().campaigns().create(campaign);
    REQUIRE_FALSE(stored);
    CHECK(rowsOf(temp) == empty);
    CHECK(changes == 0);

    // Nothing half-made blocks the correct definition afterwards, and it becomes the current campaign.
    const Campaign good = created(temp, builtInCampaign());
    CHECK(good.isCurrent);
    CHECK(rowsOf(temp) == CampaignRows{1, 4, 15});
}

TEST_CASE("a second campaign with the same title and year is refused and writes nothing")
{
    TempDatabase temp;
    temp.signInAs(Role::Administrator); // campaigns are set up by an administrator
    created(temp, builtInCampaign());
    const CampaignRows before = rowsOf(temp);
    // On a file, not a byte of it changes; on a server, the rows are what can be compared.
    const QByteArray fileBefore = temp.onServer() ? QByteArray() : sha256OfFile(temp.path());

    const Result<Campaign> again = temp.session().campaigns().create(builtInCampaign());
    REQUIRE_FALSE(again);
    CHECK(again.error().code == Error::Code::Validation);
    CHECK(rowsOf(temp) == before);
    if (!temp.onServer())
        CHECK(sha256OfFile(temp.path()) == fileBefore);
}

TEST_CASE("the first campaign is current, and a campaign from a template is not")
{
    TempDatabase temp;
    temp.signInAs(Role::Administrator); // campaigns are set up by an administrator
    CampaignService& campaigns = temp.session().campaigns();
    const Campaign first = created(temp, builtInCampaign());
    CHECK(first.isCurrent);

    const Result<Campaign> copy = campaigns.createFromTemplate(first.id, 2010);
    REQUIRE(copy);
    CHECK_FALSE(copy->isCurrent);
    CHECK(currentCount(temp) == 1);

    const Result<std::optional<Campaign>> current = campaigns.current();
    REQUIRE(current);
    REQUIRE(current->has_value());
    CHECK((*current)->id == first.id);
}

TEST_CASE("a campaign from a template is stored with every phase and milestone moved to its year")
{
    TempDatabase temp;
    temp.signInAs(Role::Administrator); // campaigns are set up by an administrator
    CampaignService& campaigns = temp.session().campaigns();
    const Campaign original = created(temp, builtInCampaign());
    temp.clock().advanceSecs(3600);

    const Result<Campaign> made = campaigns.createFromTemplate(original.id, 2010);
    REQUIRE(made);
    CHECK(made->id != original.id);
    const Result<Campaign> copy = campaigns.find(made->id);
    REQUIRE(copy);
    CHECK(copy->year == 2010);
    CHECK(copy->title.startsWith(QStringLiteral("2010年")));
    CHECK(copy->createdAt == TempDatabase::startTime().addSecs(3600));
    REQUIRE(copy->phases.size() == 4);
    CHECK(iso(copy->phases.at(0).dates) == QStringLiteral("2010-04-21..2010-05-20"));
    CHECK(iso(copy->phases.at(1).dates) == QStringLiteral("2010-05-21..2010-07-31"));
    CHECK(iso(copy->phases.at(2).dates) == QStringLiteral("2010-08-01..2010-08-31"));
    CHECK(iso(copy->phases.at(3).dates) == QStringLiteral("2010-09-01..open"));
    REQUIRE(copy->milestones.size() == 15);
    for (int i = 0; i < 15; ++i) {
        const Milestone& m = copy->milestones.at(i);
        const Milestone& source = original.milestones.at(i);
        CAPTURE(m.code);
        CHECK(m.code == source.code);
        CHECK(m.appliesTo == source.appliesTo);
        CHECK(m.due == source.due.addYears(1));
        CHECK(m.id != source.id);
        // Each copied milestone belongs to the copy's phase of the same ordinal, not to the original's.
        const Phase* phase = copy->phase(m.phaseId);
        REQUIRE(phase != nullptr);
        CHECK(phase->ordinal == original.phase(source.phaseId)->ordinal);
    }

    const Result<Campaign> untouched = campaigns.find(original.id);
    REQUIRE(untouched);
    CHECK(untouched->year == 2009);
    CHECK(untouched->title == original.title);
    CHECK(untouched->isCurrent);
    REQUIRE(untouched->phases.size() == 4);
    for (int i = 0; i < 4; ++i)
        CHECK(iso(untouched->phases.at(i).dates) == iso(original.phases.at(i).dates));
    REQUIRE(untouched->milestones.size() == 15);
    for (int i = 0; i < 15; ++i) {
        CHECK(untouched->milestones.at(i).due == original.milestones.at(i).due);
        CHECK(untouched->milestones.at(i).phaseId == original.milestones.at(i).phaseId);
    }
    CHECK(rowsOf(temp) == CampaignRows{2, 8, 30});
}

TEST_CASE("a campaign from a template moved into a leap year ends February's 下旬 on the 29th")
{
    TempDatabase temp;
    temp.signInAs(Role::Administrator); // campaigns are set up by an administrator
    CampaignService& campaigns = temp.session().campaigns();
    const Campaign winter = created(temp, aWinterCampaign());
    CHECK(iso(winter.phases.at(0).dates) == QStringLiteral("2011-01-21..2011-02-28"));

    const Result<Campaign> leap = campaigns.createFromTemplate(winter.id, 2012);
    REQUIRE(leap);
    const Result<Campaign> storedLeap = campaigns.find(leap->id);
    REQUIRE(storedLeap);
    CHECK(iso(storedLeap->phases.at(0).dates) == QStringLiteral("2012-01-21..2012-02-29"));
    CHECK(storedLeap->milestones.at(0).due == QDate(2012, 2, 29));
    CHECK(iso(storedLeap->phases.at(1).dates) == QStringLiteral("2012-03-01..2012-05-20"));
    CHECK(storedLeap->milestones.at(1).due == QDate(2012, 5, 20));
    CHECK(storedLeap->milestones.at(1).appliesTo == Applicability::EnterpriseFacing);
    CHECK(iso(storedLeap->phases.at(2).dates) == QStringLiteral("2012-05-21..open"));
    CHECK_FALSE(storedLeap->milestones.at(2).due.isValid());

    const Result<Campaign> common = campaigns.createFromTemplate(leap->id, 2013);
    REQUIRE(common);
    const Result<Campaign> storedCommon = campaigns.find(common->id);
    REQUIRE(storedCommon);
    CHECK(iso(storedCommon->phases.at(0).dates) == QStringLiteral("2013-01-21..2013-02-28"));
    CHECK(storedCommon->milestones.at(0).due == QDate(2013, 2, 28));
    CHECK(storedCommon->title == QStringLiteral("2013年冬训活动"));
}

TEST_CASE("a campaign from a template for a year that already has it, or for no real year, is refused")
{
    TempDatabase temp;
    temp.signInAs(Role::Administrator); // campaigns are set up by an administrator
    CampaignService& campaigns = temp.session().campaigns();
    const Campaign original = created(temp, builtInCampaign());
    const CampaignRows before = rowsOf(temp);

    const Result<Campaign> sameYear = campaigns.createFromTemplate(original.id, 2009);
    REQUIRE_FALSE(sameYear);
    CHECK(sameYear.error().code == Error::Code::Validation);

    const Result<Campaign> badYear = campaigns.createFromTemplate(original.id, 0);
    REQUIRE_FALSE(badYear);
    CHECK(badYear.error().code == Error::Code::Validation);

    const Result<Campaign> noSource = campaigns.createFromTemplate(original.id + 100, 2010);
    REQUIRE_FALSE(noSource);
    CHECK(noSource.error().code == Error::Code::NotFound);
    CHECK(rowsOf(temp) == before);
}

TEST_CASE("making another campaign current switches exactly one")
{
    TempDatabase temp;
    temp.signInAs(Role::Administrator); // campaigns are set up by an administrator
    CampaignService& campaigns = temp.session().campaigns();
    const Campaign first = created(temp, builtInCampaign());
    const Result<Campaign> second = campaigns.createFromTemplate(first.id, 2010);
    REQUIRE(second);
    int changes = 0;
    QObject::connect(&campaigns, &CampaignService::changed, [&changes] { ++changes; });

    REQUIRE(campaigns.setCurrent(second->id));
    CHECK(changes == 1);
    CHECK(currentCount(temp) == 1);
    Result<std::optional<Campaign>> current = campaigns.current();
    REQUIRE(current);
    REQUIRE(current->has_value());
    CHECK((*current)->id == second->id);
    const Result<Campaign> former = campaigns.find(first.id);
    REQUIRE(former);
    CHECK_FALSE(former->isCurrent);

    // Choosing the current one again changes nothing.
    REQUIRE(campaigns.setCurrent(second->id));
    CHECK(currentCount(temp) == 1);

    REQUIRE(campaigns.setCurrent(first.id));
    CHECK(currentCount(temp) == 1);
    current = campaigns.current();
    REQUIRE(current);
    CHECK((*current)->id == first.id);
}

TEST_CASE("making a campaign current that does not exist is refused and the current one stays")
{
    TempDatabase temp;
    temp.signInAs(Role::Administrator); // campaigns are set up by an administrator
    CampaignService& campaigns = temp.session().campaigns();
    const Campaign first = created(temp, builtInCampaign());

    const Result<void> made = campaigns.setCurrent(first.id + 100);
    REQUIRE_FALSE(made);
    CHECK(made.error().code == Error::Code::NotFound);
    const Result<std::optional<Campaign>> current = campaigns.current();
    REQUIRE(current);
    REQUIRE(current->has_value());
    CHECK((*current)->id == first.id);
}

TEST_CASE("campaigns are listed newest year first")
{
    TempDatabase temp;
    temp.signInAs(Role::Administrator); // campaigns are set up by an administrator
    CampaignService& campaigns = temp.session().campaigns();
    const Campaign first = created(temp, builtInCampaign());
    REQUIRE(campaigns.createFromTemplate(first.id, 2011));
    REQUIRE(campaigns.createFromTemplate(first.id, 2010));
    const Result<QList<Campaign>> all = campaigns.campaigns();
    REQUIRE(all);
    REQUIRE(all->size() == 3);
    CHECK(all->at(0).year == 2011);
    CHECK(all->at(1).year == 2010);
    CHECK(all->at(2).year == 2009);
}

TEST_CASE("ensuring a current campaign on an empty database creates the built-in campaign for the year")
{
    TempDatabase temp;
    temp.signInAs(Role::Administrator); // campaigns are set up by an administrator
    CampaignService& campaigns = temp.session().campaigns();
    const Result<std::optional<Campaign>> none = campaigns.current();
    REQUIRE(none);
    CHECK_FALSE(none->has_value());

    const Result<Campaign> ensured = campaigns.ensureCurrent(2026);
    REQUIRE(ensured);
    CHECK(ensured->year == 2026);
    CHECK(ensured->isCurrent);
    CHECK(ensured->title.startsWith(QStringLiteral("2026年")));
    REQUIRE(ensured->phases.size() == 4);
    CHECK(iso(ensured->phases.at(0).dates) == QStringLiteral("2026-04-21..2026-05-20"));
    CHECK(iso(ensured->phases.at(3).dates) == QStringLiteral("2026-09-01..open"));
    CHECK(ensured->milestones.size() == 15);
    CHECK(rowsOf(temp) == CampaignRows{1, 4, 15});

    // Asked again, it returns the same campaign and creates nothing.
    const Result<Campaign> again = campaigns.ensureCurrent(2027);
    REQUIRE(again);
    CHECK(again->id == ensured->id);
    CHECK(again->year == 2026);
    CHECK(rowsOf(temp) == CampaignRows{1, 4, 15});
}

TEST_CASE("ensuring a current campaign when none is current makes the newest one current")
{
    TempDatabase temp;
    temp.signInAs(Role::Administrator); // campaigns are set up by an administrator
    CampaignService& campaigns = temp.session().campaigns();
    const Campaign first = created(temp, builtInCampaign());
    const Result<Campaign> newer = campaigns.createFromTemplate(first.id, 2010);
    REQUIRE(newer);
    QSqlQuery query(temp.database().connection());
    REQUIRE(query.exec(QStringLiteral("UPDATE campaigns SET is_current = 0")));

    const Result<Campaign> ensured = campaigns.ensureCurrent(2026);
    REQUIRE(ensured);
    CHECK(ensured->id == newer->id);
    CHECK(ensured->isCurrent);
    CHECK(rowsOf(temp) == CampaignRows{2, 8, 30});
}

TEST_CASE("only an administrator sets campaigns up; a clerk may only get the built-in default")
{
    TempDatabase temp;
    temp.signInAs(Role::Clerk);
    CHECK(temp.session().campaigns().create(builtInCampaign()).error().code == Error::Code::Forbidden);
    const Result<Campaign> fallback = temp.session().campaigns().ensureCurrent(2009);
    REQUIRE(fallback);
    CHECK(temp.session().campaigns().createFromTemplate(fallback->id, 2010).error().code == Error::Code::Forbidden);
    CHECK(temp.session().campaigns().setCurrent(fallback->id).error().code == Error::Code::Forbidden);
    CHECK(temp.session().campaigns().setMilestoneDue(fallback->milestones.first().id, QDate(2009, 5, 1)).error().code ==
          Error::Code::Forbidden);
    temp.signInAs(Role::Leader);
    CHECK(temp.session().campaigns().ensureCurrent(2009).has_value()); // reading the existing one writes nothing
}

TEST_CASE("a leader cannot record or withdraw a milestone, and a clerk's record is audited")
{
    TempDatabase temp;
    temp.signInAs(Role::Clerk);
    const Result<Campaign> campaign = temp.session().campaigns().ensureCurrent(2009);
    REQUIRE(campaign);
    const Result<Department> department = temp.departments().add(aDepartment("市财政局"));
    REQUIRE(department);
    MilestoneCompletion completion;
    completion.milestoneId = campaign->milestones.first().id;
    completion.departmentId = department->id;
    completion.doneDate = QDate(2009, 5, 10);

    temp.signInAs(Role::Leader);
    CHECK(temp.session().milestones().record(completion).error().code == Error::Code::Forbidden);
    temp.signInAs(Role::Clerk);
    const Result<MilestoneCompletion> stored = temp.session().milestones().record(completion);
    REQUIRE(stored);
    temp.signInAs(Role::Leader);
    CHECK(temp.session().milestones().clear(completion.milestoneId, completion.departmentId).error().code ==
          Error::Code::Forbidden);

    const Result<QList<AuditEntry>> history =
        temp.session().audit().history(CampaignAuditEntities::kMilestoneCompletion, stored->id);
    REQUIRE(history);
    REQUIRE(history->size() == 1);
    CHECK(history->first().after().value(QStringLiteral("done_date")).toString() == QStringLiteral("2009-05-10"));
}
