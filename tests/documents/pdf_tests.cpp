// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Generated PDFs read back as a user would: the text copied out is the text printed, on A4, fonts embedded.
#include "core/documents/pdfexport.h"
#include "tests/documents/samples.h"
#include "tests/support/poppler.h"
#include "tests/support/stringmakers.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

/// Writes `documents` to a PDF in `folder` and returns its path.
QString exported(const QTemporaryDir& folder, const QList<PrintDocument>& documents,
                 const QString& name = QStringLiteral("out.pdf"))
{
    REQUIRE(Poppler::available());
    const QString path = folder.filePath(name);
    const Result<PrintOutcome> written = PdfExport::write(path, documents);
    INFO((written ? std::string() : describe(written.error())));
    REQUIRE(written);
    REQUIRE(*written == PrintOutcome::Done);
    return path;
}

/// The texts of the pages, as pdftotext separates them with form feeds.
QStringList pageTexts(const QString& pdf)
{
    QStringList pages = Poppler::text(pdf).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

QStringList nonEmptyLines(const QString& page)
{
    QStringList lines;
    for (const QString& line : page.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}

QString firstLine(const QString& page)
{
    const QStringList lines = nonEmptyLines(page);
    return lines.isEmpty() ? QString() : lines.first();
}

} // namespace

TEST_CASE("the text copied out of an official document's PDF is exactly the Chinese printed")
{
    QTemporaryDir folder;
    const QString pdf = exported(folder, {Samples::officialSummary()});
    const QString text = Poppler::text(pdf);
    // A paragraph may go on over a page: read the pages without their page numbers.
    QString body;
    for (const QString& page : pageTexts(pdf)) {
        QStringList lines = nonEmptyLines(page);
        CHECK(lines.takeLast().startsWith(QStringLiteral("—")));
        body += lines.join(QLatin1Char('\n'));
    }
    const QString squeezed = Poppler::squeezed(body);

    CHECK(text.contains(QStringLiteral("截止日期")));
    CHECK(text.contains(QStringLiteral("督查通报")));
    CHECK(text.contains(QStringLiteral("〔2009〕")));
    CHECK(Poppler::radicals(text).isEmpty());
    // Every block, in reading order.
    qsizetype from = 0;
    for (const QString& expected : Samples::officialSummaryTexts()) {
        INFO(expected.toStdString());
        const qsizetype at = squeezed.indexOf(Poppler::squeezed(expected), from);
        CHECK(at >= from);
        if (at >= 0)
            from = at;
    }
    for (const char16_t* header : {u"序号", u"部门", u"周报报送", u"按时", u"迟报", u"缺报", u"阶段任务", u"完成"})
        CHECK(text.contains(QString::fromUtf16(header)));
}

TEST_CASE("an official document is A4 portrait, numbered \"— 1 —\" at the foot of every page")
{
    QTemporaryDir folder;
    const QString pdf = exported(folder, {Samples::officialSummary(40)});
    const QList<QSize> sizes = Poppler::pageSizes(pdf);
    REQUIRE(sizes.size() >= 2);
    for (const QSize& size : sizes)
        CHECK(size == QSize(595, 842));
    const QStringList pages = pageTexts(pdf);
    REQUIRE(pages.size() == sizes.size());
    for (int page = 0; page < pages.size(); ++page) {
        INFO("page " << page + 1);
        const QStringList lines = pages.at(page).trimmed().split(QLatin1Char('\n'));
        CHECK(lines.last().trimmed() == QStringLiteral("— %1 —").arg(page + 1));
    }
}

TEST_CASE("the fonts of a PDF are embedded, and none is Noto CJK")
{
    QTemporaryDir folder;
    const QString pdf =
        exported(folder, {Samples::officialSummary(), Samples::inspectionSheet(QStringLiteral("市财政局"))});
    const QList<Poppler::Font> fonts = Poppler::fonts(pdf);
    REQUIRE_FALSE(fonts.isEmpty());
    for (const Poppler::Font& font : fonts) {
        INFO(font.name.toStdString());
        CHECK(font.embedded);
        CHECK_FALSE(font.name.contains(QLatin1String("Noto")));
    }
}

TEST_CASE("a landscape ledger prints on A4 landscape, a portrait one on A4 portrait")
{
    QTemporaryDir folder;
    const QString landscape = exported(folder, {Samples::ledger(60, QPageLayout::Landscape)}, QStringLiteral("l.pdf"));
    for (const QSize& size : Poppler::pageSizes(landscape))
        CHECK(size == QSize(842, 595));
    const QString portrait = exported(folder, {Samples::ledger(60)}, QStringLiteral("p.pdf"));
    for (const QSize& size : Poppler::pageSizes(portrait))
        CHECK(size == QSize(595, 842));
}

TEST_CASE("a table of 120 rows spans several pages with its header on every page")
{
    QTemporaryDir folder;
    const QString pdf = exported(folder, {Samples::ledger(120)});
    const int pages = Poppler::pageCount(pdf);
    REQUIRE(pages >= 3);
    QString all;
    for (int page = 1; page <= pages; ++page) {
        const QString text = Poppler::text(pdf, page, page);
        INFO("page " << page << ":\n" << text.toStdString());
        const QStringList lines = nonEmptyLines(text);
        REQUIRE(lines.size() > 2);
        CHECK(Poppler::squeezed(lines.at(page == 1 ? 1 : 0)) == Samples::ledgerHeader().join(QString()));
        CHECK(lines.last() == QStringLiteral("Page %1 of %2").arg(page).arg(pages));
        all += text;
    }
    for (int row = 1; row <= 120; ++row)
        CHECK(all.count(Samples::ledgerRow(row).at(1)) == 1);
}

TEST_CASE("a sheet's pages are numbered with the page count, in the format the style gives")
{
    QTemporaryDir folder;
    PrintDocument document = Samples::ledger(120);
    document.style().footerFormat = QStringLiteral("第 %1 页 共 %2 页");
    const QString pdf = exported(folder, {document});
    const QStringList pages = pageTexts(pdf);
    REQUIRE(pages.size() >= 3);
    for (int page = 0; page < pages.size(); ++page) {
        const QStringList lines = pages.at(page).trimmed().split(QLatin1Char('\n'));
        CHECK(Poppler::squeezed(lines.last()) == QStringLiteral("第%1页共%2页").arg(page + 1).arg(pages.size()));
    }
}

TEST_CASE("a batch of 40 inspection sheets makes one PDF in which each sheet starts on a new page")
{
    QList<PrintDocument> sheets;
    QStringList titles;
    for (int i = 0; i < 40; ++i) {
        const QString department = QStringLiteral("第%1号部门").arg(i + 1);
        sheets.append(Samples::inspectionSheet(department, i % 5 == 0 ? 30 : 4));
        titles.append(Samples::inspectionSheetTitle(department));
    }
    QTemporaryDir folder;
    const QString pdf = exported(folder, sheets);
    const QStringList pages = pageTexts(pdf);
    CHECK(pages.size() >= 40);
    CHECK(Poppler::pageCount(pdf) == pages.size());
    QStringList starts;
    for (const QString& page : pages) {
        if (firstLine(page).endsWith(QStringLiteral("服务品牌督查表")))
            starts.append(firstLine(page));
    }
    CHECK(starts == titles);
    CHECK(Poppler::radicals(pages.join(QString())).isEmpty());
}
