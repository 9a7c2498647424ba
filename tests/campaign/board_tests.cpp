// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/campaign/milestoneboard.h"
#include "tests/campaign/campaigntesting.h"
#include "tests/support/builders.h"

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

using Status = MilestoneState::Status;

Milestone aMilestone(qint64 id, const char* name, const QDate& due, Applicability applicability)
{
    Milestone milestone;
    milestone.id = id;
    milestone.phaseId = 1;
    milestone.ordinal = static_cast<int>(id - 10);
    milestone.code = QStringLiteral("m%1").arg(id);
    milestone.name = utf8(name);
    milestone.shortName = milestone.name.left(4);
    milestone.appliesTo = applicability;
    milestone.due = due;
    return milestone;
}

/// Five milestones, lead days 3, on 2009-05-15:
/// 11 due 05-10 (all), 12 due 05-13 (all), 13 due 05-16 (enterprise-facing), 14 due 05-18 (all),
/// 15 due 06-30 (administrative).
Campaign aCampaign()
{
    Campaign campaign;
    campaign.id = 1;
    campaign.title = QStringLiteral("2009年主题实践活动");
    campaign.year = 2009;
    campaign.leadDays = 3;
    Phase phase;
    phase.id = 1;
    phase.ordinal = 1;
    phase.name = QStringLiteral("培育打造");
    phase.dates = DateRange{QDate(2009, 4, 21), QDate(2009, 7, 31)};
    campaign.phases = {phase};
    campaign.milestones = {
        aMilestone(11, "开展讨论活动", QDate(2009, 5, 10), Applicability::All),
        aMilestone(12, "论证确定服务品牌名称", QDate(2009, 5, 13), Applicability::All),
        aMilestone(13, "建立局长直通车", QDate(2009, 5, 16), Applicability::EnterpriseFacing),
        aMilestone(14, "制定愿景规划", QDate(2009, 5, 18), Applicability::All),
        aMilestone(15, "深化审批改革", QDate(2009, 6, 30), Applicability::Administrative),
    };
    return campaign;
}

/// 财政局: administrative and enterprise-facing; 宣传部: party, no flags; 公安局: legal, supervises intermediaries.
QList<Department> theDepartments()
{
    Department finance = aDepartment("市财政局");
    finance.id = 1;
    finance.category = DepartmentCategory::Administrative;
    finance.enterpriseFacing = true;
    finance.supervisesIntermediaries = false;

    Department publicity = aDepartment("市委宣传部");
    publicity.id = 2;
    publicity.category = DepartmentCategory::PartyMass;
    publicity.enterpriseFacing = false;
    publicity.supervisesIntermediaries = false;

    Department police = aDepartment("市公安局");
    police.id = 3;
    police.category = DepartmentCategory::PoliticalLegal;
    police.enterpriseFacing = false;
    police.supervisesIntermediaries = true;
    return {finance, publicity, police};
}

MilestoneCompletion done(qint64 milestoneId, qint64 departmentId, const QDate& day)
{
    MilestoneCompletion completion;
    completion.milestoneId = milestoneId;
    completion.departmentId = departmentId;
    completion.doneDate = day;
    completion.evidence = QStringLiteral("局党组会议纪要");
    completion.version = 1;
    return completion;
}

/// 财政局 did 11 on time and 12 a day late; 宣传部 did 11 two days late; 公安局 did nothing.
MilestoneBoard theBoard()
{
    return MilestoneBoard::build(
        aCampaign(), theDepartments(),
        {done(11, 1, QDate(2009, 5, 9)), done(12, 1, QDate(2009, 5, 14)), done(11, 2, QDate(2009, 5, 12))}, kToday);
}

QString describe(const BehindItem& item)
{
    return QStringLiteral("%1 %2 %3")
        .arg(item.departmentName)
        .arg(item.itemId)
        .arg(item.light == Light::Red ? QStringLiteral("-%1").arg(item.daysOverdue)
                                      : QStringLiteral("+%1").arg(item.daysLeft));
}

} // namespace

TEST_CASE("the board has a row per department, in the order given, with a state per milestone")
{
    const MilestoneBoard board = theBoard();
    CHECK(board.today() == kToday);
    CHECK(board.campaign().milestones.size() == 5);
    REQUIRE(board.rows().size() == 3);
    CHECK(board.rows().at(0).department.name == QStringLiteral("市财政局"));
    CHECK(board.rows().at(1).department.name == QStringLiteral("市委宣传部"));
    CHECK(board.rows().at(2).department.name == QStringLiteral("市公安局"));
    for (const DepartmentProgress& row : board.rows())
        CHECK(row.states.size() == 5);

    const QList<MilestoneState>& finance = board.rows().at(0).states;
    CHECK(finance.at(0).light() == Light::Green);
    CHECK_FALSE(finance.at(0).isDoneLate());
    CHECK(finance.at(1).light() == Light::Green);
    CHECK(finance.at(1).isDoneLate());
    CHECK(finance.at(2).light() == Light::Yellow);
    CHECK(finance.at(3).light() == Light::Yellow);
    CHECK(finance.at(4).status == Status::Pending);

    const QList<MilestoneState>& publicity = board.rows().at(1).states;
    CHECK(publicity.at(0).daysOverdue == 2); // done two days late
    CHECK(publicity.at(1).light() == Light::Red);
    CHECK(publicity.at(2).light() == Light::Grey);
    CHECK(publicity.at(4).light() == Light::Grey);
}

