// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/hotlinesnapshots.h"
#include "core/hotline/ticketimport.h"
#include "core/import/csvreader.h"
#include "tests/hotline/hotlineoffice.h"

using namespace branddesk;
using namespace branddesk::test;

namespace {

/// The plan of `csv` (UTF-8, first row the titles) over the office's departments and stored tickets.
TicketImportPlan planOf(HotlineOffice& office, const QString& csv)
{
    const Result<Table> table = CsvReader::read(csv.toUtf8());
    REQUIRE(table);
    const Result<QList<Department>> departments = office.temp.departments().activeDepartments();
    REQUIRE(departments);
    const Result<QList<Ticket>> stored = office.service().tickets();
    REQUIRE(stored);
    return TicketImport::plan(*table, TicketImport::guessMapping(table->first().cells), *departments, *stored);
}

const char* const kExport = "工单编号,受理时间,诉求类型,承办单位,诉求内容\n"
                            "12345-0001,2026-10-30 09:15,投诉,市财政局,窗口排队时间过长\n"
                            "12345-0002,2026-10-30 10:40,咨询,市民政局,询问低保办理\n";

} // namespace

TEST_CASE("imported tickets keep their numbers, and a second import updates them instead of adding")
{
    HotlineOffice office;
    const Ticket own = office.record(office.draft());
    const Result<int> first = office.service().importTickets(planOf(office, utf8(kExport)));
    INFO((first ? std::string() : first.error().message.toStdString()));
    REQUIRE(first);
    CHECK(*first == 2);
    Result<QList<Ticket>> all = office.service().tickets();
    REQUIRE(all);
    REQUIRE(all->size() == 3);
    const auto byNumber = [&all](const QString& number) {
        const auto it = std::find_if(all->begin(), all->end(), [&](const Ticket& t) { return t.number == number; });
        REQUIRE(it != all->end());
        return *it;
    };
    const Ticket imported = byNumber(QStringLiteral("12345-0001"));
    CHECK(imported.departmentId == office.finance.id);
    CHECK(imported.kind == TicketKind::Complaint);
    CHECK(imported.channel == TicketChannel::City12345);
    CHECK(imported.assignedOn == QDate(2026, 10, 30));
    CHECK(imported.dueDate.isValid());
    CHECK(byNumber(QStringLiteral("12345-0002")).departmentId == office.civil.id);
    const Result<QList<AuditEntry>> history =
        office.temp.session().audit().history(HotlineAuditEntities::kTicket, imported.id);
    REQUIRE(history);
    CHECK(history->size() == 1);

    const TicketImportPlan again =
        planOf(office, utf8("工单编号,受理时间,诉求类型,承办单位,诉求内容\n"
                            "12345-0001,2026-10-30 09:15,投诉,市民政局,窗口排队时间过长，改派民政\n"));
    REQUIRE(again.count(TicketImportAction::Update) == 1);
    REQUIRE(office.service().importTickets(again));
    all = office.service().tickets();
    REQUIRE(all);
    CHECK(all->size() == 3);
    const Ticket updated = byNumber(QStringLiteral("12345-0001"));
    CHECK(updated.id == imported.id);
    CHECK(updated.departmentId == office.civil.id);
    CHECK(updated.content.contains(utf8("改派民政")));
    CHECK(byNumber(own.number).id == own.id);
    const Result<QList<AuditEntry>> after =
        office.temp.session().audit().history(HotlineAuditEntities::kTicket, imported.id);
    REQUIRE(after);
    CHECK(after->size() == 2);
}

TEST_CASE("a row that fails when saved leaves none of the import behind")
{
    HotlineOffice office;
    // The clock stands at 2 November: the second row is received in the future, which only the service judges.
    const TicketImportPlan plan = planOf(office, utf8("工单编号,受理时间,承办单位,诉求内容\n"
                                                      "A-1,2026-10-30 09:15,市财政局,甲\n"
                                                      "A-2,2026-11-20 09:15,市财政局,乙\n"));
    REQUIRE_FALSE(plan.hasErrors());
    const Result<int> refused = office.service().importTickets(plan);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.startsWith(QStringLiteral("Line 3: ")));
    const Result<QList<Ticket>> all = office.service().tickets();
    REQUIRE(all);
    CHECK(all->isEmpty());
}

TEST_CASE("a plan with an error row is refused, and only a clerk or administrator may import")
{
    HotlineOffice office;
    const TicketImportPlan bad = planOf(office, utf8("工单编号,受理时间,承办单位,诉求内容\n"
                                                     "A-1,2026-10-30 09:15,市财政局,甲\n"
                                                     "A-2,2026-10-30 09:15,市交通局,乙\n"));
    const Result<int> refused = office.service().importTickets(bad);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::Validation);
    CHECK(refused.error().message.contains(QStringLiteral("Line 3: ")));

    const TicketImportPlan good = planOf(office, utf8(kExport));
    office.temp.signInAs(Role::Leader);
    const Result<int> forbidden = office.service().importTickets(good);
    REQUIRE_FALSE(forbidden);
    CHECK(forbidden.error().code == Error::Code::Forbidden);
    office.temp.signInAs(Role::Administrator);
    REQUIRE(office.service().importTickets(good));
    const Result<QList<Ticket>> all = office.service().tickets();
    REQUIRE(all);
    CHECK(all->size() == 2);
}
