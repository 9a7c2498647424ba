// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/campaignservice.h"
#include "core/services/departmentservice.h"
#include "core/services/milestoneservice.h"
#include "tests/campaign/campaigntesting.h"
#include "tests/support/builders.h"
#include "tests/support/tempdatabase.h"

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

using Status = MilestoneState::Status;

/// The 2009 campaign on 2009-05-15 (phase 1, five days before its milestones are due) with two
/// departments: 市财政局 (administrative, enterprise-facing) and 市委宣传部 (party, no flags).
struct Office {
    TempDatabase temp;
    Campaign campaign;
    Department finance;
    Department publicity;

    Office()
    {
        temp.signInAs(Role::Administrator); // setting up a campaign is an administrator's work
        const Result<Campaign> stored = temp.session().campaigns().create(builtInCampaign());
        REQUIRE(stored);
        campaign = *stored;
        temp.signInAs(Role::Clerk); // recording milestones is a clerk's
        Department f = aDepartment("市财政局");
        f.sortOrder = 1;
        const Result<Department> addedFinance = temp.departments().add(f);
        REQUIRE(addedFinance);
        finance = *addedFinance;
        Department p = aDepartment("市委宣传部");
        p.category = DepartmentCategory::PartyMass;
        p.enterpriseFacing = false;
        p.sortOrder = 2;
        const Result<Department> addedPublicity = temp.departments().add(p);
        REQUIRE(addedPublicity);
        publicity = *addedPublicity;
    }

    MilestoneService& milestones() { return temp.session().milestones(); }

    int indexOf(const char* code) const
    {
        for (int i = 0; i < campaign.milestones.size(); ++i) {
            if (campaign.milestones.at(i).code == QLatin1String(code))
                return i;
        }
        FAIL("no milestone " << code);
        return -1;
    }
    const Milestone& milestone(const char* code) const { return campaign.milestones.at(indexOf(code)); }

    MilestoneCompletion aRecord(const char* code, const Department& department, const QDate& day) const
    {
        MilestoneCompletion completion;
        completion.milestoneId = milestone(code).id;
        completion.departmentId = department.id;
        completion.doneDate = day;
        completion.evidence = QStringLiteral("局党组会议纪要（2009年第5期）");
        return completion;
    }

    MilestoneBoard board()
    {
        const Result<MilestoneBoard> made = milestones().board(campaign.id);
        REQUIRE(made);
        return *made;
    }

    MilestoneState stateOf(const char* code, const Department& department)
    {
        const MilestoneBoard b = board();
        for (const DepartmentProgress& row : b.rows()) {
            if (row.department.id == department.id)
                return row.states.at(indexOf(code));
        }
        FAIL("no row for " << department.name.toStdString());
        return {};
    }
};

} // namespace

TEST_CASE("the board of the office shows every active department against every milestone on the clock's day")
{
    Office office;
    const MilestoneBoard board = office.board();
    CHECK(board.today() == QDate(2009, 5, 15));
    REQUIRE(board.rows().size() == 2);
    CHECK(board.rows().at(0).department.id == office.finance.id);
    CHECK(board.rows().at(1).department.id == office.publicity.id);
    CHECK(board.rows().at(0).applicable == 14); // 9 for all, 4 enterprise-facing, 1 administrative
    CHECK(board.rows().at(1).applicable == 9);  // the 9 for all departments
    CHECK(office.stateOf("brand-name", office.finance).status == Status::Pending);
    CHECK(office.stateOf("brand-name", office.finance).daysLeft == 5);
    CHECK(office.stateOf("direct-line", office.publicity).light() == Light::Grey);
}

TEST_CASE("a milestone done in the future is refused and nothing is recorded")
{
    Office office;
    const Result<MilestoneCompletion> recorded =
        office.milestones().record(office.aRecord("brand-name", office.finance, QDate(2009, 5, 16)));
    REQUIRE_FALSE(recorded);
    CHECK(recorded.error().code == Error::Code::Validation);
    const Result<std::optional<MilestoneCompletion>> stored =
        office.milestones().completion(office.milestone("brand-name").id, office.finance.id);
    REQUIRE(stored);
    CHECK_FALSE(stored->has_value());
}

TEST_CASE("a milestone done today may be recorded")
{
    Office office;
    CHECK(office.milestones().record(office.aRecord("brand-name", office.finance, QDate(2009, 5, 15))));
}

