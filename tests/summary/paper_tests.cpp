// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The supervision summary and the inspection sheet as an office would sign them: the title broken between
// words, the departments to urge bounded, the practice quoted rather than the report, the 版记, the font stated,
// room to sign.
#include "core/documents/documentfonts.h"
#include "core/documents/documentlayouter.h"
#include "core/documents/pdfexport.h"
#include "core/evaluation/evaluationdocuments.h"
#include "core/services/figurescollector.h"
#include "core/services/inspectionsheet.h"
#include "core/summary/supervisionsummary.h"
#include "core/summary/typicalpractice.h"
#include "tests/summary/summarytesting.h"
#include "tests/support/poppler.h"

#include <QBuffer>
#include <QPdfWriter>

#include <catch2/catch.hpp>

#include <cmath>

using namespace branddesk;
using namespace branddesk::test;

namespace {

QString paperSummaryPdf(DemoOffice& office)
{
    const Result<CampaignFigures> figures = collectCampaignFigures(office.session(), kMay);
    REQUIRE(figures);
    SummaryOptions options;
    options.issuer = QStringLiteral("常州市市级机关作风建设领导小组办公室");
    options.date = QDate(2009, 6, 1);
    const QString path = office.temp.filePath(QStringLiteral("summary.pdf"));
    REQUIRE(PdfExport::write(path, buildSupervisionSummary(*figures, options)));
    return path;
}

/// The text of the paragraph that follows the `n`th heading (1-based) of `document`.
QString paperParagraphAfterHeading(const PrintDocument& document, int n)
{
    int headings = 0;
    for (const DocumentBlock& block : document.blocks()) {
        if (std::holds_alternative<HeadingBlock>(block))
            ++headings;
        else if (const auto* paragraph = std::get_if<ParagraphBlock>(&block); paragraph && headings == n)
            return paragraph->text;
    }
    return {};
}

} // namespace

TEST_CASE("a typical practice is quoted without the report's opening, its plans or the numbers of its items")
{
    const QString report = QStringLiteral("本周，我们把服务品牌建设与日常业务工作紧密结合，取得了一定成效：\n"
                                          "1. 召开服务品牌建设推进会，对照品牌目标细化任务分解表。\n"
                                          "2. 开通局长直通车热线，本周受理企业来电12件。\n"
                                          "3. 开通局长直通车热线，本周受理企业来电12件。\n"
                                          "下周将重点做好品牌宣传推广工作，扩大服务品牌的社会影响。");
    CHECK(
        typicalPractice(report).toStdString() ==
        QStringLiteral("召开服务品牌建设推进会，对照品牌目标细化任务分解表；开通局长直通车热线，本周受理企业来电12件。")
            .toStdString());
    // Within the limit, at least one item; prose without items is quoted by its sentences, plans left out.
    CHECK(typicalPractice(report, 10) == QStringLiteral("召开服务品牌建设推进会，对照品牌目标细化任务分解表。"));
    CHECK(typicalPractice(QStringLiteral("窗口推行延时服务，群众满意。下一步将推广到各分局。")) ==
          QStringLiteral("窗口推行延时服务，群众满意。"));
    CHECK(typicalPractice(QStringLiteral("下周召开推进会。")).isEmpty());
    // An excerpt cut short loses its unfinished item.
    CHECK(typicalPractice(QStringLiteral("主要做法如下：\n1. 召开推进会。\n2. 组织集中攻")) ==
          QStringLiteral("召开推进会。"));
}

TEST_CASE("the departments to urge name the worst with their figures and leave the rest to the table, "
          "however many fall behind")
{
    DemoOffice office; // the Chinese texts
    CampaignFigures figures;
    figures.campaignTitle = QStringLiteral("2026年市级机关“打造服务品牌、提升服务效能”主题实践活动");
    figures.period = {QDate(2026, 11, 1), QDate(2026, 11, 30)};
    figures.today = figures.cutoff = QDate(2026, 12, 5);
    for (int i = 0; i < 300; ++i) {
        DepartmentFigures row;
        row.department.name = QStringLiteral("第%1测试局").arg(i + 1);
        row.reports.onTime = 2;
        row.reports.missing = 1 + i % 3;
        figures.rows.append(row);
    }
    figures.departments = 300;
    const QString urge = paperParagraphAfterHeading(buildSupervisionSummary(figures, SummaryOptions()), 3);
    INFO(urge.toStdString());
    int named = 0;
    for (int i = 0; i < 300; ++i)
        named += urge.contains(QStringLiteral("第%1测试局（").arg(i + 1)) ? 1 : 0;
    CHECK(named == 10);
    CHECK(urge.contains(QStringLiteral("缺报周报3周"))); // the worst, with their figures
    CHECK(urge.contains(QStringLiteral("290")));         // the others counted …
    CHECK(urge.contains(QStringLiteral("上表")));        // … and referred to the table
    CHECK(urge.size() < 500);
}

