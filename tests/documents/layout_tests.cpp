// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Layout: what goes on which page, read from the laid-out pages before anything is painted.
#include "core/documents/documentlayouter.h"
#include "core/documents/documentpages.h"
#include "tests/documents/samples.h"
#include "tests/support/poppler.h"
#include "tests/support/stringmakers.h"

#include <QBuffer>
#include <QPdfWriter>

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

DocumentPages layOut(const PrintDocument& document)
{
    QBuffer buffer;
    QPdfWriter writer(&buffer);
    writer.setPageLayout(document.style().pageLayout());
    const QRect paper = writer.pageLayout().fullRectPixels(writer.resolution());
    return DocumentLayouter::layout(document, writer, QSizeF(paper.size()));
}

/// The page whose text holds `text` (white space ignored), or -1.
int pageOf(const DocumentPages& pages, const QString& text)
{
    for (int page = 0; page < pages.count(); ++page) {
        if (Poppler::squeezed(pages.text(page)).contains(Poppler::squeezed(text)))
            return page;
    }
    return -1;
}

QString filler(int characters)
{
    return QStringLiteral("服务品牌建设").repeated(characters / 6 + 1).left(characters);
}

} // namespace

TEST_CASE("a paragraph's first line is indented by two characters, its other lines are not")
{
    PrintDocument document(PageStyle::official());
    document.addParagraph(filler(80));
    const DocumentPages pages = layOut(document);

    const qreal em = document.style().body.pointSize * 1200 / 72.0;
    QList<qreal> starts;
    for (const DocumentPages::Mark& mark : pages.marks(0)) {
        if (const auto* text = std::get_if<DocumentPages::Text>(&mark); text && text->layout->lineCount() > 1)
            starts.append(text->layout->lineAt(text->line).x());
    }
    REQUIRE(starts.size() >= 3);
    CHECK(starts.at(0) == Approx(2 * em));
    CHECK(starts.at(1) == Approx(0));
    CHECK(starts.at(2) == Approx(0));
}

TEST_CASE("a line of the official style holds about 28 characters and a page about 22 lines, as GB/T 9704 says")
{
    PrintDocument document(PageStyle::official());
    for (int i = 0; i < 3; ++i)
        document.addLine(filler(1000));
    const DocumentPages pages = layOut(document);
    const QStringList lines = pages.text(1).split(QLatin1Char('\n'));
    REQUIRE(lines.size() > 10);
    CHECK(lines.at(3).size() >= 27);
    CHECK(lines.at(3).size() <= 28);
    CHECK(lines.size() == 22 + 1); // the page number is the last line
}

TEST_CASE("a table that spans pages repeats its header rows at the top of every page")
{
    const DocumentPages pages = layOut(Samples::ledger(120));
    REQUIRE(pages.count() >= 3);
    QString all;
    for (int page = 0; page < pages.count(); ++page) {
        const QString text = pages.text(page);
        INFO("page " << page + 1);
        for (const QString& header : Samples::ledgerHeader())
            CHECK(text.contains(header));
        all += text + QLatin1Char('\n');
    }
    // Every row once, in order.
    qsizetype from = 0;
    for (int row = 1; row <= 120; ++row) {
        const QString name = Samples::ledgerRow(row).at(1);
        CHECK(all.count(name) == 1);
        const qsizetype at = all.indexOf(name, from);
        CHECK(at > from);
        from = at;
    }
}

TEST_CASE("a row taller than a page starts under the title, continues on the next pages, and the table goes on")
{
    PrintDocument document(PageStyle::sheet());
    DocumentTable table;
    table.columns = {{1}, {4}};
    table.addHeaderRow({QStringLiteral("项目"), QStringLiteral("内容")});
    const QString longText = filler(4000);
    table.addRow({QStringLiteral("典型做法"), longText});
    table.addRow({QStringLiteral("下一行"), QStringLiteral("表格在长行之后继续")});
    document.addTitle(QStringLiteral("典型做法汇总")).addTable(table);
    const DocumentPages pages = layOut(document);

    REQUIRE(pages.count() >= 3);
    QString all;
    for (int page = 0; page < pages.count(); ++page) {
        QStringList lines = pages.text(page).split(QLatin1Char('\n'));
        if (page == 0)
            CHECK(lines.takeFirst() == QStringLiteral("典型做法汇总"));
        CHECK(lines.takeLast() == QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages.count()));
        CHECK(lines.mid(0, 2) == QStringList{QStringLiteral("项目"), QStringLiteral("内容")});
        all += lines.mid(2).join(QString());
    }
    // The first cell is on the first page only; the long cell follows it to the end, then the next row.
    CHECK(all.startsWith(QStringLiteral("典型做法") + longText + QStringLiteral("下一行")));
    CHECK(all.contains(QStringLiteral("表格在长行之后继续")));
}

