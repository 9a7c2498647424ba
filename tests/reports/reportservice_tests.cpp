// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/reportsnapshots.h"
#include "core/services/reportservice.h"
#include "tests/reports/reporttesting.h"
#include "tests/support/rawdatabase.h"
#include "tests/support/rawsqlite.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace branddesk;
using namespace branddesk::test;

TEST_CASE("a logged report keeps every field and says who entered it and when")
{
    ReportOffice office;
    WeeklyReport report = aReport(office.finance.id, weekOf(2009, 5, 11), local(2009, 5, 15, 9, 30));
    report.channel = ReportChannel::Fax;
    report.tags = ReportTag::ServesEnterprises | ReportTag::ServesPublic;
    report.highlight = true;
    report.attachments = {{0, QStringLiteral("照片.jpg"), 0, QByteArray("JPEGDATA")}};
    const WeeklyReport saved = office.log(report);

    const Result<WeeklyReport> found = office.reports().find(saved.id);
    REQUIRE(found);
    CHECK(found->departmentId == office.finance.id);
    CHECK(found->week == weekOf(2009, 5, 11));
    CHECK(found->receivedAt == local(2009, 5, 15, 9, 30));
    CHECK(found->channel == ReportChannel::Fax);
    CHECK(found->title == QStringLiteral("服务品牌建设工作周报"));
    CHECK(found->tags == (ReportTag::ServesEnterprises | ReportTag::ServesPublic));
    CHECK(found->highlight);
    CHECK(found->enteredBy == TempDatabase::userName(Role::Clerk));
    CHECK(found->enteredAt == office.temp.clock().nowUtc());
    CHECK(found->version == 1);
    CHECK_FALSE(found->isBackFilled());
    REQUIRE(found->attachments.size() == 1);
    CHECK(found->attachments.at(0).name == QStringLiteral("照片.jpg"));
    CHECK(found->attachments.at(0).size == 8);
    CHECK(found->attachments.at(0).data == QByteArray("JPEGDATA"));
}

TEST_CASE("a report whose read-back fails is not kept, so logging it again makes no duplicate")
{
    ReportOffice office;
    int announced = 0;
    QObject::connect(&office.reports(), &ReportService::changed, [&announced] { ++announced; });
    // The attachments cannot be read (a report without attachments still writes nothing there).
    RawDatabase(office.temp).exec(QStringLiteral("ALTER TABLE report_attachments RENAME TO report_attachments_gone"));
    const WeeklyReport report = aReport(office.finance.id, weekOf(2009, 5, 11), local(2009, 5, 15, 9, 30));
    const Result<WeeklyReport> refused = office.reports().save(report);
    REQUIRE_FALSE(refused);
    CHECK(announced == 0);
    CHECK(RawDatabase(office.temp).scalar(QStringLiteral("SELECT COUNT(*) FROM weekly_reports")).toInt() == 0);

    RawDatabase(office.temp).exec(QStringLiteral("ALTER TABLE report_attachments_gone RENAME TO report_attachments"));
    const Result<WeeklyReport> saved = office.reports().save(report);
    REQUIRE(saved);
    CHECK(saved->version == 1);
    CHECK(announced == 1);
    CHECK(RawDatabase(office.temp).scalar(QStringLiteral("SELECT COUNT(*) FROM weekly_reports")).toInt() == 1);
}

TEST_CASE("a report entered for a past week is back-filled, with who entered it")
{
    ReportOffice office;
    const WeeklyReport saved = office.log(aReport(office.finance.id, weekOf(2009, 4, 27), local(2009, 5, 1, 16)));
    CHECK(saved.isBackFilled());
    CHECK(saved.enteredBy == TempDatabase::userName(Role::Clerk));
    const Result<ReportSearchResult> listed = office.reports().search({});
    REQUIRE(listed);
    REQUIRE(listed->items.size() == 1);
    CHECK(listed->items.at(0).isBackFilled());
    CHECK(listed->items.at(0).enteredAt == office.temp.clock().nowUtc());
}

