// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/auditlabels.h"
#include "core/audit/inspectionsnapshots.h"
#include "core/services/inspectionservice.h"
#include "tests/inspections/inspectiontesting.h"

#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

QString json(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

TEST_CASE("a recorded inspection keeps every field and says who recorded it and when")
{
    InspectionOffice office;
    Inspection inspection = anInspection(office.finance.id, QDate(2009, 5, 14));
    inspection.kind = InspectionKind::Special;
    const Inspection saved = office.record(inspection);
    CHECK(saved.id > 0);

    const Result<Inspection> found = office.inspections().find(saved.id);
    REQUIRE(found);
    CHECK(found->departmentId == office.finance.id);
    CHECK(found->date == QDate(2009, 5, 14));
    CHECK(found->kind == InspectionKind::Special);
    CHECK(found->inspectors == QStringLiteral("张建华、李明"));
    CHECK(found->inspectorNames() == QStringList{QStringLiteral("张建华"), QStringLiteral("李明")});
    CHECK(found->checks == inspection.checks);
    CHECK(found->findings == QStringLiteral("品牌标识尚未确定。"));
    REQUIRE(found->rectifications.size() == 1);
    CHECK(found->rectifications.at(0).id > 0);
    CHECK(found->rectifications.at(0).demand == QStringLiteral("一个月内确定品牌标识并报送。"));
    CHECK(found->rectifications.at(0).deadline == QDate(2009, 6, 13));
    CHECK(found->rectifications.at(0).status == RectificationStatus::Open);
    CHECK_FALSE(found->rectifications.at(0).doneDate.isValid());
    CHECK(found->recordedBy == TempDatabase::userName(Role::Clerk));
    CHECK(found->recordedAt == office.temp.clock().nowUtc());
    CHECK(found->version == 1);
}

TEST_CASE("an inspection's mistakes are refused with every reason, and nothing is written")
{
    InspectionOffice office;
    Inspection bad;
    bad.date = QDate(2009, 5, 16); // tomorrow
    bad.inspectors = QStringLiteral(" 、 ");
    Rectification noDemand;
    noDemand.deadline = QDate(2009, 6, 1);
    Rectification early;
    early.demand = QStringLiteral("整改");
    early.deadline = QDate(2009, 5, 10);
    Rectification noDeadline;
    noDeadline.demand = QStringLiteral("整改");
    Rectification doneWithoutDate;
    doneWithoutDate.demand = QStringLiteral("整改");
    doneWithoutDate.deadline = QDate(2009, 6, 1);
    doneWithoutDate.status = RectificationStatus::Done;
    bad.rectifications = {noDemand, early, noDeadline, doneWithoutDate};

    const Result<Inspection> refused = office.inspections().save(bad);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::Validation);
    const QString message = refused.error().message;
    CHECK(message.contains(QStringLiteral("Choose the department inspected.")));
    CHECK(message.contains(QStringLiteral("lies in the future")));
    CHECK(message.contains(QStringLiteral("Enter at least one inspector.")));
    CHECK(message.contains(QStringLiteral("Rectification 1: enter what must be rectified.")));
    CHECK(message.contains(QStringLiteral("Rectification 2: the deadline")));
    CHECK(message.contains(QStringLiteral("lies before the inspection")));
    CHECK(message.contains(QStringLiteral("Rectification 3: enter the deadline.")));
    CHECK(message.contains(QStringLiteral("Rectification 4: enter the date it was done.")));

    Inspection doneEarly = anInspection(office.finance.id, QDate(2009, 5, 14));
    doneEarly.rectifications[0].status = RectificationStatus::Done;
    doneEarly.rectifications[0].doneDate = QDate(2009, 5, 13);
    const Result<Inspection> beforeInspection = office.inspections().save(doneEarly);
    REQUIRE_FALSE(beforeInspection);
    CHECK(beforeInspection.error().message.contains(QStringLiteral("the date done")));

    const Result<QList<InspectionListItem>> all = office.inspections().list();
    REQUIRE(all);
    CHECK(all->isEmpty());
}

TEST_CASE("a deadline on the inspection day and an inspection dated today are accepted")
{
    InspectionOffice office;
    Inspection inspection = anInspection(office.publicity.id, QDate(2009, 5, 15));
    inspection.rectifications[0].deadline = QDate(2009, 5, 15);
    const Inspection saved = office.record(inspection);
    CHECK(saved.rectifications.at(0).deadline == QDate(2009, 5, 15));
}

