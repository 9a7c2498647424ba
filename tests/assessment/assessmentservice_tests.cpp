// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/assessmentsnapshots.h"
#include "core/services/session.h"
#include "tests/assessment/assessmenttesting.h"
#include "tests/inspections/inspectiontesting.h"
#include "tests/support/tempdatabase.h"

using namespace branddesk;
using namespace branddesk::test;

namespace {

/// The 2026 campaign (the shipped scheme) with 市财政局 (administrative, enterprise-facing) and 市委宣传部 (party);
/// a clerk is signed in and the clock stands at 2 November 2026.
struct AssessmentOffice {
    TempDatabase temp;
    Department finance;
    Department publicity;

    AssessmentOffice()
    {
        temp.signInAs(Role::Administrator);
        REQUIRE(temp.session().campaigns().ensureCurrent(2026));
        temp.signInAs(Role::Clerk);
        temp.clock().set(localTime(2026, 1, 5));
        Department f = aDepartment("市财政局");
        f.enterpriseFacing = true;
        const Result<Department> storedFinance = temp.departments().add(f);
        REQUIRE(storedFinance);
        finance = *storedFinance;
        Department p = aDepartment("市委宣传部");
        p.category = DepartmentCategory::PartyMass;
        p.enterpriseFacing = false;
        const Result<Department> storedPublicity = temp.departments().add(p);
        REQUIRE(storedPublicity);
        publicity = *storedPublicity;
        temp.clock().set(localTime(2026, 11, 2));
    }

    AssessmentService& service() { return temp.session().assessment(); }

    AssessmentItem save(const AssessmentItem& item)
    {
        const Result<AssessmentItem> saved = service().saveItem(item);
        INFO((saved ? std::string() : saved.error().message.toStdString()));
        REQUIRE(saved);
        return *saved;
    }

    AssessmentTable table()
    {
        const Result<AssessmentTable> t = service().table(2026);
        INFO((t ? std::string() : t.error().message.toStdString()));
        REQUIRE(t);
        return *t;
    }
};

} // namespace

TEST_CASE("clerks enter items, leaders only read, administrators finalise and reopen, all of it audited")
{
    AssessmentOffice office;
    const AssessmentItem social =
        office.save(anItem(office.finance.id, AssessmentItemKind::Social, "85.5", "2026年度社会评议"));
    CHECK(social.points == Rational::fraction(171, 2));
    CHECK(social.recordedBy == TempDatabase::userName(Role::Clerk));
    const AssessmentItem bonus = office.save(anItem(office.finance.id, AssessmentItemKind::Bonus, "3", "省级表彰"));

    // Beyond the shipped cap of 5, a second social score, a bonus of nothing: refused, nothing written.
    const Result<AssessmentItem> overCap =
        office.service().saveItem(anItem(office.finance.id, AssessmentItemKind::Bonus, "2.5", "市级表彰"));
    REQUIRE_FALSE(overCap);
    CHECK(overCap.error().code == Error::Code::Validation);
    CHECK(
        office.service().saveItem(anItem(office.finance.id, AssessmentItemKind::Social, "90", "again")).error().code ==
        Error::Code::Validation);
    CHECK_FALSE(office.service().saveItem(anItem(office.finance.id, AssessmentItemKind::Bonus, "0", "nothing")));
    CHECK(office.service().items(2026)->size() == 2);

    const Result<QList<AuditEntry>> history =
        office.temp.session().audit().history(AssessmentAuditEntities::kItem, social.id);
    REQUIRE(history);
    REQUIRE(history->size() == 1);
    CHECK(history->at(0).after().value(QStringLiteral("points")).toString() == QStringLiteral("85.5"));

    office.temp.signInAs(Role::Leader);
    CHECK_FALSE(office.service().mayEdit());
    CHECK(office.service().saveItem(anItem(office.publicity.id, AssessmentItemKind::Bonus, "1", "x")).error().code ==
          Error::Code::Forbidden);
    CHECK(office.service().removeItem(bonus.id).error().code == Error::Code::Forbidden);
    CHECK(office.service().finalise(2026).error().code == Error::Code::Forbidden);
    CHECK(office.table().rows.size() == 2); // but reads the table
    office.temp.signInAs(Role::Clerk);
    CHECK_FALSE(office.service().mayFinalise());
    CHECK(office.service().finalise(2026).error().code == Error::Code::Forbidden);

    office.temp.signInAs(Role::Administrator);
    REQUIRE(office.service().finalise(2026));
    CHECK(*office.service().isFinalised(2026));
    CHECK_FALSE(office.service().finalise(2026));
    office.temp.signInAs(Role::Clerk);
    const Result<AssessmentItem> locked =
        office.service().saveItem(anItem(office.publicity.id, AssessmentItemKind::Deduction, "1", "通报批评"));
    REQUIRE_FALSE(locked);
    CHECK(locked.error().message.contains(QStringLiteral("finalised")));
    CHECK_FALSE(office.service().removeItem(bonus.id));
    CHECK(office.service().reopen(2026).error().code == Error::Code::Forbidden);

    office.temp.signInAs(Role::Administrator);
    REQUIRE(office.service().reopen(2026));
    const Result<QList<AuditEntry>> year = office.temp.session().audit().history(AssessmentAuditEntities::kYear, 2026);
    REQUIRE(year);
    REQUIRE(year->size() == 2);
    CHECK(year->at(0).after().value(QStringLiteral("totals")).toString().contains(utf8("市财政局")));
    office.temp.signInAs(Role::Clerk);
    CHECK(office.service().removeItem(bonus.id));
}

