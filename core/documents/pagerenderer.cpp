// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/pagerenderer.h"

#include "core/documents/documentlayouter.h"

#include <QPainter>
#include <QtMath>

namespace branddesk {
namespace {

constexpr double metresPerInch = 0.0254;

QSizeF paperPixels(const PrintDocument& document)
{
    return QSizeF(document.style().pageLayout().fullRectPixels(PageRenderer::layoutResolution).size());
}

} // namespace

PageRenderer::PageRenderer()
    : m_device(1, 1, QImage::Format_RGB32)
{
    const int dotsPerMetre = qRound(layoutResolution / metresPerInch);
    m_device.setDotsPerMeterX(dotsPerMetre);
    m_device.setDotsPerMeterY(dotsPerMetre);
}

const DocumentPages& PageRenderer::pagesOf(int key, const PrintDocument& document)
{
    if (key != m_key) {
        m_key = -1; // not valid while a layout is being made
        m_pages = DocumentLayouter::layout(document, m_device, paperPixels(document));
        m_key = key;
    }
    return m_pages;
}

int PageRenderer::pageCount(int key, const PrintDocument& document)
{
    return pagesOf(key, document).count();
}

QImage PageRenderer::render(int key, const PrintDocument& document, int page, int width)
{
    const DocumentPages& pages = pagesOf(key, document);
    if (page < 0 || page >= pages.count() || width <= 0)
        return {};
    const QSizeF paper = paperPixels(document);
    const qreal scale = width / paper.width();
    QImage image(width, qCeil(paper.height() * scale), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.scale(scale, scale);
    pages.paint(painter, page);
    painter.end();
    return image;
}

QSizeF PageRenderer::paperSize(const PrintDocument& document)
{
    return document.style().pageLayout().fullRect(QPageLayout::Point).size();
}

} // namespace branddesk
