// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/pdfexport.h"
#include "core/import/zipmemory.h"
#include "core/services/figurescollector.h"
#include "core/services/inspectionsheet.h"
#include "core/summary/supervisionsummary.h"
#include "tests/summary/summarytesting.h"
#include "tests/support/poppler.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

QString summaryPdf(DemoOffice& office)
{
    const Result<CampaignFigures> figures = collectCampaignFigures(office.session(), kMay);
    REQUIRE(figures);
    SummaryOptions options;
    options.issuer = QStringLiteral("常州市市级机关作风建设领导小组办公室");
    options.documentNumber = QStringLiteral("常机作办〔2009〕12号");
    options.nextSteps = QStringLiteral("进一步落实“一周一报”制度。\n6月上旬开展第二轮专项督查。");
    options.date = QDate(2009, 6, 1);
    const QString path = office.temp.filePath(QStringLiteral("summary.pdf"));
    const Result<PrintOutcome> written = PdfExport::write(path, buildSupervisionSummary(*figures, options));
    REQUIRE(written);
    return path;
}

QString sheetsPdf(DemoOffice& office, int count)
{
    Result<QList<InspectionSheetData>> sheets = collectInspectionSheets(office.session(), {}, kMay);
    REQUIRE(sheets);
    REQUIRE(sheets->size() >= count);
    QList<PrintDocument> documents;
    for (int i = 0; i < count; ++i)
        documents.append(buildInspectionSheet(sheets->at(i)));
    const QString path = office.temp.filePath(QStringLiteral("sheets.pdf"));
    REQUIRE(PdfExport::write(path, documents));
    return path;
}

/// The golden file's text, or (with BRANDDESK_UPDATE_GOLDEN set) writes `actual` as the new golden text.
QString golden(const QString& name, const QString& actual)
{
    const QString path = QStringLiteral(BRANDDESK_GOLDEN_DIR "/") + name;
    if (qEnvironmentVariableIsSet("BRANDDESK_UPDATE_GOLDEN")) {
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual.toUtf8());
    }
    QFile file(path);
    INFO("golden file " << path.toStdString() << " (BRANDDESK_UPDATE_GOLDEN=1 rewrites it)");
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

int runBranddesk(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(BRANDDESK_EXECUTABLE), arguments);
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return process.exitCode();
}

} // namespace

TEST_CASE("the supervision summary's text is exactly the golden text, copied out of the PDF")
{
    REQUIRE(Poppler::available());
    DemoOffice office;
    const QString text = Poppler::text(summaryPdf(office));
    CHECK(Poppler::radicals(text).isEmpty());
    // Line breaks and spaces follow the layout; the characters must be exactly the golden ones.
    const QString expected = golden(QStringLiteral("summary-2009-05.txt"), text);
    CHECK(Poppler::squeezed(text).toStdString() == Poppler::squeezed(expected).toStdString());
    CHECK(text.contains(QStringLiteral("常机作办〔2009〕12号")));
    CHECK(text.contains(QStringLiteral("— 1 —")));
}

TEST_CASE("the export, ledger and evaluation commands write Word files when --out ends in .docx")
{
    DemoOffice office;
    const QStringList database = office.temp.commandLineArguments();
    office.temp.close();
    const QList<QStringList> commands = {{QStringLiteral("export"), QStringLiteral("summary"),
                                          QStringLiteral("--number"), QStringLiteral("常机作办〔2009〕12号")},
                                         {QStringLiteral("export"), QStringLiteral("inspection-sheets"),
                                          QStringLiteral("--department"), QStringLiteral("市财政局")},
                                         {QStringLiteral("ledger")},
                                         {QStringLiteral("evaluation"), QStringLiteral("results")},
                                         {QStringLiteral("evaluation"), QStringLiteral("expert-sheets")},
                                         {QStringLiteral("evaluation"), QStringLiteral("questionnaire")}};
    int index = 0;
    for (const QStringList& command : commands) {
        const QString out = office.temp.filePath(QStringLiteral("out%1.docx").arg(++index));
        INFO(command.join(QLatin1Char(' ')).toStdString());
        CHECK(runBranddesk(database + QStringList{QStringLiteral("--today"), QStringLiteral("2009-06-01")} + command +
                           QStringList{QStringLiteral("--out"), out}) == 0);
        QFile file(out);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll(); // the reader keeps a pointer to it
        ZipMemory zip(bytes, 100, 64 * 1024 * 1024);
        REQUIRE(zip.isOpen());
        const Result<QByteArray> document = zip.part("word/document.xml");
        REQUIRE(document);
        CHECK(document->contains("<w:tbl>"));
    }
}