TEST_CASE("a second report of one department for one week is a supplement and counts once")
{
    ReportOffice office;
    const ReportWeek week = weekOf(2009, 5, 11);
    const WeeklyReport first = office.log(aReport(office.finance.id, week, local(2009, 5, 14, 9)));
    const WeeklyReport second = office.log(aReport(office.finance.id, week, local(2009, 5, 15, 9)));

    const Result<QList<ReportListItem>> sameWeek = office.reports().sameWeek(office.finance.id, week);
    REQUIRE(sameWeek);
    REQUIRE(sameWeek->size() == 2);
    CHECK(sameWeek->at(0).id == first.id);
    CHECK_FALSE(sameWeek->at(0).supplement);
    CHECK(sameWeek->at(1).id == second.id);
    CHECK(sameWeek->at(1).supplement);

    const Result<ReportCompliance> compliance = office.reports().compliance(office.campaign.id);
    REQUIRE(compliance);
    CHECK(compliance->rows().at(0).department.id == office.finance.id);
    CHECK(compliance->counts(0).onTime == 1);
    CHECK(compliance->counts(0).owed() == 4); // weeks of 20 April to 11 May
    CHECK(compliance->counts(0).missing == 3);
    CHECK(compliance->receivedThisWeek() == 1);
    REQUIRE(compliance->notYetReported().size() == 1);
    CHECK(compliance->notYetReported().at(0).id == office.publicity.id);
}

namespace {

/// The per-week summary compliance reads, and the same figures grouped from the reports themselves.
QStringList weekRows(Session& session, const char* statement)
{
    QSqlQuery query(session.database().connection());
    REQUIRE(query.exec(QString::fromLatin1(statement)));
    QStringList rows;
    while (query.next())
        rows.append(QStringLiteral("%1 %2 %3 %4")
                        .arg(query.value(0).toLongLong())
                        .arg(query.value(1).toLongLong())
                        .arg(query.value(2).toLongLong())
                        .arg(query.value(3).toLongLong()));
    return rows;
}

void requireWeeksInStep(Session& session)
{
    const QStringList kept =
        weekRows(session, "SELECT department_id, week_day, first_received, reports FROM report_weeks ORDER BY 1, 2");
    // The same day numbers (Julian days) and seconds, in each backend's own date functions.
    const QStringList grouped =
        session.database().isServer()
            ? weekRows(session, "SELECT department_id, (CAST(week_start AS date) - DATE '2000-01-01') + 2451545, "
                                "MIN(CAST(EXTRACT(EPOCH FROM CAST(received_at AS timestamp)) AS BIGINT)), COUNT(*) "
                                "FROM weekly_reports GROUP BY department_id, week_start ORDER BY 1, 2")
            : weekRows(session, "SELECT department_id, CAST(julianday(week_start) + 0.5 AS INTEGER), "
                                "MIN(CAST(strftime('%s', received_at) AS INTEGER)), COUNT(*) FROM weekly_reports "
                                "GROUP BY department_id, week_start ORDER BY 1, 2");
    CHECK(kept == grouped);
}

} // namespace

TEST_CASE("the per-week summary follows every insert, edit and deletion of a report")
{
    ReportOffice office;
    Session& session = office.temp.session();
    const ReportWeek week = weekOf(2009, 5, 11);
    WeeklyReport early = office.log(aReport(office.finance.id, week, local(2009, 5, 14, 9)));
    WeeklyReport late = office.log(aReport(office.finance.id, week, local(2009, 5, 15, 9)));
    office.log(aReport(office.publicity.id, weekOf(2009, 5, 4), local(2009, 5, 8, 17, 30, 5)));
    requireWeeksInStep(session);
    CHECK(weekRows(session, "SELECT reports FROM report_weeks WHERE department_id = 1").size() == 1);

    // The week, the department and the moment of arrival can each change; supplements can go.
    early.receivedAt = local(2009, 5, 15, 8);
    early = office.reports().save(early).value();
    requireWeeksInStep(session);
    late.week = weekOf(2009, 4, 27);
    late.departmentId = office.publicity.id;
    late = office.reports().save(late).value();
    requireWeeksInStep(session);
    REQUIRE(office.reports().remove(early.id));
    requireWeeksInStep(session);
    CHECK(weekRows(session, "SELECT * FROM report_weeks WHERE department_id = 1").isEmpty());

    // The grid reads it: the moved report arrived long after its new week's due moment, so it is late.
    const Result<ReportCompliance> compliance = office.reports().compliance(office.campaign.id);
    REQUIRE(compliance);
    CHECK(compliance->counts(1).onTime == 1);
    CHECK(compliance->counts(1).late == 1);
}

TEST_CASE("a database from before the per-week summary gets it filled from its reports when opened", "[sqlite]")
{
    ReportOffice office;
    const ReportWeek week = weekOf(2009, 5, 11);
    office.log(aReport(office.finance.id, week, local(2009, 5, 14, 9)));
    office.log(aReport(office.finance.id, week, local(2009, 5, 15, 9)));
    office.log(aReport(office.publicity.id, weekOf(2009, 5, 4), local(2009, 5, 8, 17, 30, 5)));
    const QString path = office.temp.path();
    office.temp.close();
    RawSqlite(path).rollBackTo(7); // what a BrandDesk of schema version 7 left behind
    office.temp.reopen();

    requireWeeksInStep(office.temp.session());
    CHECK(weekRows(office.temp.session(), "SELECT * FROM report_weeks").size() == 2);
    office.temp.signInAs(Role::Clerk);
    office.log(aReport(office.publicity.id, week, local(2009, 5, 15, 9, 30)));
    requireWeeksInStep(office.temp.session());
}

