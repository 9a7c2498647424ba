// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/pdfexport.h"
#include "core/mail/remindernotice.h"
#include "core/summary/supervisionsummary.h"
#include "tests/mail/remindertesting.h"
#include "tests/support/poppler.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

TEST_CASE("the printed reminder notice has one A4 page per department with the reminder's text", "[sqlite]")
{
    ReminderOffice office;
    const QList<ReminderDraft> drafts = office.drafts();
    REQUIRE(drafts.size() == 3);
    const QList<PrintDocument> notices = ReminderNotice::build(
        {drafts.at(0), drafts.at(2)}, utf8("常州市市级机关作风建设领导小组办公室"), QDate(2009, 5, 15));
    REQUIRE(notices.size() == 2);
    CHECK(notices.at(1).name().contains(utf8("市档案局")));

    REQUIRE(Poppler::available());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("notices.pdf"));
    REQUIRE(PdfExport::write(pdf, notices));
    if (qEnvironmentVariableIsSet("BRANDDESK_KEEP_PDF"))
        QFile::copy(pdf, qEnvironmentVariable("BRANDDESK_KEEP_PDF"));
    CHECK(Poppler::pageCount(pdf) == 2);
    CHECK(Poppler::pageSizes(pdf).at(0) == QSize(595, 842));
    const QString first = Poppler::squeezed(Poppler::text(pdf, 1, 1));
    const QString second = Poppler::squeezed(Poppler::text(pdf, 2, 2));
    CHECK(first.contains(utf8("常州市市级机关作风建设领导小组办公室")));
    CHECK(first.contains(utf8("市财政局：")));
    CHECK(first.contains(Poppler::squeezed(weekOf(2009, 5, 11).label() + utf8("的服务品牌建设工作周报应于"))));
    CHECK(first.contains(utf8("如已报送，请忽略本通知。")));
    CHECK(first.contains(Poppler::squeezed(documentDate(QDate(2009, 5, 15)))));
    CHECK_FALSE(first.contains(utf8("市档案局")));
    CHECK(second.contains(utf8("市档案局：")));
    CHECK(Poppler::radicals(Poppler::text(pdf)).isEmpty());
}