TEST_CASE("the supervision summary is A4 with the department table's header on every page it spans")
{
    REQUIRE(Poppler::available());
    DemoOffice office;
    const QString pdf = summaryPdf(office);
    const int pages = Poppler::pageCount(pdf);
    REQUIRE(pages >= 3);
    for (const QSize& size : Poppler::pageSizes(pdf))
        CHECK(size == QSize(595, 842));
    int tablePages = 0;
    bool inTable = false;
    for (int page = 1; page <= pages; ++page) {
        const QString text = Poppler::squeezed(Poppler::text(pdf, page, page));
        CHECK(text.contains(QStringLiteral("—%1—").arg(page)));
        const bool starts =
            text.contains(QStringLiteral("二、各部门情况")) || text.contains(QStringLiteral("二、Departments"));
        if (starts)
            inTable = true;
        if (inTable) {
            ++tablePages;
            INFO("page " << page);
            for (const char16_t* header :
                 {u"序号", u"部门", u"周报", u"按时", u"迟报", u"缺报", u"阶段任务", u"完成/应完成"})
                CHECK(text.contains(QString::fromUtf16(header)));
        }
        if (text.contains(QStringLiteral("合计")))
            inTable = false;
    }
    CHECK(tablePages >= 2); // the table of ~50 departments spans pages, and repeats its header
    for (const Poppler::Font& font : Poppler::fonts(pdf))
        CHECK(font.embedded);
}

TEST_CASE("forty inspection sheets make one PDF, each sheet starting on a new page, with real text")
{
    REQUIRE(Poppler::available());
    DemoOffice office;
    const QString pdf = sheetsPdf(office, 40);
    const int pages = Poppler::pageCount(pdf);
    CHECK(pages >= 40);
    int sheetsStarted = 0;
    for (int page = 1; page <= pages; ++page) {
        const QString text = Poppler::text(pdf, page, page);
        CHECK(Poppler::radicals(text).isEmpty());
        if (Poppler::squeezed(text).startsWith(QStringLiteral("服务品牌建设督查表")))
            ++sheetsStarted;
    }
    CHECK(sheetsStarted == 40);
    const QString first = Poppler::squeezed(Poppler::text(pdf, 1, 1));
    CHECK(first.contains(QStringLiteral("一、部门基本情况")));
    CHECK(first.contains(QStringLiteral("督查日期：")));
    for (const QSize& size : Poppler::pageSizes(pdf))
        CHECK(size == QSize(595, 842));
}

TEST_CASE("branddesk export writes the summary and the sheets headless and refuses bad arguments")
{
    DemoOffice office;
    // The database as the command line names it: --database FILE, or --server on the suite's PostgreSQL pass.
    const QStringList database = office.temp.commandLineArguments();
    office.temp.close();
    const QString summary = office.temp.filePath(QStringLiteral("通报.pdf"));
    CHECK(runBranddesk(database + QStringList{QStringLiteral("--today"), QStringLiteral("2009-06-01"),
                                              QStringLiteral("export"), QStringLiteral("summary"),
                                              QStringLiteral("--from"), QStringLiteral("2009-05-01"),
                                              QStringLiteral("--to"), QStringLiteral("2009-05-31"),
                                              QStringLiteral("--out"), summary}) == 0);
    CHECK(QFileInfo(summary).size() > 1000);
    const QString sheet = office.temp.filePath(QStringLiteral("sheet.pdf"));
    CHECK(runBranddesk(database + QStringList{QStringLiteral("export"), QStringLiteral("inspection-sheets"),
                                              QStringLiteral("--department"), QStringLiteral("市财政局"),
                                              QStringLiteral("--out"), sheet}) == 0);
    CHECK(QFileInfo::exists(sheet));

    // Bad arguments: exit code 2, nothing written.
    const QString nothing = office.temp.filePath(QStringLiteral("nothing.pdf"));
    CHECK(runBranddesk(database + QStringList{QStringLiteral("export"), QStringLiteral("minutes"),
                                              QStringLiteral("--out"), nothing}) == 2);
    CHECK(runBranddesk(database + QStringList{QStringLiteral("export"), QStringLiteral("summary"),
                                              QStringLiteral("--from"), QStringLiteral("2009-02-30"),
                                              QStringLiteral("--out"), nothing}) == 2);
    CHECK(runBranddesk(database + QStringList{QStringLiteral("export"), QStringLiteral("summary")}) == 2);
    CHECK(runBranddesk(database + QStringList{QStringLiteral("export"), QStringLiteral("inspection-sheets"),
                                              QStringLiteral("--department"), QStringLiteral("不存在的局"),
                                              QStringLiteral("--out"), nothing}) == 2);
    CHECK_FALSE(QFileInfo::exists(nothing));
    // An unwritable place: exit code 1, and no half-written file.
    const QString blocked = office.temp.filePath(QStringLiteral("no-such-folder/summary.pdf"));
    CHECK(runBranddesk(database + QStringList{QStringLiteral("export"), QStringLiteral("summary"),
                                              QStringLiteral("--out"), blocked}) == 1);
    CHECK_FALSE(QFileInfo::exists(blocked));
    CHECK(QDir(office.temp.filePath(QString()))
              .entryList({QStringLiteral("*.part")}, QDir::Hidden | QDir::Files)
              .isEmpty());
}
