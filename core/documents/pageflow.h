// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/documentpages.h"
#include "core/documents/textbox.h"

#include <QRectF>
#include <QSizeF>

class QPaintDevice;

namespace branddesk {

class DocumentFonts;
struct PageStyle;
struct TextStyle;

/// The layout cursor: where the next block goes on which page of the text block, starting new pages as
/// blocks need them. Positions are device pixels from the paper's top-left corner.
class PageFlow {
public:
    PageFlow(const QPaintDevice& device, QSizeF paperSize, const PageStyle& style, const DocumentFonts& fonts);

    const PageStyle& style() const { return m_style; }
    const QPaintDevice* device() const { return m_device; }
    /// Millimetres and points in device pixels.
    qreal mm(qreal millimetres) const;
    qreal pt(qreal points) const;
    QFont font(const TextStyle& style) const;
    /// `text` laid out in `style` (its pitch unless the options name another).
    TextBox text(const QString& text, const TextStyle& style, qreal width, TextBox::Options options = {}) const;

    QRectF textBlock() const { return m_textBlock; }
    qreal left() const { return m_textBlock.left(); }
    qreal width() const { return m_textBlock.width(); }
    qreal y() const { return m_y; }
    qreal bottom() const { return m_textBlock.bottom(); }
    qreal remaining() const { return bottom() - m_y; }
    /// True while nothing has been placed on the current page.
    bool atPageTop() const { return !m_pageHasContent; }
    int page() const { return m_pages.count() - 1; }

    void newPage();
    /// Starts a new page unless `height` fits below the cursor or the page is still empty.
    void ensure(qreal height);
    /// Moves the cursor down by `height` pixels of content.
    void advance(qreal height);
    /// Moves the cursor down by `height` unless at the top of a page (space between blocks).
    void space(qreal height);
    /// Moves the cursor to `y` on the current page (the official header sets where text starts).
    void moveTo(qreal y);

    /// Draws line `line` of `box` with its band's top-left corner at `bandTopLeft`.
    void drawLine(const TextBox& box, int line, QPointF bandTopLeft, const QColor& color);
    /// Draws every line of `box` at `x`, from the cursor down, continuing on new pages. With `keepWithLast`,
    /// the box's last two lines share a page with that much of what follows (a closing signature).
    void flow(const TextBox& box, qreal x, const QColor& color, qreal keepWithLast = 0);
    void rule(const QLineF& line, qreal width, const QColor& color);

    DocumentPages& pages() { return m_pages; }

private:
    const QPaintDevice* m_device;
    const PageStyle& m_style;
    const DocumentFonts& m_fonts;
    qreal m_dpi;
    QRectF m_textBlock;
    qreal m_y = 0;
    bool m_pageHasContent = false;
    DocumentPages m_pages;
};

} // namespace branddesk
