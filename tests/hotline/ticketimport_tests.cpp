// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hotline/ticketimport.h"
#include "core/import/csvreader.h"
#include "core/import/xlsxreader.h"
#include "tests/hotline/hotlinetesting.h"
#include "tests/support/xlsxbook.h"

#include <QStringEncoder>

using namespace branddesk;
using namespace branddesk::test;

namespace {

QList<Department> twoDepartments()
{
    Department finance = aDepartment("市财政局");
    finance.id = 7;
    finance.shortName = utf8("财政局");
    Department civil = aDepartment("市民政局");
    civil.id = 8;
    return {finance, civil};
}

/// An export as a city's 12345 system writes it: its own column order, a column the ledger does not know.
QString anExport()
{
    return utf8("工单编号,受理时间,来源,来电人,来电号码,诉求类型,承办单位,诉求内容,办理状态\n"
                "12345-20261103-0001,2026-11-03 09:15,12345,王先生,13900001111,投诉,市财政局,窗口排队时间过长,已办结\n"
                "12345-20261103-0002,2026/11/3 9:40,12345,李女士,,咨询,财政局,\"询问补贴, 何时发放\",办理中\n");
}

Table tableOf(const QByteArray& bytes)
{
    Result<Table> table = CsvReader::read(bytes);
    REQUIRE(table);
    return *table;
}

void checkTwoNewTickets(const TicketImportPlan& plan)
{
    REQUIRE(plan.rows.size() == 2);
    CHECK_FALSE(plan.hasErrors());
    CHECK(plan.count(TicketImportAction::New) == 2);
    const Ticket& first = plan.rows.at(0).ticket;
    CHECK(plan.rows.at(0).line == 2);
    CHECK(first.number == QStringLiteral("12345-20261103-0001"));
    CHECK(first.receivedAt == localMoment(2026, 11, 3, 9, 15));
    CHECK(first.channel == TicketChannel::City12345);
    CHECK(first.callerName == utf8("王先生"));
    CHECK(first.callerPhone == QStringLiteral("13900001111"));
    CHECK(first.kind == TicketKind::Complaint);
    CHECK(first.departmentId == 7);
    const Ticket& second = plan.rows.at(1).ticket;
    CHECK(second.receivedAt == localMoment(2026, 11, 3, 9, 40));
    CHECK(second.kind == TicketKind::Inquiry);
    CHECK(second.departmentId == 7); // by its short name
    CHECK(second.content == utf8("询问补贴, 何时发放"));
}

} // namespace

TEST_CASE("the mapping is guessed from Chinese and English headers and survives settings")
{
    const TicketColumnMapping chinese =
        TicketImport::guessMapping({utf8("工单编号"), utf8("受理时间"), utf8("来电人"), utf8("来电号码"),
                                    utf8("诉求类型"), utf8("承办单位"), utf8("诉求内容")});
    CHECK(chinese.isComplete());
    CHECK(chinese.column(TicketImportField::Number) == 0);
    CHECK(chinese.column(TicketImportField::CallerPhone) == 3);
    CHECK(chinese.column(TicketImportField::Content) == 6);
    CHECK(chinese.column(TicketImportField::Channel) == -1);
    const TicketColumnMapping english =
        TicketImport::guessMapping({QStringLiteral("Content"), QStringLiteral("Ticket number"),
                                    QStringLiteral("Received at"), QStringLiteral("Department")});
    CHECK(english.isComplete());
    CHECK(english.column(TicketImportField::Number) == 1);
    const TicketColumnMapping partial = TicketImport::guessMapping({utf8("编号"), utf8("备注")});
    CHECK(partial.missing() == QList<TicketImportField>{TicketImportField::ReceivedAt, TicketImportField::Department,
                                                        TicketImportField::Content});
    CHECK(TicketColumnMapping::fromString(chinese.toString()) == chinese);
    CHECK(TicketColumnMapping::fromString(QStringLiteral("1,2,x")) == TicketColumnMapping());
}

TEST_CASE("dates, kinds and channels are read as 12345 exports write them")
{
    CHECK(TicketImport::parseReceivedAt(QStringLiteral("2026-11-03 09:15")) == localMoment(2026, 11, 3, 9, 15));
    CHECK(TicketImport::parseReceivedAt(QStringLiteral("2026/11/3 9:15")) == localMoment(2026, 11, 3, 9, 15));
    CHECK(TicketImport::parseReceivedAt(utf8("2026年11月3日 9:15")) == localMoment(2026, 11, 3, 9, 15));
    CHECK(TicketImport::parseReceivedAt(QStringLiteral("2026-11-03")) == localMoment(2026, 11, 3, 0, 0));
    // Excel's serial date: 46329 is 2026-11-03, .385416… is 09:15.
    CHECK(TicketImport::parseReceivedAt(QStringLiteral("46329.3854166667")) == localMoment(2026, 11, 3, 9, 15));
    CHECK_FALSE(TicketImport::parseReceivedAt(QStringLiteral("2026-13-03 09:15")));
    CHECK_FALSE(TicketImport::parseReceivedAt(QStringLiteral("yesterday")));
    CHECK(TicketImport::parseKind(utf8("举报")) == TicketKind::Report);
    CHECK(TicketImport::parseKind(QStringLiteral("suggestion")) == TicketKind::Suggestion);
    CHECK_FALSE(TicketImport::parseKind(utf8("催办")));
    CHECK(TicketImport::parseChannel(utf8("12345转办")) == TicketChannel::City12345);
    CHECK(TicketImport::parseChannel(utf8("来信")) == TicketChannel::Letter);
    CHECK_FALSE(TicketImport::parseChannel(utf8("微博")));
}

