// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the import of a city's 12345 hotline export. The bytes are read as the CSV file a clerk picks; the
// column mapping is the one its header suggests (else the fields in their own order, as a clerk could choose),
// and the plan is made against a fixed set of departments and stored tickets: dates (Excel serials, Chinese
// forms), kinds, channels, ledger-shaped numbers, duplicates and updates. The mapping's settings text is
// checked to read back as written.
#include "core/hotline/ticketimport.h"
#include "core/import/csvreader.h"
#include "tests/fuzz/fuzzcheck.h"

#include <cstddef>
#include <cstdint>

namespace {

using namespace branddesk;

QList<Department> departments()
{
    QList<Department> list;
    const char* names[][2] = {{"市市场监督管理局", "市场监管局"}, {"市税务局", "税务局"}, {"市住房和城乡建设局", ""}};
    qint64 id = 1;
    for (const auto& [name, shortName] : names) {
        Department d;
        d.id = id++;
        d.name = QString::fromUtf8(name);
        d.shortName = QString::fromUtf8(shortName);
        list.append(d);
    }
    return list;
}

QList<Ticket> stored()
{
    Ticket own;
    own.id = 7;
    own.number = QStringLiteral("2026-000123");
    own.departmentId = 2;
    Ticket city;
    city.id = 8;
    city.number = QStringLiteral("GD202611030001");
    city.departmentId = 1;
    return {own, city};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QList<Department> kDepartments = departments();
    static const QList<Ticket> kStored = stored();
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const Result<Table> table = CsvReader::read(bytes);
    if (!table || table->isEmpty())
        return 0;
    TicketColumnMapping mapping = TicketImport::guessMapping(table->first().cells);
    if (!mapping.isComplete()) {
        for (TicketImportField field : allTicketImportFields())
            mapping.set(field, int(field));
    }
    FUZZ_CHECK(TicketColumnMapping::fromString(mapping.toString()) == mapping);
    (void)TicketColumnMapping::fromString(table->first().cells.join(QLatin1Char(',')));

    const TicketImportPlan plan = TicketImport::plan(*table, mapping, kDepartments, kStored);
    FUZZ_CHECK(plan.rows.size() == table->size() - 1);
    for (const TicketImportRow& row : plan.rows) {
        if (row.action == TicketImportAction::Error) {
            FUZZ_CHECK(!row.reason.isEmpty());
            continue;
        }
        FUZZ_CHECK(!row.ticket.number.isEmpty() && !row.ticket.content.isEmpty());
        FUZZ_CHECK(row.ticket.receivedAt.isValid() && row.ticket.departmentId > 0);
        FUZZ_CHECK((row.action == TicketImportAction::Update) == (row.ticket.id != 0));
    }
    (void)plan.errorSummary();
    return 0;
}
