// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/documentpages.h"
#include "core/documents/pageflow.h"
#include "core/documents/printdocument.h"

#include <QSizeF>

#include <memory>

class QPaintDevice;

namespace branddesk {

class DocumentFonts;
class TableLayouter;

/// Lays a PrintDocument out on pages for one paint device: text broken into lines with QTextLayout at the
/// device's resolution, tables ruled and continued under repeated headers, the official header on the first
/// page and the page number at the foot of every page. Headings and titles are kept with what follows them,
/// ruled fields and the closing block are kept on one page where they fit.
class DocumentLayouter {
public:
    /// `paperSize` is the whole sheet in device pixels (for a QPagedPaintDevice: its page layout's
    /// fullRectPixels at its resolution).
    static DocumentPages layout(const PrintDocument& document, const QPaintDevice& device, QSizeF paperSize,
                                const DocumentFonts& fonts);
    /// The same with the installed fonts.
    static DocumentPages layout(const PrintDocument& document, const QPaintDevice& device, QSizeF paperSize);

    ~DocumentLayouter();
    DocumentLayouter(const DocumentLayouter&) = delete;
    DocumentLayouter& operator=(const DocumentLayouter&) = delete;

private:
    DocumentLayouter(const PrintDocument& document, const QPaintDevice& device, QSizeF paperSize,
                     const DocumentFonts& fonts);

    void placeOfficialHeader();
    void place(int index);
    void place(const TitleBlock& title);
    void place(const HeadingBlock& heading);
    void place(const ParagraphBlock& paragraph);
    void place(const DocumentTable& table);
    void place(const RuledFieldBlock& field);
    void place(const FieldRowBlock& fields);
    void place(const PageBreakBlock& pageBreak);
    void place(const SpacingBlock& spacing);
    void place(const ClosingBlock& closing);
    void place(const ImprintBlock& imprint);
    void addFooters();

    /// How much of block `index` must share a page with the block before it (its first line, its header and
    /// first row, all of a ruled field).
    qreal leadHeight(int index);
    /// The height of the closing block after block `index` (0 if none follows): the end of block `index` is
    /// kept on its page, so that the issuer and the date never stand alone on the last page.
    qreal closingAfter(int index);
    /// About how high the blocks from `index` to the next page break are (a table counts its lead only).
    qreal heightUntilPageBreak(int index);
    /// The block's table layouter, made once whether asked for by leadHeight() or place().
    TableLayouter& tableLayouter(int index);
    /// Places a heading-like box (title, heading) kept with the next block.
    void placeKeptWithNext(const TextBox& box, const QColor& color);
    /// Where the text of a band sits so that its glyphs stand just above the band's rule.
    qreal onRuleOffset(const TextBox& box) const;

    const PrintDocument& m_document;
    PageFlow m_flow;
    int m_current = -1;
    int m_tableIndex = -1;
    std::unique_ptr<TableLayouter> m_table;
};

} // namespace branddesk