TEST_CASE("a report's mistakes are refused with reasons and nothing is written")
{
    ReportOffice office;
    WeeklyReport future = aReport(office.finance.id, weekOf(2009, 5, 18), local(2009, 5, 15, 9));
    Result<WeeklyReport> refused = office.reports().save(future);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::Validation);
    CHECK(refused.error().message.contains(QStringLiteral("has not begun")));

    WeeklyReport early = aReport(office.finance.id, weekOf(2009, 5, 11), local(2009, 5, 8, 9));
    refused = office.reports().save(early);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("before the week it covers began")));

    WeeklyReport tomorrow = aReport(office.finance.id, weekOf(2009, 5, 11), local(2009, 5, 16, 9));
    refused = office.reports().save(tomorrow);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("lies in the future")));

    WeeklyReport nobody = aReport(0, weekOf(2009, 5, 11), local(2009, 5, 15, 9));
    nobody.title.clear();
    nobody.content = QStringLiteral("   ");
    refused = office.reports().save(nobody);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("Choose the department")));
    CHECK(refused.error().message.contains(QStringLiteral("Enter a title or the content")));

    WeeklyReport emptyFile = aReport(office.finance.id, weekOf(2009, 5, 11), local(2009, 5, 15, 9));
    emptyFile.attachments = {{0, QStringLiteral("空.doc"), 0, QByteArray()}};
    refused = office.reports().save(emptyFile);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("empty file")));

    const Result<ReportSearchResult> all = office.reports().search({});
    REQUIRE(all);
    CHECK(all->total == 0);
}

TEST_CASE("a report without a title takes the first line of its content")
{
    ReportOffice office;
    WeeklyReport report = aReport(office.finance.id, weekOf(2009, 5, 11), local(2009, 5, 15, 9));
    report.title.clear();
    report.content = QStringLiteral("\n  开通局长直通车热线  \r\n本周受理企业来电12件。");
    const WeeklyReport saved = office.log(report);
    CHECK(saved.title == QStringLiteral("开通局长直通车热线"));
    CHECK(saved.content == QStringLiteral("开通局长直通车热线  \n本周受理企业来电12件。"));
    CHECK(ReportService::titleFromContent(QString(50, QChar(0x6587))).size() == 41);
}

TEST_CASE("editing a report is audited with the fields before and after")
{
    ReportOffice office;
    const WeeklyReport saved = office.log(aReport(office.finance.id, weekOf(2009, 5, 11), local(2009, 5, 15, 9)));
    WeeklyReport edited = saved;
    edited.title = QStringLiteral("阳光财政品牌建设周报");
    edited.highlight = true;
    office.temp.clock().advanceSecs(120);
    const WeeklyReport updated = office.log(edited);
    CHECK(updated.version == 2);
    CHECK(updated.enteredAt == saved.enteredAt); // entering is once; the edit is in the audit log

    const Result<QList<AuditEntry>> history =
        office.temp.session().audit().history(ReportAuditEntities::kWeeklyReport, saved.id);
    REQUIRE(history);
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).action == AuditAction::Insert);
    const AuditEntry& edit = history->at(1);
    CHECK(edit.action == AuditAction::Update);
    CHECK(edit.userName == TempDatabase::userName(Role::Clerk));
    CHECK(edit.before().value(QStringLiteral("title")).toString() == QStringLiteral("服务品牌建设工作周报"));
    CHECK(edit.after().value(QStringLiteral("title")).toString() == QStringLiteral("阳光财政品牌建设周报"));
    CHECK(edit.before().value(QStringLiteral("highlight")).toBool() == false);
    CHECK(edit.after().value(QStringLiteral("highlight")).toBool() == true);
    CHECK_FALSE(edit.after().contains(QStringLiteral("content"))); // unchanged fields are not repeated

    REQUIRE(office.reports().remove(saved.id));
    const Result<QList<AuditEntry>> after =
        office.temp.session().audit().history(ReportAuditEntities::kWeeklyReport, saved.id);
    REQUIRE(after);
    REQUIRE(after->size() == 3);
    CHECK(after->at(2).action == AuditAction::Delete);
    CHECK(after->at(2).before().value(QStringLiteral("title")).toString() == QStringLiteral("阳光财政品牌建设周报"));
    CHECK_FALSE(office.reports().find(saved.id));
}

