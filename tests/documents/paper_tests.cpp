// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Paper an office would sign: titles broken between words, columns wide enough for their text, room to sign,
// the 版记 at the foot of the last page, the closing never alone, a form on one page.
#include "core/documents/columnfit.h"
#include "core/documents/documentlayouter.h"
#include "core/documents/documentpages.h"
#include "core/documents/titlelines.h"
#include "tests/support/poppler.h"
#include "tests/support/stringmakers.h"

#include <QBuffer>
#include <QPdfWriter>

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

constexpr qreal kPaperDpi = 1200;

DocumentPages paperLayOut(const PrintDocument& document)
{
    QBuffer buffer;
    QPdfWriter writer(&buffer);
    writer.setPageLayout(document.style().pageLayout());
    const QRect paper = writer.pageLayout().fullRectPixels(writer.resolution());
    return DocumentLayouter::layout(document, writer, QSizeF(paper.size()));
}

qreal paperMm(qreal millimetres)
{
    return millimetres * kPaperDpi / 25.4;
}

/// The text of every laid-out line on `page`, in the order laid out.
QStringList paperLines(const DocumentPages& pages, int page)
{
    QStringList lines;
    for (const DocumentPages::Mark& mark : pages.marks(page)) {
        if (const auto* text = std::get_if<DocumentPages::Text>(&mark)) {
            const QTextLine line = text->layout->lineAt(text->line);
            lines.append(text->layout->text().mid(line.textStart(), line.textLength()).trimmed());
        }
    }
    return lines;
}

QList<DocumentPages::Rule> paperRules(const DocumentPages& pages, int page)
{
    QList<DocumentPages::Rule> rules;
    for (const DocumentPages::Mark& mark : pages.marks(page))
        if (const auto* rule = std::get_if<DocumentPages::Rule>(&mark))
            rules.append(*rule);
    return rules;
}

const QString kPaperTitle = QStringLiteral("关于2026年市级机关“打造服务品牌、提升服务效能”主题实践活动推进情况的通报"
                                           "（2026年11月1日至11月30日）");
const QString kPaperPeriod = QStringLiteral("2026年11月1日至11月30日");

} // namespace

TEST_CASE("a long title breaks into even lines, never inside the period or a quotation")
{
    // One unit a character, half a unit a digit: 20 units to the line.
    const TitleLines::Measure measure = [](const QString& text) {
        qreal width = 0;
        for (const QChar c : text)
            width += c.unicode() < 0x80 ? 0.5 : 1;
        return width;
    };
    const QStringList lines = TitleLines::split(kPaperTitle, {kPaperPeriod}, 20, measure);
    INFO(lines.join(QLatin1Char('|')).toStdString());
    // Broken between words only: the quotation and the period whole, no "市级机" above "关".
    CHECK(lines == QStringList{QStringLiteral("关于2026年市级机关"), QStringLiteral("“打造服务品牌、提升服务效能”"),
                               QStringLiteral("主题实践活动推进情况的通报"),
                               QStringLiteral("（2026年11月1日至11月30日）")});
    // Whatever the width, no line ends in an opening bracket or quote, none starts with a closing one.
    for (qreal width = 12; width <= 40; width += 0.5) {
        INFO(width);
        for (const QString& line : TitleLines::split(kPaperTitle, {kPaperPeriod}, width, measure)) {
            INFO(line.toStdString());
            CHECK_FALSE((line.endsWith(QChar(0xFF08)) || line.endsWith(QChar(0x201C))));
            CHECK_FALSE((line.startsWith(QChar(0xFF09)) || line.startsWith(QChar(0x201D))));
        }
    }
    // Without pieces to keep, the lines are as even as the breaks allow: not a full line and a stub.
    const QString plain = QStringLiteral("关于进一步加强市级机关服务品牌建设推进主题实践活动深入开展的通知");
    const QStringList even = TitleLines::split(plain, {}, 20, measure);
    REQUIRE(even.size() == 2);
    CHECK(even.join(QString()) == plain);
    CHECK(std::abs(measure(even.at(0)) - measure(even.at(1))) <= 1);
    // A title that fits stays one line; a piece wider than a line breaks where it must.
    CHECK(TitleLines::split(QStringLiteral("督查通报"), {}, 20, measure) == QStringList{QStringLiteral("督查通报")});
    CHECK(
        TitleLines::split(QStringLiteral("督").repeated(30), {QStringLiteral("督").repeated(30)}, 20, measure).size() ==
        2);
}

TEST_CASE("the title of an official document is laid out with its period on one line")
{
    PrintDocument document(PageStyle::official());
    document.addTitle(kPaperTitle, {kPaperPeriod});
    const QStringList lines = paperLines(paperLayOut(document), 0);
    INFO(lines.join(QLatin1Char('|')).toStdString());
    REQUIRE(lines.size() >= 3); // the title's lines and the page number
    CHECK(std::any_of(lines.begin(), lines.end(), [](const QString& line) { return line.contains(kPaperPeriod); }));
}