TEST_CASE("the summary's title keeps its period on one line, quotes practices and ends in the 版记")
{
    REQUIRE(Poppler::available());
    DemoOffice office;
    const QString pdf = paperSummaryPdf(office);
    const QStringList lines = Poppler::text(pdf, 1, 1).split(QLatin1Char('\n'));
    CHECK(std::any_of(lines.begin(), lines.end(), [](const QString& line) {
        return Poppler::squeezed(line).contains(QStringLiteral("2009年5月1日至5月31日"));
    }));
    const QString all = Poppler::squeezed(Poppler::text(pdf));
    CHECK_FALSE(all.contains(QStringLiteral("下周将")));       // no plans quoted as practices
    CHECK_FALSE(all.contains(QStringLiteral("主要做法如下"))); // nor the reports' openings
    const int pages = Poppler::pageCount(pdf);
    const QString last = Poppler::squeezed(Poppler::text(pdf, pages, pages));
    CHECK(last.contains(QStringLiteral("抄送：")));
    CHECK(last.contains(QStringLiteral("2009年6月1日印发")));
    CHECK(last.indexOf(QStringLiteral("抄送：")) > last.indexOf(QStringLiteral("2009年6月1日")));
    // The faces it is set in are stated in the document's properties.
    const QString metadata = Poppler::metadata(pdf);
    CHECK(metadata.contains(DocumentFonts::installed().serifFamily()));
    CHECK(metadata.contains(QStringLiteral("正文")));
}

TEST_CASE("every signature field of an inspection sheet leaves room to sign")
{
    REQUIRE(Poppler::available());
    DemoOffice office;
    Result<QList<InspectionSheetData>> sheets = collectInspectionSheets(office.session(), {}, kMay);
    REQUIRE(sheets);
    REQUIRE_FALSE(sheets->isEmpty());
    const PrintDocument sheet = buildInspectionSheet(sheets->first());
    QBuffer buffer;
    QPdfWriter writer(&buffer);
    writer.setPageLayout(sheet.style().pageLayout());
    const DocumentPages pages =
        DocumentLayouter::layout(sheet, writer, QSizeF(writer.pageLayout().fullRectPixels(writer.resolution()).size()));
    const qreal mm = writer.resolution() / 25.4;
    int found = 0;
    for (int page = 0; page < pages.count(); ++page) {
        for (const DocumentPages::Mark& mark : pages.marks(page)) {
            const auto* text = std::get_if<DocumentPages::Text>(&mark);
            if (!text)
                continue;
            const QTextLine line = text->layout->lineAt(text->line);
            const QString label = text->layout->text().mid(line.textStart(), line.textLength());
            if (!label.endsWith(QStringLiteral("签名：")) && label != QStringLiteral("日期："))
                continue;
            ++found;
            // The blank is the rule that starts just after the label, on its line.
            const qreal end = text->origin.x() + line.cursorToX(line.textStart() + line.textLength());
            qreal blank = 0;
            for (const DocumentPages::Mark& other : pages.marks(page))
                if (const auto* rule = std::get_if<DocumentPages::Rule>(&other);
                    rule && std::abs(rule->line.x1() - end - 1.5 * mm) < mm && rule->line.y1() > text->origin.y() &&
                    rule->line.y1() < text->origin.y() + 15 * mm)
                    blank = rule->line.length();
            INFO(label.toStdString());
            CHECK(blank >= (sheet.style().signatureRoomMm - 2) * mm);
        }
    }
    CHECK(found == 3);
}

TEST_CASE("the evaluation results carry the red header and the city's office, a Chinese date, and never leave the "
          "closing alone")
{
    REQUIRE(Poppler::available());
    DemoOffice office; // the Chinese texts
    const QString issuer = EvaluationDocuments::issuerOf(
        QStringLiteral("中共常州市委市级机关工作委员会、常州市市级机关作风建设领导小组办公室，2009年4月28日"));
    CHECK(issuer == QStringLiteral("常州市市级机关作风建设领导小组办公室"));
    QList<BrandResult> results;
    for (int i = 0; i < 8; ++i) {
        BrandResult result;
        result.brandName = QStringLiteral("品牌%1").arg(i + 1);
        result.departmentName = QStringLiteral("市人力资源和社会保障局");
        result.rank = i + 1;
        result.rankInCategory = i + 1;
        results.append(result);
    }
    const PrintDocument document = EvaluationDocuments::results(
        QStringLiteral("2026年度典型推介评选"), ScoringRules::defaults(), results, issuer, QDate(2026, 12, 5));
    CHECK(document.issuer() == issuer);
    const QString path = office.temp.filePath(QStringLiteral("results.pdf"));
    REQUIRE(PdfExport::write(path, document));
    const int pages = Poppler::pageCount(path);
    CHECK(Poppler::squeezed(Poppler::text(path, 1, 1)).startsWith(issuer));
    const QString last = Poppler::squeezed(Poppler::text(path, pages, pages));
    CHECK(last.contains(QStringLiteral("2026年12月5日")));
    CHECK_FALSE(last.contains(QStringLiteral("12月05日")));
    // More than the issuer, the date and the page number on the last page.
    CHECK(last.size() > Poppler::squeezed(issuer + QStringLiteral("2026年12月5日—%1—").arg(pages)).size());
    // The header "名次" on one line: its two characters side by side in the text of the first page.
    CHECK(Poppler::text(path, 1, 1).contains(QStringLiteral("名次")));
}
