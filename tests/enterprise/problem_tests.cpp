// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/enterprisesnapshots.h"
#include "core/services/enterpriseservice.h"
#include "tests/enterprise/enterprisetesting.h"

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

TEST_CASE("a problem cannot be saved without its one leader, its team and its plan")
{
    EnterpriseOffice office;
    Problem p = aProblem(office.finance.id, QDate(2009, 5, 14));
    p.leader.clear();
    p.team = QStringLiteral("  ");
    p.plan.clear();
    const Result<Problem> refused = office.service().saveProblem(p);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::Validation);
    CHECK(refused.error().message.contains(QStringLiteral("Name the one leader responsible")));
    CHECK(refused.error().message.contains(QStringLiteral("Enter the team")));
    CHECK(refused.error().message.contains(QStringLiteral("Enter the plan")));

    p = aProblem(office.finance.id, QDate(2009, 5, 14));
    p.leader = utf8("张副局长、李处长");
    const Result<Problem> twoLeaders = office.service().saveProblem(p);
    REQUIRE_FALSE(twoLeaders);
    CHECK(twoLeaders.error().message.contains(QStringLiteral("Name one responsible leader only")));

    const Result<QList<Problem>> all = office.service().problems();
    REQUIRE(all);
    CHECK(all->isEmpty());
}

TEST_CASE("a problem keeps every field with its progress notes, oldest first")
{
    EnterpriseOffice office;
    const Activity visit = office.record(aVisit(office.finance.id, QDate(2009, 5, 10)));
    Problem p = aProblem(office.finance.id, QDate(2009, 5, 10));
    p.activityId = visit.id;
    p.notes = {{0, QDate(2009, 5, 11), utf8("召开现场会办会。")}, {0, QDate(2009, 5, 14), utf8("验收资料已补齐。")}};
    const Problem saved = office.record(p);
    CHECK(saved.enterpriseId == visit.enterpriseId);
    CHECK(saved.activityId == visit.id);
    CHECK(saved.leader == utf8("张副局长"));
    CHECK(saved.deadline == QDate(2009, 6, 9));
    CHECK(saved.status == ProblemStatus::Open);
    REQUIRE(saved.notes.size() == 2);
    CHECK(saved.notes.at(0).id > 0);
    CHECK(saved.notes.at(1).text == utf8("验收资料已补齐。"));
}

TEST_CASE("a solved problem needs its date and one that cannot be solved its reason")
{
    EnterpriseOffice office;
    Problem p = aProblem(office.finance.id, QDate(2009, 5, 10));
    p.status = ProblemStatus::Solved;
    const Result<Problem> noDate = office.service().saveProblem(p);
    REQUIRE_FALSE(noDate);
    CHECK(noDate.error().message.contains(QStringLiteral("Enter the day the problem was solved.")));
    p.solvedDate = QDate(2009, 5, 14);
    CHECK(office.record(p).solvedDate == QDate(2009, 5, 14));

    Problem q = aProblem(office.finance.id, QDate(2009, 5, 10));
    q.status = ProblemStatus::CannotSolve;
    const Result<Problem> noReason = office.service().saveProblem(q);
    REQUIRE_FALSE(noReason);
    CHECK(noReason.error().message.contains(QStringLiteral("Give the reason")));
    q.reason = utf8("涉及国家产业政策调整，地方无权办理。");
    CHECK(office.record(q).reason == q.reason);
}

TEST_CASE("a problem is overdue the day after its deadline, by the clock, until it is solved")
{
    EnterpriseOffice office;
    Problem p = aProblem(office.finance.id, QDate(2009, 5, 10));
    p.deadline = QDate(2009, 5, 20);
    const Problem saved = office.record(p);

    office.setToday(QDate(2009, 5, 20));
    Result<QList<Problem>> overdue = office.service().overdueProblems();
    REQUIRE(overdue);
    CHECK(overdue->isEmpty());

    office.setToday(QDate(2009, 5, 23));
    overdue = office.service().overdueProblems();
    REQUIRE(overdue);
    REQUIRE(overdue->size() == 1);
    CHECK(overdue->at(0).daysOverdue(office.service().today()) == 3);
    CHECK(overdue->at(0).light(office.service().today()) == Light::Red);
    const Result<QList<BehindItem>> behind = office.service().behindToday();
    REQUIRE(behind);
    REQUIRE(behind->size() == 1);
    CHECK(behind->at(0).kind == BehindItem::Kind::Problem);
    CHECK(behind->at(0).itemId == saved.id);
    CHECK(behind->at(0).daysOverdue == 3);
    CHECK(behind->at(0).departmentName == utf8("市财政局"));

    ProblemFilter onlyOverdue;
    onlyOverdue.overdueOnly = true;
    CHECK(office.service().problems(onlyOverdue)->size() == 1);

    Problem solved = saved;
    solved.status = ProblemStatus::Solved;
    solved.solvedDate = QDate(2009, 5, 22);
    office.record(solved);
    overdue = office.service().overdueProblems();
    REQUIRE(overdue);
    CHECK(overdue->isEmpty());
}

