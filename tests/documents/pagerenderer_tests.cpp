// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The print preview's pages, painted one at a time: the same pages as the PDF file, in pictures of the width asked.
#include "core/documents/documentpainter.h"
#include "core/documents/pagerenderer.h"
#include "tests/documents/samples.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QtMath>

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

int pdfPageCount(const PrintDocument& document)
{
    QBuffer buffer;
    QPdfWriter writer(&buffer);
    writer.setPageLayout(document.style().pageLayout());
    return DocumentPainter::pageCount(document, writer);
}

/// Pixels darker than mid-grey: the ink on a page.
int inkPixels(const QImage& image)
{
    int ink = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qGray(image.pixel(x, y)) < 96)
                ++ink;
    return ink;
}

} // namespace

TEST_CASE("the preview's pages are the PDF file's pages, painted one at a time at the width asked")
{
    const PrintDocument sheet = Samples::inspectionSheet(QStringLiteral("市发展和改革委员会"), 30);
    const PrintDocument ledger = Samples::ledger(120, QPageLayout::Landscape);
    PageRenderer renderer;
    REQUIRE(renderer.pageCount(0, sheet) == pdfPageCount(sheet));
    REQUIRE(renderer.pageCount(1, ledger) == pdfPageCount(ledger));
    CHECK(renderer.pageCount(1, ledger) > 1);

    const QImage first = renderer.render(0, sheet, 0, 400);
    CHECK(first.width() == 400);
    const QSizeF paper = PageRenderer::paperSize(sheet);
    CHECK(qAbs(first.height() - qCeil(400 * paper.height() / paper.width())) <= 1);
    CHECK(first.height() > first.width()); // A4 upright
    CHECK(inkPixels(first) > 500);
    CHECK(qGray(first.pixel(2, 2)) == 255); // the margin stays white

    const QImage across = renderer.render(1, ledger, 1, 600);
    CHECK(across.width() == 600);
    CHECK(across.height() < across.width()); // A4 across
    CHECK(inkPixels(across) > 500);

    CHECK(renderer.render(1, ledger, renderer.pageCount(1, ledger), 600).isNull());
    CHECK(renderer.render(0, sheet, -1, 600).isNull());
    CHECK(renderer.render(0, sheet, 0, 0).isNull());
}

TEST_CASE("a document's layout is kept for its next page, and another key lays the other document out")
{
    const PrintDocument short_ = Samples::ledger(5);
    const PrintDocument long_ = Samples::ledger(200);
    PageRenderer renderer;
    const int shortPages = renderer.pageCount(0, short_);
    const int longPages = renderer.pageCount(1, long_);
    CHECK(shortPages == 1);
    CHECK(longPages > shortPages);
    CHECK(renderer.pageCount(0, short_) == shortPages);
    CHECK(!renderer.render(1, long_, longPages - 1, 200).isNull());
}