TEST_CASE("a milestone that does not apply to the department is refused")
{
    Office office;
    const char* code = GENERATE("direct-line", "approval-reform", "intermediary-fees");
    CAPTURE(code);
    const Result<MilestoneCompletion> recorded =
        office.milestones().record(office.aRecord(code, office.publicity, QDate(2009, 5, 14)));
    REQUIRE_FALSE(recorded);
    CHECK(recorded.error().code == Error::Code::Validation);
    CHECK(recorded.error().message.contains(office.publicity.name));
    const Result<std::optional<MilestoneCompletion>> stored =
        office.milestones().completion(office.milestone(code).id, office.publicity.id);
    REQUIRE(stored);
    CHECK_FALSE(stored->has_value());
}

TEST_CASE("a recorded milestone turns the department's light green on the board")
{
    Office office;
    int changes = 0;
    QObject::connect(&office.milestones(), &MilestoneService::changed, [&changes] { ++changes; });
    const Result<MilestoneCompletion> recorded =
        office.milestones().record(office.aRecord("brand-name", office.finance, QDate(2009, 5, 14)));
    REQUIRE(recorded);
    CHECK(recorded->version == 1);
    CHECK(changes == 1);

    const MilestoneState state = office.stateOf("brand-name", office.finance);
    CHECK(state.status == Status::Done);
    CHECK(state.light() == Light::Green);
    CHECK(state.doneDate == QDate(2009, 5, 14));
    CHECK(office.stateOf("brand-name", office.publicity).status == Status::Pending);

    const MilestoneBoard board = office.board();
    CHECK(board.rows().at(0).done == 1);
    CHECK(board.completionOf(office.indexOf("brand-name")) == std::pair{1, 2});
    const std::optional<MilestoneCompletion> behind =
        board.completion(office.milestone("brand-name").id, office.finance.id);
    REQUIRE(behind);
    CHECK(behind->evidence == QStringLiteral("局党组会议纪要（2009年第5期）"));
}

TEST_CASE("a record's time comes from the clock and its author is the signed-in user")
{
    Office office;
    const Result<MilestoneCompletion> recorded =
        office.milestones().record(office.aRecord("brand-name", office.finance, QDate(2009, 5, 14)));
    REQUIRE(recorded);
    CHECK(recorded->recordedAt == TempDatabase::startTime());
    CHECK(recorded->recordedBy == TempDatabase::userName(Role::Clerk));

    const Result<std::optional<MilestoneCompletion>> stored =
        office.milestones().completion(office.milestone("brand-name").id, office.finance.id);
    REQUIRE(stored);
    REQUIRE(stored->has_value());
    CHECK((*stored)->recordedAt == TempDatabase::startTime());
    CHECK((*stored)->recordedBy == TempDatabase::userName(Role::Clerk));
    CHECK((*stored)->version == 1);

    office.temp.clock().advanceSecs(2 * 3600);
    office.temp.signInAs(Role::Administrator);
    MilestoneCompletion correction = **stored;
    correction.evidence = QStringLiteral("补充：品牌名称论证会纪要");
    const Result<MilestoneCompletion> corrected = office.milestones().record(correction);
    REQUIRE(corrected);
    CHECK(corrected->version == 2);
    CHECK(corrected->recordedAt == TempDatabase::startTime().addSecs(2 * 3600));
    CHECK(corrected->recordedBy == TempDatabase::userName(Role::Administrator));
}

TEST_CASE("correcting a record with a stale version is a conflict and keeps the newer record")
{
    Office office;
    const Result<MilestoneCompletion> first =
        office.milestones().record(office.aRecord("brand-name", office.finance, QDate(2009, 5, 12)));
    REQUIRE(first);

    MilestoneCompletion mine = *first;
    mine.doneDate = QDate(2009, 5, 13);
    const Result<MilestoneCompletion> newer = office.milestones().record(mine);
    REQUIRE(newer);
    CHECK(newer->version == 2);

    MilestoneCompletion stale = *first; // still at version 1
    stale.doneDate = QDate(2009, 5, 10);
    const Result<MilestoneCompletion> refused = office.milestones().record(stale);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::Conflict);

    const Result<std::optional<MilestoneCompletion>> stored =
        office.milestones().completion(office.milestone("brand-name").id, office.finance.id);
    REQUIRE(stored);
    REQUIRE(stored->has_value());
    CHECK((*stored)->doneDate == QDate(2009, 5, 13));
    CHECK((*stored)->version == 2);
}