TEST_CASE("a page break starts the next block on a new page, and a break at the top of a page adds none")
{
    PrintDocument document(PageStyle::sheet());
    document.addParagraph(QStringLiteral("第一个部门")).addPageBreak().addParagraph(QStringLiteral("第二个部门"));
    document.addPageBreak().addPageBreak().addParagraph(QStringLiteral("第三个部门")).addPageBreak();
    const DocumentPages pages = layOut(document);
    REQUIRE(pages.count() == 3);
    CHECK(pageOf(pages, QStringLiteral("第一个部门")) == 0);
    CHECK(pageOf(pages, QStringLiteral("第二个部门")) == 1);
    CHECK(pageOf(pages, QStringLiteral("第三个部门")) == 2);
}

TEST_CASE("a heading never stays alone at the foot of a page: it moves to the page of what follows")
{
    for (int lines = 20; lines < 40; ++lines) {
        PrintDocument document(PageStyle::sheet());
        for (int i = 0; i < lines; ++i)
            document.addLine(QStringLiteral("第%1行").arg(i + 1));
        document.addHeading(QStringLiteral("三、督查意见")).addParagraph(QStringLiteral("标题之后的段落"));
        const DocumentPages pages = layOut(document);
        INFO(lines << " lines before the heading");
        CHECK(pageOf(pages, QStringLiteral("三、督查意见")) == pageOf(pages, QStringLiteral("标题之后的段落")));
    }
}

TEST_CASE("the official header is on the first page only, with a red rule across the text block")
{
    const DocumentPages pages = layOut(Samples::officialSummary(40));
    REQUIRE(pages.count() >= 2);
    CHECK(pages.text(0).startsWith(Samples::issuer() + QLatin1Char('\n') + Samples::documentNumber()));
    CHECK_FALSE(pages.text(1).contains(Samples::documentNumber()));

    const PageStyle style = PageStyle::official();
    int redRules = 0;
    for (const DocumentPages::Mark& mark : pages.marks(0)) {
        if (const auto* rule = std::get_if<DocumentPages::Rule>(&mark); rule && rule->color == style.accent) {
            ++redRules;
            CHECK(rule->line.length() == Approx(156 * 1200 / 25.4).epsilon(0.01));
        }
    }
    CHECK(redRules == 1);
}

TEST_CASE("a ruled field is its label and as many ruled lines as asked for, kept on one page")
{
    PrintDocument document(PageStyle::sheet());
    document.addRuledField(QStringLiteral("督查意见："), 4);
    document.addFieldRow({QStringLiteral("签名："), QStringLiteral("日期：")});
    const DocumentPages pages = layOut(document);
    REQUIRE(pages.count() == 1);
    QList<qreal> rows;
    for (const DocumentPages::Mark& mark : pages.marks(0)) {
        if (const auto* rule = std::get_if<DocumentPages::Rule>(&mark))
            rows.append(rule->line.y1());
    }
    REQUIRE(rows.size() == 6);
    CHECK(rows.at(1) - rows.at(0) == Approx(9 * 1200 / 25.4)); // the sheet's 9 mm between lines
    CHECK(rows.at(4) == rows.at(5));                           // the two short fields share a line
    CHECK(pages.text(0).startsWith(QStringLiteral("督查意见：\n签名：\n日期：")));

    // 31 lines of 20 pt leave about 38 mm of the 259 mm text block: room for a line, not for six of 9 mm.
    PrintDocument crowded(PageStyle::sheet());
    QStringList lines;
    for (int i = 0; i < 31; ++i)
        lines.append(QStringLiteral("第%1行").arg(i + 1));
    crowded.addLine(lines.join(QLatin1Char('\n')));
    crowded.addRuledField(QStringLiteral("督查意见："), 6);
    const DocumentPages moved = layOut(crowded);
    REQUIRE(moved.count() == 2);
    CHECK(moved.text(1).startsWith(QStringLiteral("督查意见：")));
}

TEST_CASE("the closing centres the issuer over the date, which stands four characters from the right")
{
    PrintDocument document(PageStyle::official());
    document.addClosing({QStringLiteral("市作风办"), QStringLiteral("2009年5月25日")});
    const DocumentPages pages = layOut(document);
    QList<QPair<qreal, qreal>> spans;
    for (const DocumentPages::Mark& mark : pages.marks(0)) {
        if (const auto* text = std::get_if<DocumentPages::Text>(&mark)) {
            const QTextLine line = text->layout->lineAt(text->line);
            spans.append({text->origin.x() + line.x(), text->origin.x() + line.x() + line.naturalTextWidth()});
        }
    }
    REQUIRE(spans.size() >= 2);
    const qreal mm = 1200 / 25.4;
    const qreal right = (28 + 156) * mm;
    const qreal em = 16 * 1200 / 72.0;
    CHECK(spans.at(1).second == Approx(right - 4 * em).margin(mm / 2));
    CHECK((spans.at(0).first + spans.at(0).second) / 2 ==
          Approx((spans.at(1).first + spans.at(1).second) / 2).margin(mm / 2));
}