TEST_CASE("editing an inspection is audited with exactly the fields, items and demands that changed")
{
    InspectionOffice office;
    const Inspection saved = office.record(anInspection(office.finance.id, QDate(2009, 5, 14)));
    const qint64 demandId = saved.rectifications.at(0).id;

    const Result<QList<AuditEntry>> created =
        office.temp.session().audit().history(InspectionAuditEntities::kInspection, saved.id);
    REQUIRE(created);
    REQUIRE(created->size() == 1);
    CHECK(created->at(0).action == AuditAction::Insert);
    const QJsonObject inserted = created->at(0).after();
    CHECK(inserted.value(QStringLiteral("department_id")).toInteger() == office.finance.id);
    CHECK(inserted.value(QStringLiteral("date")).toString() == QStringLiteral("2009-05-14"));
    CHECK(inserted.value(QStringLiteral("kind")).toString() == QStringLiteral("regular"));
    CHECK(inserted.value(QStringLiteral("check:standard:logo")).toString() ==
          json(R"(["品牌标识","not-met","未上传标识图片"])"));
    CHECK(inserted.value(QStringLiteral("rectification:%1").arg(demandId)).toString() ==
          json(R"(["一个月内确定品牌标识并报送。","2009-06-13","open","",""])"));

    office.temp.clock().set(localTime(2009, 6, 10));
    Inspection edited = saved;
    edited.inspectors = QStringLiteral("张建华、李明、王芳");
    edited.checks[1].result = CheckResult::Partly;
    edited.checks[1].note = QStringLiteral("标识已设计，待论证");
    edited.rectifications[0].status = RectificationStatus::Done;
    edited.rectifications[0].doneDate = QDate(2009, 6, 8);
    edited.rectifications[0].followUp = QStringLiteral("经复查已整改到位。");
    const Inspection updated = office.record(edited);
    CHECK(updated.version == 2);
    CHECK(updated.recordedAt == saved.recordedAt);
    CHECK(updated.rectifications.at(0).id == demandId); // the demand keeps its identity

    const Result<QList<AuditEntry>> history =
        office.temp.session().audit().history(InspectionAuditEntities::kInspection, saved.id);
    REQUIRE(history);
    REQUIRE(history->size() == 2);
    const AuditEntry& edit = history->at(1);
    CHECK(edit.action == AuditAction::Update);
    CHECK(edit.userName == TempDatabase::userName(Role::Clerk));
    const QString demandKey = QStringLiteral("rectification:%1").arg(demandId);
    const QJsonObject before{
        {QStringLiteral("inspectors"), QStringLiteral("张建华、李明")},
        {QStringLiteral("check:standard:logo"), json(R"(["品牌标识","not-met","未上传标识图片"])")},
        {demandKey, json(R"(["一个月内确定品牌标识并报送。","2009-06-13","open","",""])")}};
    const QJsonObject after{
        {QStringLiteral("inspectors"), QStringLiteral("张建华、李明、王芳")},
        {QStringLiteral("check:standard:logo"), json(R"(["品牌标识","partly","标识已设计，待论证"])")},
        {demandKey, json(R"(["一个月内确定品牌标识并报送。","2009-06-13","done","2009-06-08","经复查已整改到位。"])")}};
    CHECK(edit.before() == before);
    CHECK(edit.after() == after);

    // The history reads as sentences, not as JSON.
    CHECK(auditEntityName(InspectionAuditEntities::kInspection) == QStringLiteral("Inspection"));
    CHECK(auditFieldLabel(InspectionAuditEntities::kInspection, QStringLiteral("check:standard:logo")) ==
          QStringLiteral("Checklist item"));
    CHECK(auditValueText(InspectionAuditEntities::kInspection, QStringLiteral("check:standard:logo"),
                         after.value(QStringLiteral("check:standard:logo"))) ==
          QStringLiteral("品牌标识: Partly met — 标识已设计，待论证"));
    CHECK(
        auditValueText(InspectionAuditEntities::kInspection, demandKey, after.value(demandKey)) ==
        QStringLiteral("一个月内确定品牌标识并报送。 (deadline 2009-06-13; Done on 2009-06-08) — 经复查已整改到位。"));

    SECTION("a demand added and one removed are audited as such")
    {
        Inspection more = updated;
        Rectification extra;
        extra.demand = QStringLiteral("公开服务承诺。");
        extra.deadline = QDate(2009, 7, 1);
        more.rectifications = {extra};
        const Inspection replaced = office.record(more);
        REQUIRE(replaced.rectifications.size() == 1);
        const QString extraKey = QStringLiteral("rectification:%1").arg(replaced.rectifications.at(0).id);
        const Result<QList<AuditEntry>> after3 =
            office.temp.session().audit().history(InspectionAuditEntities::kInspection, saved.id);
        REQUIRE(after3);
        REQUIRE(after3->size() == 3);
        CHECK(after3->at(2).before().keys() == QStringList{demandKey});
        CHECK(after3->at(2).after().keys() == QStringList{extraKey});
    }

    SECTION("removing it keeps a copy in the audit log and takes its checklist and demands along")
    {
        REQUIRE(office.inspections().remove(saved.id));
        const Result<QList<AuditEntry>> gone =
            office.temp.session().audit().history(InspectionAuditEntities::kInspection, saved.id);
        REQUIRE(gone);
        REQUIRE(gone->size() == 3);
        CHECK(gone->at(2).action == AuditAction::Delete);
        CHECK(gone->at(2).before().value(QStringLiteral("inspectors")).toString() ==
              QStringLiteral("张建华、李明、王芳"));
        CHECK(gone->at(2).before().value(demandKey).toString().contains(QStringLiteral("done")));
        const Result<Inspection> missing = office.inspections().find(saved.id);
        REQUIRE_FALSE(missing);
        CHECK(missing.error().code == Error::Code::NotFound);
        const Result<QList<RectificationItem>> open = office.inspections().openRectifications();
        REQUIRE(open);
        CHECK(open->isEmpty());
        const Result<void> again = office.inspections().remove(saved.id);
        REQUIRE_FALSE(again);
        CHECK(again.error().code == Error::Code::NotFound);
    }
}