TEST_CASE("a stale edit of a report from another window is refused and says what changed")
{
    ReportOffice office;
    const WeeklyReport saved = office.log(aReport(office.finance.id, weekOf(2009, 5, 11), local(2009, 5, 15, 9)));
    std::unique_ptr<Session> other = office.temp.openAnotherSession();
    Result<WeeklyReport> theirs = other->reports().find(saved.id);
    REQUIRE(theirs);
    office.temp.clock().advanceSecs(60);
    theirs->title = QStringLiteral("财政局第二十周工作情况");
    REQUIRE(other->reports().save(*theirs));

    office.temp.clock().advanceSecs(60);
    WeeklyReport mine = saved;
    mine.channel = ReportChannel::Paper;
    const Result<WeeklyReport> stale = office.reports().save(mine);
    REQUIRE_FALSE(stale);
    CHECK(stale.error().code == Error::Code::Conflict);
    CHECK(stale.error().message.contains(QStringLiteral("财政局第二十周工作情况")));
    CHECK(stale.error().message.contains(TempDatabase::secondClerkName()));
}

TEST_CASE("attachments are added and removed with an edit")
{
    ReportOffice office;
    WeeklyReport report = aReport(office.finance.id, weekOf(2009, 5, 11), local(2009, 5, 15, 9));
    report.attachments = {{0, QStringLiteral("a.pdf"), 0, QByteArray("A")},
                          {0, QStringLiteral("b.pdf"), 0, QByteArray("BB")}};
    WeeklyReport saved = office.log(report);
    REQUIRE(saved.attachments.size() == 2);
    saved.attachments.removeFirst();
    saved.attachments.append({0, QStringLiteral("c.xlsx"), 0, QByteArray("CCC")});
    const WeeklyReport edited = office.log(saved);
    REQUIRE(edited.attachments.size() == 2);
    CHECK(edited.attachments.at(0).name == QStringLiteral("b.pdf"));
    CHECK(edited.attachments.at(1).name == QStringLiteral("c.xlsx"));
    const Result<ReportAttachment> c = office.reports().attachment(edited.attachments.at(1).id);
    REQUIRE(c);
    CHECK(c->data == QByteArray("CCC"));

    WeeklyReport huge = aReport(office.finance.id, weekOf(2009, 5, 11), local(2009, 5, 15, 9));
    huge.attachments = {{0, QStringLiteral("big.zip"), 0, QByteArray(ReportLimits::kAttachment + 1, 'x')}};
    const Result<WeeklyReport> refused = office.reports().save(huge);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("larger than 20 MB")));
}

TEST_CASE("a leader reads reports but cannot log, edit or delete one")
{
    ReportOffice office;
    const WeeklyReport saved = office.log(aReport(office.finance.id, weekOf(2009, 5, 11), local(2009, 5, 15, 9)));
    office.temp.signInAs(Role::Leader);
    REQUIRE(office.reports().find(saved.id));
    REQUIRE(office.reports().compliance(office.campaign.id));

    const Result<WeeklyReport> added =
        office.reports().save(aReport(office.publicity.id, weekOf(2009, 5, 11), local(2009, 5, 15, 9)));
    REQUIRE_FALSE(added);
    CHECK(added.error().code == Error::Code::Forbidden);
    WeeklyReport edited = saved;
    edited.title = QStringLiteral("改");
    const Result<WeeklyReport> updated = office.reports().save(edited);
    REQUIRE_FALSE(updated);
    CHECK(updated.error().code == Error::Code::Forbidden);
    const Result<void> removed = office.reports().remove(saved.id);
    REQUIRE_FALSE(removed);
    CHECK(removed.error().code == Error::Code::Forbidden);
    const Result<WeeklyReport> unchanged = office.reports().find(saved.id);
    REQUIRE(unchanged);
    CHECK(unchanged->version == 1);
}

TEST_CASE("a department with reports cannot be deleted, only deactivated")
{
    ReportOffice office;
    office.log(aReport(office.finance.id, weekOf(2009, 5, 11), local(2009, 5, 15, 9)));
    const Result<void> refused = office.temp.departments().remove(office.finance.id);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::InUse);
    REQUIRE(office.temp.departments().find(office.finance.id));
    REQUIRE(office.temp.departments().remove(office.publicity.id));
}

TEST_CASE("a deactivated department's new reports are refused, and it leaves the compliance grid")
{
    ReportOffice office;
    REQUIRE(office.temp.departments().setActive(office.publicity.id, false));
    const Result<WeeklyReport> refused =
        office.reports().save(aReport(office.publicity.id, weekOf(2009, 5, 11), local(2009, 5, 15, 9)));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("deactivated")));
    const Result<ReportCompliance> compliance = office.reports().compliance(office.campaign.id);
    REQUIRE(compliance);
    CHECK(compliance->rows().size() == 1);
}