TEST_CASE("each department's row counts what it owes, has done, is late with and has due soon")
{
    const MilestoneBoard board = theBoard();
    const DepartmentProgress& finance = board.rows().at(0);
    CHECK(finance.applicable == 5);
    CHECK(finance.done == 2);
    CHECK(finance.overdue == 0);
    CHECK(finance.dueSoon == 2);
    CHECK(finance.maxDaysOverdue == 0);
    CHECK(finance.totalDaysOverdue == 0);

    const DepartmentProgress& publicity = board.rows().at(1);
    CHECK(publicity.applicable == 3);
    CHECK(publicity.done == 1);
    CHECK(publicity.overdue == 1);
    CHECK(publicity.dueSoon == 1);
    CHECK(publicity.maxDaysOverdue == 2);
    CHECK(publicity.totalDaysOverdue == 2);

    const DepartmentProgress& police = board.rows().at(2);
    CHECK(police.applicable == 3);
    CHECK(police.done == 0);
    CHECK(police.overdue == 2);
    CHECK(police.dueSoon == 1);
    CHECK(police.maxDaysOverdue == 5);
    CHECK(police.totalDaysOverdue == 7);
}

TEST_CASE("behind today lists the most overdue first, then what is due soonest, ties in pinyin order")
{
    const QList<BehindItem> behind = theBoard().behind();
    QStringList order;
    for (const BehindItem& item : behind)
        order.append(describe(item));
    CHECK(order == QStringList{QStringLiteral("市公安局 11 -5"), QStringLiteral("市公安局 12 -2"),
                               QStringLiteral("市委宣传部 12 -2"), QStringLiteral("市财政局 13 +1"),
                               QStringLiteral("市财政局 14 +3"), QStringLiteral("市公安局 14 +3"),
                               QStringLiteral("市委宣传部 14 +3")});
}

TEST_CASE("an item behind today carries the department, the milestone and its due date")
{
    const QList<BehindItem> behind = theBoard().behind();
    REQUIRE_FALSE(behind.isEmpty());
    const BehindItem& worst = behind.first();
    CHECK(worst.kind == BehindItem::Kind::Milestone);
    CHECK(worst.departmentId == 3);
    CHECK(worst.departmentName == QStringLiteral("市公安局"));
    CHECK(worst.itemId == 11);
    CHECK(worst.title == QStringLiteral("开展讨论活动"));
    CHECK(worst.due == QDate(2009, 5, 10));
    CHECK(worst.daysOverdue == 5);
    CHECK(worst.light == Light::Red);

    const BehindItem& soonest = behind.at(3);
    CHECK(soonest.light == Light::Yellow);
    CHECK(soonest.daysOverdue == 0);
    CHECK(soonest.daysLeft == 1);
}

TEST_CASE("nobody is behind when everything owed is done or not yet near")
{
    const MilestoneBoard board = MilestoneBoard::build(aCampaign(), theDepartments(), {}, QDate(2009, 5, 1));
    CHECK(board.behind().isEmpty());
    for (const DepartmentProgress& row : board.rows()) {
        CHECK(row.overdue == 0);
        CHECK(row.dueSoon == 0);
    }
}

TEST_CASE("a milestone's completion counts only the departments that owe it")
{
    const MilestoneBoard board = theBoard();
    CHECK(board.completionOf(0) == std::pair{2, 3});
    CHECK(board.completionOf(1) == std::pair{1, 3});
    CHECK(board.completionOf(2) == std::pair{0, 1}); // enterprise-facing: 财政局 only
    CHECK(board.completionOf(3) == std::pair{0, 3});
    CHECK(board.completionOf(4) == std::pair{0, 1}); // administrative: 财政局 only
}

TEST_CASE("the board keeps the record behind each green light")
{
    const MilestoneBoard board = theBoard();
    const std::optional<MilestoneCompletion> record = board.completion(12, 1);
    REQUIRE(record);
    CHECK(record->doneDate == QDate(2009, 5, 14));
    CHECK(record->evidence == QStringLiteral("局党组会议纪要"));
    CHECK_FALSE(board.completion(12, 3));
    CHECK_FALSE(board.completion(99, 1));
}

TEST_CASE("a board without departments is empty and owes nothing")
{
    const MilestoneBoard board = MilestoneBoard::build(aCampaign(), {}, {}, kToday);
    CHECK(board.rows().isEmpty());
    CHECK(board.behind().isEmpty());
    CHECK(board.completionOf(0) == std::pair{0, 0});
}