TEST_CASE("a UTF-8 and a GB18030 CSV export plan the same new tickets")
{
    const QList<Department> departments = twoDepartments();
    const Table utf8Table = tableOf(anExport().toUtf8());
    QStringEncoder encoder("GB18030");
    REQUIRE(encoder.isValid());
    const QByteArray gbBytes = encoder.encode(anExport());
    QString encoding;
    REQUIRE(CsvReader::decode(gbBytes, &encoding));
    CHECK(encoding == QStringLiteral("GB18030"));
    const Table gbTable = tableOf(gbBytes);
    for (const Table& table : {utf8Table, gbTable}) {
        const TicketColumnMapping mapping = TicketImport::guessMapping(table.first().cells);
        REQUIRE(mapping.isComplete());
        checkTwoNewTickets(TicketImport::plan(table, mapping, departments, {}));
    }
}

TEST_CASE("an XLSX export with Excel serial dates plans its tickets")
{
    const QByteArray book =
        anXlsx({{utf8("工单编号"), utf8("受理时间"), utf8("承办单位"), utf8("诉求内容")},
                {QStringLiteral("A-1"), QStringLiteral("46329.3854166667"), utf8("市民政局"), utf8("低保办理进度")}},
               {1});
    const Result<Table> table = XlsxReader::read(book);
    REQUIRE(table);
    const TicketImportPlan plan =
        TicketImport::plan(*table, TicketImport::guessMapping(table->first().cells), twoDepartments(), {});
    REQUIRE(plan.rows.size() == 1);
    CHECK(plan.rows.at(0).action == TicketImportAction::New);
    CHECK(plan.rows.at(0).ticket.receivedAt == localMoment(2026, 11, 3, 9, 15));
    CHECK(plan.rows.at(0).ticket.departmentId == 8);
    CHECK(plan.rows.at(0).ticket.channel == TicketChannel::City12345); // no channel column: it came from 12345
    CHECK(plan.rows.at(0).ticket.kind == TicketKind::Other);
}

TEST_CASE("rows with an unknown department, a bad date or a number seen twice are errors naming their line")
{
    const Table table = tableOf(utf8("工单编号,受理时间,承办单位,诉求内容\n"
                                     "N-1,2026-11-03 09:15,市财政局,甲\n"
                                     "N-2,2026-11-03 09:15,市交通局,乙\n"
                                     "N-3,下午三点,市财政局,丙\n"
                                     "N-1,2026-11-04 10:00,市民政局,丁\n"
                                     "N-5,2026-11-04 10:00,市民政局,\n"
                                     "2026-17,2026-11-04 10:00,市民政局,戊\n"
                                     "2026-000017,2026-11-04 10:00,市民政局,己\n")
                                    .toUtf8());
    const TicketImportPlan plan =
        TicketImport::plan(table, TicketImport::guessMapping(table.first().cells), twoDepartments(), {});
    REQUIRE(plan.rows.size() == 7);
    CHECK(plan.rows.at(0).action == TicketImportAction::New);
    CHECK(plan.count(TicketImportAction::Error) == 5);
    CHECK(plan.rows.at(5).reason.contains(QStringLiteral("2026-17")));
    CHECK(plan.rows.at(6).action == TicketImportAction::New); // one of the ledger's own numbers, kept
    CHECK(plan.rows.at(1).reason.contains(utf8("市交通局")));
    CHECK(plan.rows.at(2).reason.contains(utf8("下午三点")));
    CHECK(plan.rows.at(3).reason.contains(QStringLiteral("line 2")));
    CHECK(plan.errorSummary().startsWith(QStringLiteral("Line 3: ")));
    CHECK(plan.errorSummary().count(QLatin1Char('\n')) == 4);
}

TEST_CASE("a number already stored plans an update of that ticket with only the mapped fields changed")
{
    Ticket stored = aTicket(localMoment(2026, 11, 1), TicketKind::Help);
    stored.id = 42;
    stored.version = 3;
    stored.number = QStringLiteral("N-1");
    const Table table = tableOf(
        utf8("工单编号,受理时间,承办单位,诉求内容\nN-1,2026-11-03 09:15,市民政局,补充材料后再次反映\n").toUtf8());
    const TicketImportPlan plan =
        TicketImport::plan(table, TicketImport::guessMapping(table.first().cells), twoDepartments(), {stored});
    REQUIRE(plan.rows.size() == 1);
    CHECK(plan.rows.at(0).action == TicketImportAction::Update);
    const Ticket& updated = plan.rows.at(0).ticket;
    CHECK(updated.id == 42);
    CHECK(updated.version == 3);
    CHECK(updated.departmentId == 8);
    CHECK(updated.content == utf8("补充材料后再次反映"));
    CHECK(updated.kind == TicketKind::Help);          // no kind column: kept
    CHECK(updated.callerName == utf8("王先生"));      // no caller column: kept
    CHECK(updated.channel == TicketChannel::Hotline); // no channel column: kept
}