TEST_CASE("the problem ledger filters by department, status, overdue and enterprise")
{
    EnterpriseOffice office(QDate(2009, 7, 1));
    Problem late = aProblem(office.finance.id, QDate(2009, 5, 10));
    late.status = ProblemStatus::InProgress;
    const Problem a = office.record(late);
    Problem other = aProblem(office.publicity.id, QDate(2009, 6, 20), "常州某某机械有限公司");
    office.record(other);

    ProblemFilter byDepartment;
    byDepartment.departmentId = office.publicity.id;
    CHECK(office.service().problems(byDepartment)->size() == 1);
    ProblemFilter byStatus;
    byStatus.status = ProblemStatus::InProgress;
    CHECK(office.service().problems(byStatus)->size() == 1);
    ProblemFilter overdue;
    overdue.overdueOnly = true;
    REQUIRE(office.service().problems(overdue)->size() == 1);
    CHECK(office.service().problems(overdue)->at(0).id == a.id);
    ProblemFilter byEnterprise;
    byEnterprise.enterpriseId = a.enterpriseId;
    CHECK(office.service().problems(byEnterprise)->size() == 1);
}

TEST_CASE("the enterprise page collects visits, deliveries and problems across departments")
{
    EnterpriseOffice office(QDate(2009, 7, 1));
    const Activity first = office.record(aVisit(office.finance.id, QDate(2009, 5, 14)));
    office.record(aVisit(office.publicity.id, QDate(2009, 6, 2)));
    Activity delivery = aVisit(office.publicity.id, QDate(2009, 6, 5));
    delivery.kind = ActivityKind::FiveDeliveries;
    delivery.deliveries = DeliverPolicy;
    office.record(delivery);
    office.record(aProblem(office.finance.id, QDate(2009, 5, 14)));
    office.record(aProblem(office.publicity.id, QDate(2009, 6, 2)));
    office.record(aVisit(office.finance.id, QDate(2009, 6, 3), "常州某某机械有限公司"));

    const Result<EnterprisePage> page = office.service().enterprisePage(first.enterpriseId);
    REQUIRE(page);
    CHECK(page->enterprise.name == utf8("常州某某科技有限公司"));
    CHECK(page->visits.size() == 2);
    CHECK(page->deliveries.size() == 1);
    CHECK(page->problems.size() == 2);
    CHECK(page->departmentNames() == QStringList{utf8("市委宣传部"), utf8("市财政局")});
}

TEST_CASE("editing a problem's notes is audited note by note, and a stale edit is refused")
{
    EnterpriseOffice office;
    const Problem saved = office.record(aProblem(office.finance.id, QDate(2009, 5, 10)));
    Problem edited = saved;
    edited.status = ProblemStatus::InProgress;
    edited.notes.append({0, QDate(2009, 5, 12), utf8("召开现场会办会。")});
    office.temp.clock().advanceSecs(60);
    const Problem second = office.record(edited);
    REQUIRE(second.notes.size() == 1);

    const Result<QList<AuditEntry>> history =
        office.temp.session().audit().history(EnterpriseAuditEntities::kProblem, saved.id);
    REQUIRE(history);
    REQUIRE(history->size() == 2);
    const QJsonObject after = history->at(1).after();
    CHECK(after.value(QStringLiteral("status")).toString() == QStringLiteral("in-progress"));
    CHECK(after.contains(QStringLiteral("note:%1").arg(second.notes.at(0).id)));

    const Result<Problem> stale = office.service().saveProblem(saved);
    REQUIRE_FALSE(stale);
    CHECK(stale.error().code == Error::Code::Conflict);

    const Result<QList<AuditEntry>> remembered =
        office.temp.session().audit().history(EnterpriseAuditEntities::kEnterprise, saved.enterpriseId);
    REQUIRE(remembered);
    CHECK(remembered->size() == 1);
}