TEST_CASE("a closing whose issuer is wider than the date stays inside the text block")
{
    PrintDocument document(PageStyle::official());
    document.addClosing({Samples::issuer(), QStringLiteral("2009年5月25日")});
    const DocumentPages pages = layOut(document);
    const qreal right = (28 + 156) * 1200 / 25.4;
    for (const DocumentPages::Mark& mark : pages.marks(0)) {
        if (const auto* text = std::get_if<DocumentPages::Text>(&mark)) {
            const QTextLine line = text->layout->lineAt(text->line);
            CHECK(text->origin.x() + line.x() + line.naturalTextWidth() <= right + 1);
        }
    }
}

namespace {

/// The centre of the laid-out line whose text is `text` on the first page.
QPointF centreOf(const DocumentPages& pages, const QString& text)
{
    for (const DocumentPages::Mark& mark : pages.marks(0)) {
        const auto* item = std::get_if<DocumentPages::Text>(&mark);
        if (!item)
            continue;
        const QTextLine line = item->layout->lineAt(item->line);
        if (item->layout->text().mid(line.textStart(), line.textLength()) == text) {
            // cursorToX() counts the line's alignment in.
            const qreal start = line.cursorToX(line.textStart());
            const qreal end = line.cursorToX(line.textStart() + line.textLength());
            return item->origin + QPointF((start + end) / 2, line.y() + line.height() / 2);
        }
    }
    FAIL("no line " << text.toStdString());
    return {};
}

} // namespace

TEST_CASE("a header cell spanning two rows stands over both, one spanning columns is centred over them")
{
    PrintDocument document(PageStyle::official());
    document.addTable([] {
        DocumentTable table;
        table.columns = {{1}, {2}, {1}, {1}};
        DocumentCell name(QStringLiteral("部门"));
        name.rowSpan = 2;
        DocumentCell reports(QStringLiteral("周报"));
        reports.columnSpan = 3;
        table.headerRows.append(DocumentRow{{name, reports}, false});
        table.addHeaderRow({QStringLiteral("按时"), QStringLiteral("迟报"), QStringLiteral("缺报")});
        table.addRow({QStringLiteral("市财政局"), QStringLiteral("4"), QStringLiteral("0"), QStringLiteral("1")});
        return table;
    }());
    const DocumentPages pages = layOut(document);
    const qreal mm = 1200 / 25.4;
    const qreal left = 28 * mm;
    const qreal column = 156 * mm / 5;

    const QPointF name = centreOf(pages, QStringLiteral("部门"));
    const QPointF reports = centreOf(pages, QStringLiteral("周报"));
    const QPointF onTime = centreOf(pages, QStringLiteral("按时"));
    const QPointF missing = centreOf(pages, QStringLiteral("缺报"));
    CHECK(name.x() == Approx(left + column / 2).margin(mm / 2));
    CHECK(name.y() == Approx((reports.y() + onTime.y()) / 2).margin(mm / 2));
    CHECK(reports.x() == Approx(left + column + 2 * column).margin(mm / 2));
    CHECK(onTime.x() == Approx(left + 2 * column).margin(mm / 2));
    CHECK(missing.x() == Approx(left + 4.5 * column).margin(mm / 2));
    CHECK(pages.text(0).contains(QStringLiteral("市财政局")));
}

TEST_CASE("a table without declared columns gets equal columns for its widest row, and short rows are filled")
{
    PrintDocument document(PageStyle::sheet());
    DocumentTable table;
    table.addRow({QStringLiteral("一")});
    table.addRow({QStringLiteral("二"), QStringLiteral("三"), QStringLiteral("四")});
    document.addTable(table);
    const DocumentPages pages = layOut(document);
    REQUIRE(pages.count() == 1);
    CHECK(pages.text(0).startsWith(QStringLiteral("一\n\n\n二\n三\n四")));
    int rules = 0;
    for (const DocumentPages::Mark& mark : pages.marks(0))
        rules += std::holds_alternative<DocumentPages::Rule>(mark) ? 1 : 0;
    CHECK(rules == 6 * 4); // every cell of the 2 × 3 grid is ruled
}