TEST_CASE("a stale edit of an inspection from another window is refused and says what changed")
{
    InspectionOffice office;
    const Inspection saved = office.record(anInspection(office.finance.id, QDate(2009, 5, 14)));
    std::unique_ptr<Session> other = office.temp.openAnotherSession();
    Result<Inspection> theirs = other->inspections().find(saved.id);
    REQUIRE(theirs);
    office.temp.clock().advanceSecs(60);
    theirs->findings = QStringLiteral("标识方案已提交论证。");
    REQUIRE(other->inspections().save(*theirs));

    office.temp.clock().advanceSecs(60);
    Inspection mine = saved;
    mine.kind = InspectionKind::Random;
    const Result<Inspection> stale = office.inspections().save(mine);
    REQUIRE_FALSE(stale);
    CHECK(stale.error().code == Error::Code::Conflict);
    CHECK(stale.error().message.contains(QStringLiteral("标识方案已提交论证。")));
    CHECK(stale.error().message.contains(TempDatabase::secondClerkName()));
    const Result<Inspection> kept = office.inspections().find(saved.id);
    REQUIRE(kept);
    CHECK(kept->kind == InspectionKind::Regular);
    CHECK(kept->version == 2);
}

TEST_CASE("a leader reads inspections but cannot record, edit or delete one")
{
    InspectionOffice office;
    const Inspection saved = office.record(anInspection(office.finance.id, QDate(2009, 5, 14)));
    office.temp.signInAs(Role::Leader);
    REQUIRE(office.inspections().find(saved.id));
    REQUIRE(office.inspections().list());
    REQUIRE(office.inspections().checklistFor(office.publicity.id, QDate(2009, 5, 15)));
    REQUIRE(office.inspections().openRectifications());

    const Result<Inspection> added = office.inspections().save(anInspection(office.publicity.id, QDate(2009, 5, 14)));
    REQUIRE_FALSE(added);
    CHECK(added.error().code == Error::Code::Forbidden);
    Inspection edited = saved;
    edited.findings = QStringLiteral("改");
    const Result<Inspection> updated = office.inspections().save(edited);
    REQUIRE_FALSE(updated);
    CHECK(updated.error().code == Error::Code::Forbidden);
    const Result<void> removed = office.inspections().remove(saved.id);
    REQUIRE_FALSE(removed);
    CHECK(removed.error().code == Error::Code::Forbidden);
    // An invalid edit is refused for the role first, not for its mistakes.
    const Result<Inspection> invalid = office.inspections().save(Inspection());
    REQUIRE_FALSE(invalid);
    CHECK(invalid.error().code == Error::Code::Forbidden);

    const Result<Inspection> unchanged = office.inspections().find(saved.id);
    REQUIRE(unchanged);
    CHECK(unchanged->version == 1);
    const Result<QList<AuditEntry>> history =
        office.temp.session().audit().history(InspectionAuditEntities::kInspection, saved.id);
    REQUIRE(history);
    CHECK(history->size() == 1);
}