TEST_CASE("a column is widened to its text from columns that can spare room, and a wrapped cell leaves no character "
          "alone")
{
    DocumentTable table;
    table.columns = {{0.2}, {1.0}, {5.0}};
    table.addHeaderRow({QStringLiteral("名次"), QStringLiteral("部门"), QStringLiteral("说明")});
    table.addRow({QStringLiteral("1"), QStringLiteral("市人力资源和社会保障局"), QStringLiteral("短")});
    // One unit a character: 60 units across, 1 of padding each side.
    const ColumnFit::Measure measure = [](const QString& text, bool, bool) { return qreal(text.size()); };
    const QList<qreal> widths = ColumnFit::widths(table, 60, 1, measure);
    REQUIRE(widths.size() == 3);
    CHECK(std::accumulate(widths.begin(), widths.end(), 0.0) == Approx(60));
    CHECK(widths.at(0) >= 2 * 1.01 + 2);  // "名次" on one line
    CHECK(widths.at(1) >= 11 * 1.01 + 2); // the department's name on one line
    CHECK(widths.at(2) >= 2 + 2);         // the column that gave room keeps room for its own text

    // Too narrow for the name: it breaks into lines of even length, not "市人力资源和社会保障" and "局".
    PrintDocument document(PageStyle::official());
    DocumentTable narrow;
    narrow.columns = {{1}, {1}, {1}, {1}, {1}, {1}}; // five characters to a cell's line: "5 + 5 + 1"
    narrow.addRow(QStringList(6, QStringLiteral("市人力资源和社会保障局")));
    document.addTable(narrow);
    const QStringList lines = paperLines(paperLayOut(document), 0);
    INFO(lines.join(QLatin1Char('|')).toStdString());
    for (const QString& line : lines)
        if (!line.startsWith(QStringLiteral("—")))
            CHECK(line.size() >= 3);
}

TEST_CASE("every field of a signature row has room to sign, a row that cannot give it goes on the next line")
{
    PrintDocument document(PageStyle::sheet());
    document.addFieldRow(
        {QStringLiteral("督查人员签名："), QStringLiteral("被督查单位负责人签名："), QStringLiteral("日期：")});
    const DocumentPages pages = paperLayOut(document);
    const QList<DocumentPages::Rule> rules = paperRules(pages, 0);
    REQUIRE(rules.size() == 3);
    for (const DocumentPages::Rule& rule : rules)
        CHECK(rule.line.length() >= paperMm(document.style().signatureRoomMm) - paperMm(2));
    CHECK(rules.at(0).line.y1() == rules.at(1).line.y1());
    CHECK(rules.at(2).line.y1() > rules.at(1).line.y1()); // the date on a line of its own
    for (const DocumentPages::Rule& rule : rules)
        CHECK(rule.line.x2() <= paperMm(20 + 170) + 1);
}

TEST_CASE("the 版记 stands at the foot of the last page between thick rules, one character in")
{
    PrintDocument document(PageStyle::official());
    document.addParagraph(QStringLiteral("正文。"));
    document.addClosing({QStringLiteral("常州市市级机关作风建设领导小组办公室"), QStringLiteral("2026年12月5日")});
    document.addImprint({QStringLiteral("抄送：市机关作风建设领导小组成员。"),
                         QStringLiteral("常州市市级机关作风建设领导小组办公室"), QStringLiteral("2026年12月5日印发")});
    const DocumentPages pages = paperLayOut(document);
    REQUIRE(pages.count() == 1);
    const QList<DocumentPages::Rule> rules = paperRules(pages, 0);
    REQUIRE(rules.size() == 3);
    const qreal bottom = paperMm(297 - 35);
    CHECK(rules.last().line.y1() == Approx(bottom - paperMm(0.35) / 2).margin(paperMm(0.5)));
    CHECK(rules.first().width == Approx(paperMm(0.35)));
    CHECK(rules.at(1).width == Approx(paperMm(0.25)));
    CHECK(rules.first().line.x1() == Approx(paperMm(28)).margin(paperMm(0.5)));
    CHECK(rules.first().line.x2() == Approx(paperMm(28 + 156)).margin(paperMm(0.5)));
    const QString text = Poppler::squeezed(pages.text(0));
    CHECK(text.contains(QStringLiteral("抄送：市机关作风建设领导小组成员。")));
    CHECK(text.contains(QStringLiteral("2026年12月5日印发")));
}

TEST_CASE("the issuer and the date never stand alone on a page: the last lines come with them")
{
    // Lines enough to fill the page to its last line: the closing does not fit below them.
    PrintDocument document(PageStyle::official());
    for (int i = 0; i < 21; ++i)
        document.addLine(QStringLiteral("第%1行").arg(i + 1));
    document.addClosing({QStringLiteral("常州市市级机关作风建设领导小组办公室"), QStringLiteral("2026年12月5日")});
    const DocumentPages pages = paperLayOut(document);
    REQUIRE(pages.count() == 2);
    const QString last = Poppler::squeezed(pages.text(1));
    CHECK(last.contains(QStringLiteral("第21行")));
    CHECK(last.contains(QStringLiteral("2026年12月5日")));
}

TEST_CASE("a form that must fit its page gives up writing room until its note and signature share the page")
{
    PrintDocument document(PageStyle::sheet(QPageLayout::Landscape));
    document.addTitle(QStringLiteral("专家评分表"));
    DocumentTable table;
    table.addHeaderRow({QStringLiteral("序号"), QStringLiteral("服务品牌"), QStringLiteral("评分")});
    for (int i = 0; i < 10; ++i)
        table.addRow({QString::number(i + 1), QStringLiteral("品牌%1").arg(i + 1), QString()});
    table.writingRoomMm = 16;
    DocumentTable loose = table;
    table.fitPage = true;
    document.addTable(table);
    document.addLine(QStringLiteral("评分保留一位小数。"));
    document.addFieldRow({QStringLiteral("专家签名："), QStringLiteral("日期：")});

    const DocumentPages fitted = paperLayOut(document);
    CHECK(fitted.count() == 1);
    CHECK(Poppler::squeezed(fitted.text(0)).contains(QStringLiteral("专家签名：")));

    PrintDocument unfitted(PageStyle::sheet(QPageLayout::Landscape));
    unfitted.addTitle(QStringLiteral("专家评分表")).addTable(loose).addFieldRow({QStringLiteral("专家签名：")});
    CHECK(paperLayOut(unfitted).count() == 2); // without fitPage, 10 rows of 16 mm do not leave room for it
}
