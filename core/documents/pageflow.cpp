// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/pageflow.h"

#include "core/documents/documentfonts.h"
#include "core/documents/pagestyle.h"

#include <QPaintDevice>

#include <algorithm>

namespace branddesk {

PageFlow::PageFlow(const QPaintDevice& device, QSizeF paperSize, const PageStyle& style, const DocumentFonts& fonts)
    : m_device(&device)
    , m_style(style)
    , m_fonts(fonts)
    , m_dpi(device.logicalDpiY())
{
    const QMarginsF margins = style.marginsMm;
    m_textBlock = QRectF(QPointF(mm(margins.left()), mm(margins.top())),
                         QPointF(paperSize.width() - mm(margins.right()), paperSize.height() - mm(margins.bottom())));
    newPage();
}

qreal PageFlow::mm(qreal millimetres) const
{
    return millimetres * m_dpi / 25.4;
}

qreal PageFlow::pt(qreal points) const
{
    return points * m_dpi / 72.0;
}

QFont PageFlow::font(const TextStyle& style) const
{
    return m_fonts.font(style);
}

TextBox PageFlow::text(const QString& text, const TextStyle& style, qreal width, TextBox::Options options) const
{
    if (options.pitch <= 0)
        options.pitch = pt(style.pitch());
    // Digits and Latin letters in the Latin face, outside the ranges the caller formats itself.
    const QString latin = m_fonts.latinFamily(style.typeface);
    const auto ascii = [&text](qsizetype i, bool space) {
        const char16_t c = text.at(i).unicode();
        return c > 0x20 && c < 0x7F ? true : space && c == 0x20;
    };
    const QList<QTextLayout::FormatRange> given = options.formats;
    for (qsizetype i = 0; !latin.isEmpty() && i < text.size(); ++i) {
        if (!ascii(i, false))
            continue;
        qsizetype end = i + 1;
        while (end < text.size() && ascii(end, true))
            ++end;
        while (text.at(end - 1) == QLatin1Char(' '))
            --end;
        const bool formatted = std::any_of(given.begin(), given.end(), [i, end](const QTextLayout::FormatRange& r) {
            return r.start < end && i < r.start + r.length;
        });
        if (!formatted) {
            QTextLayout::FormatRange range;
            range.start = static_cast<int>(i);
            range.length = static_cast<int>(end - i);
            range.format.setFontFamilies(QStringList{latin} + font(style).families());
            options.formats.append(range);
        }
        i = end;
    }
    return TextBox::make(text, font(style), m_device, width, options);
}

void PageFlow::newPage()
{
    m_pages.addPage();
    m_y = m_textBlock.top();
    m_pageHasContent = false;
}

void PageFlow::ensure(qreal height)
{
    if (m_pageHasContent && m_y + height > bottom() + 0.5)
        newPage();
}

void PageFlow::advance(qreal height)
{
    m_y += height;
    m_pageHasContent = true;
}

void PageFlow::space(qreal height)
{
    if (m_pageHasContent)
        m_y = std::min(m_y + height, bottom());
}

void PageFlow::moveTo(qreal y)
{
    m_y = y;
    m_pageHasContent = true;
}

void PageFlow::drawLine(const TextBox& box, int line, QPointF bandTopLeft, const QColor& color)
{
    m_pages.add(DocumentPages::Text{box.layout(), line, bandTopLeft - QPointF(0, line * box.pitch()), color});
}

void PageFlow::flow(const TextBox& box, qreal x, const QColor& color, qreal keepWithLast)
{
    const int count = box.lineCount();
    for (int i = 0; i < count; ++i) {
        if (keepWithLast > 0 && i >= count - 2)
            ensure(std::min((count - i) * box.pitch() + keepWithLast, m_textBlock.height()));
        ensure(box.pitch());
        drawLine(box, i, QPointF(x, m_y), color);
        advance(box.pitch());
    }
}

void PageFlow::rule(const QLineF& line, qreal width, const QColor& color)
{
    m_pages.add(DocumentPages::Rule{line, width, color});
}

} // namespace branddesk