TEST_CASE("the list shows the newest inspection first, with items not met and demands open and overdue")
{
    InspectionOffice office;
    Inspection older = anInspection(office.finance.id, QDate(2009, 4, 22));
    older.rectifications[0].deadline = QDate(2009, 5, 1); // overdue on 15 May
    Rectification done;
    done.demand = QStringLiteral("完善服务承诺。");
    done.deadline = QDate(2009, 5, 5);
    done.status = RectificationStatus::Done;
    done.doneDate = QDate(2009, 5, 4);
    older.rectifications.append(done);
    const Inspection first = office.record(older);
    Inspection newer = anInspection(office.publicity.id, QDate(2009, 5, 12));
    newer.checks[0].result = CheckResult::Partly;
    const Inspection second = office.record(newer);

    const Result<QList<InspectionListItem>> all = office.inspections().list();
    REQUIRE(all);
    REQUIRE(all->size() == 2);
    const InspectionListItem& top = all->at(0);
    CHECK(top.id == second.id);
    CHECK(top.departmentName == QStringLiteral("市委宣传部"));
    CHECK(top.category == DepartmentCategory::PartyMass);
    CHECK(top.checkCount == 2);
    CHECK(top.notMetCount == 1);
    CHECK(top.partlyCount == 1);
    CHECK(top.openCount == 1);
    CHECK(top.overdueCount == 0);
    CHECK(top.nextOpenDeadline == QDate(2009, 6, 11));
    CHECK(top.rectificationLight() == Light::Yellow);
    const InspectionListItem& bottom = all->at(1);
    CHECK(bottom.id == first.id);
    CHECK(bottom.rectificationCount == 2);
    CHECK(bottom.openCount == 1);
    CHECK(bottom.overdueCount == 1);
    CHECK(bottom.rectificationLight() == Light::Red);

    const Result<QList<InspectionListItem>> finance = office.inspections().list(office.finance.id);
    REQUIRE(finance);
    REQUIRE(finance->size() == 1);
    CHECK(finance->at(0).id == first.id);
}

TEST_CASE("a department's latest inspection and its open demands, for the inspection sheet")
{
    InspectionOffice office;
    const Result<std::optional<Inspection>> none = office.inspections().latestFor(office.finance.id);
    REQUIRE(none);
    CHECK_FALSE(none->has_value());

    const Inspection april = office.record(anInspection(office.finance.id, QDate(2009, 4, 28)));
    Inspection may = anInspection(office.finance.id, QDate(2009, 5, 12));
    may.findings = QStringLiteral("五月督查发现的问题。");
    const Inspection mayRecord = office.record(may);
    office.record(anInspection(office.publicity.id, QDate(2009, 5, 14)));
    // Entered later, dated earlier: not the latest.
    office.record(anInspection(office.finance.id, QDate(2009, 5, 2)));

    const Result<std::optional<Inspection>> latest = office.inspections().latestFor(office.finance.id);
    REQUIRE(latest);
    REQUIRE(latest->has_value());
    CHECK((*latest)->id == mayRecord.id);
    CHECK((*latest)->findings == QStringLiteral("五月督查发现的问题。"));

    const Result<QList<RectificationItem>> open = office.inspections().openRectifications(office.finance.id);
    REQUIRE(open);
    REQUIRE(open->size() == 3);
    CHECK(open->at(0).inspectionId == april.id); // earliest deadline first
    CHECK(open->at(0).inspectionDate == QDate(2009, 4, 28));
    CHECK(open->at(0).departmentName == QStringLiteral("市财政局"));
    CHECK(open->at(0).rectification.deadline == QDate(2009, 5, 28));
    const Result<QList<RectificationItem>> everyone = office.inspections().openRectifications();
    REQUIRE(everyone);
    CHECK(everyone->size() == 4);
}

TEST_CASE("a department with inspections cannot be deleted, only deactivated")
{
    InspectionOffice office;
    office.record(anInspection(office.publicity.id, QDate(2009, 5, 14)));
    const Result<void> refused = office.temp.departments().remove(office.publicity.id);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::InUse);
    REQUIRE(office.temp.departments().find(office.publicity.id));
}
