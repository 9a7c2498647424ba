// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/pdfexport.h"
#include "core/enterprise/problemledgersheet.h"
#include "tests/enterprise/enterprisetesting.h"
#include "tests/support/poppler.h"

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

TEST_CASE("the printed problem ledger is A4 landscape and gives back whose overdue problem it is")
{
    EnterpriseOffice office(QDate(2009, 7, 1));
    Problem late = aProblem(office.finance.id, QDate(2009, 5, 10));
    late.notes = {{0, QDate(2009, 5, 20), utf8("召开现场会办会。")}};
    office.record(late);
    office.record(aProblem(office.publicity.id, QDate(2009, 6, 20), "常州某某机械有限公司"));
    const Result<QList<Problem>> problems = office.service().problems();
    REQUIRE(problems);

    const PrintDocument document = problemledgersheet::build(*problems, office.service().today());
    CHECK(document.style().orientation == QPageLayout::Landscape);
    REQUIRE(Poppler::available());
    const QString pdf = office.temp.filePath(QStringLiteral("ledger.pdf"));
    REQUIRE(PdfExport::write(pdf, document));
    const QList<QSize> sizes = Poppler::pageSizes(pdf);
    REQUIRE_FALSE(sizes.isEmpty());
    CHECK(sizes.at(0).width() > sizes.at(0).height());
    // Cells wrap, and pdftotext interleaves the lines of neighbouring cells: look for pieces that fit a line.
    const QString text = Poppler::squeezed(Poppler::text(pdf));
    CHECK(text.contains(utf8("常州某某")));
    CHECK(text.contains(utf8("张副局长")));
    CHECK(text.contains(utf8("市财政局")));
    CHECK(text.contains(utf8("新厂房竣工")));
    CHECK(text.contains(QStringLiteral("2009-06-09")));
    CHECK(Poppler::radicals(Poppler::text(pdf)).isEmpty());
}