TEST_CASE("recording a milestone another clerk has just recorded is a conflict")
{
    Office office;
    REQUIRE(office.milestones().record(office.aRecord("brand-name", office.finance, QDate(2009, 5, 12))));
    // The second clerk opened the milestone before the first one saved: a new record, version 0.
    const Result<MilestoneCompletion> late =
        office.milestones().record(office.aRecord("brand-name", office.finance, QDate(2009, 5, 14)));
    REQUIRE_FALSE(late);
    CHECK(late.error().code == Error::Code::Conflict);
}

TEST_CASE("clearing a record removes it and the light goes back")
{
    Office office;
    office.temp.clock().set(QDateTime(QDate(2009, 5, 22), QTime(9, 0)));
    REQUIRE(office.milestones().record(office.aRecord("brand-name", office.finance, QDate(2009, 5, 21))));
    CHECK(office.stateOf("brand-name", office.finance).light() == Light::Green);
    CHECK(office.stateOf("brand-name", office.finance).isDoneLate());

    int changes = 0;
    QObject::connect(&office.milestones(), &MilestoneService::changed, [&changes] { ++changes; });
    REQUIRE(office.milestones().clear(office.milestone("brand-name").id, office.finance.id));
    CHECK(changes == 1);
    const Result<std::optional<MilestoneCompletion>> stored =
        office.milestones().completion(office.milestone("brand-name").id, office.finance.id);
    REQUIRE(stored);
    CHECK_FALSE(stored->has_value());
    const MilestoneState state = office.stateOf("brand-name", office.finance);
    CHECK(state.light() == Light::Red);
    CHECK(state.daysOverdue == 2);

    // After clearing, the milestone can be recorded afresh.
    CHECK(office.milestones().record(office.aRecord("brand-name", office.finance, QDate(2009, 5, 22))));
}

TEST_CASE("the board follows the clock: two days after the due date the department is two days behind")
{
    Office office;
    office.temp.clock().set(QDateTime(QDate(2009, 5, 22), QTime(9, 0)));
    const MilestoneBoard board = office.board();
    CHECK(board.today() == QDate(2009, 5, 22));
    const DepartmentProgress& finance = board.rows().at(0);
    CHECK(finance.overdue == 5); // the five milestones of phase 1
    CHECK(finance.maxDaysOverdue == 2);
    const QList<BehindItem> behind = board.behind();
    REQUIRE(behind.size() == 10);
    CHECK(behind.first().daysOverdue == 2);
    CHECK(behind.first().light == Light::Red);
}

TEST_CASE("a record keeps its attachment, and drops an attachment name without bytes")
{
    Office office;
    MilestoneCompletion withFile = office.aRecord("brand-logo", office.finance, QDate(2009, 5, 14));
    withFile.attachmentName = QStringLiteral("标识论证会.pdf");
    withFile.attachment = QByteArray("%PDF-1.4 test");
    REQUIRE(office.milestones().record(withFile));
    const Result<std::optional<MilestoneCompletion>> stored =
        office.milestones().completion(withFile.milestoneId, withFile.departmentId);
    REQUIRE(stored);
    REQUIRE(stored->has_value());
    CHECK((*stored)->attachmentName == QStringLiteral("标识论证会.pdf"));
    CHECK((*stored)->attachment == QByteArray("%PDF-1.4 test"));

    MilestoneCompletion nameOnly = office.aRecord("brand-name", office.finance, QDate(2009, 5, 14));
    nameOnly.attachmentName = QStringLiteral("空文件.pdf");
    const Result<MilestoneCompletion> recorded = office.milestones().record(nameOnly);
    REQUIRE(recorded);
    CHECK(recorded->attachmentName.isEmpty());
}

TEST_CASE("an attachment over 20 MB is refused")
{
    Office office;
    MilestoneCompletion completion = office.aRecord("brand-logo", office.finance, QDate(2009, 5, 14));
    completion.attachmentName = QStringLiteral("扫描件.pdf");
    completion.attachment = QByteArray(MilestoneService::kMaxAttachmentBytes + 1, 'x');
    const Result<MilestoneCompletion> recorded = office.milestones().record(completion);
    REQUIRE_FALSE(recorded);
    CHECK(recorded.error().code == Error::Code::Validation);
}

TEST_CASE("a record of a milestone that does not exist is refused")
{
    Office office;
    MilestoneCompletion completion = office.aRecord("brand-name", office.finance, QDate(2009, 5, 14));
    completion.milestoneId = 9999;
    const Result<MilestoneCompletion> recorded = office.milestones().record(completion);
    REQUIRE_FALSE(recorded);
    CHECK(recorded.error().code == Error::Code::NotFound);
}