TEST_CASE("a finalised year ignores a later edit of the records and flags it")
{
    AssessmentOffice office;
    office.save(anItem(office.finance.id, AssessmentItemKind::Social, "80", "2026年度社会评议"));
    const AssessmentTable before = office.table();
    CHECK_FALSE(before.finalised);
    const DepartmentAssessment* financeBefore = before.row(office.finance.id);
    REQUIRE(financeBefore);
    CHECK(financeBefore->score(AssessmentPart::Inspections)->status == PartScore::Status::NoData);
    CHECK(before.asOf == QDate(2026, 11, 2));

    office.temp.signInAs(Role::Administrator);
    REQUIRE(office.service().finalise(2026));
    office.temp.signInAs(Role::Clerk);
    // An inspection recorded after finalising: one check met, one not.
    REQUIRE(office.temp.session().inspections().save(anInspection(office.finance.id, QDate(2026, 10, 30))));
    office.temp.clock().set(localTime(2026, 12, 20));

    const AssessmentTable after = office.table();
    CHECK(after.finalised);
    CHECK(after.finalisedBy == TempDatabase::userName(Role::Administrator));
    CHECK(after.asOf == QDate(2026, 11, 2));
    const DepartmentAssessment* financeAfter = after.row(office.finance.id);
    REQUIRE(financeAfter);
    CHECK(financeAfter->total == financeBefore->total);
    CHECK(financeAfter->score(AssessmentPart::Inspections)->status == PartScore::Status::NoData);
    CHECK(financeAfter->changedAfterFinalising.contains(QStringLiteral("Inspections")));
    CHECK(after.row(office.publicity.id)->changedAfterFinalising.isEmpty());

    office.temp.signInAs(Role::Administrator);
    REQUIRE(office.service().reopen(2026));
    const AssessmentTable reopened = office.table();
    CHECK_FALSE(reopened.finalised);
    const PartScore* inspections = reopened.row(office.finance.id)->score(AssessmentPart::Inspections);
    CHECK(inspections->status == PartScore::Status::Scored);
    CHECK(inspections->rate == Rational(50));
}

TEST_CASE("the preview judges the year's records on today, at most on its last day")
{
    AssessmentOffice office;
    const Result<QList<AssessmentInput>> inputs = office.service().inputs(2026);
    REQUIRE(inputs);
    REQUIRE(inputs->size() == 2);
    CHECK(inputs->at(0).enterpriseFacing != inputs->at(1).enterpriseFacing);
    // Weeks owed from the campaign's start (late April) to today: all missing, so the report part scores 0.
    const AssessmentTable table = office.table();
    const DepartmentAssessment* finance = table.row(office.finance.id);
    REQUIRE(finance);
    CHECK(finance->input.reports.whole > 20);
    CHECK(finance->input.reports.part == 0);
    CHECK(finance->score(AssessmentPart::Reports)->points == Rational(0));
    CHECK(table.row(office.publicity.id)->score(AssessmentPart::Enterprise)->status ==
          PartScore::Status::NotEnterpriseFacing);
    office.temp.clock().set(localTime(2027, 2, 1));
    CHECK(office.table().asOf == QDate(2026, 12, 31));
    CHECK_FALSE(office.service().table(2025));
}
