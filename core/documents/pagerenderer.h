// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/documentpages.h"
#include "core/documents/printdocument.h"

#include <QImage>
#include <QSizeF>

namespace branddesk {

/// Lays documents out one at a time and paints single pages into pictures: what the print preview shows, made
/// page by page on demand instead of painting every page of a batch up front. The pages are laid out at the
/// resolution of a high-resolution printer with each document's own page layout, as a PDF file gets them.
///
/// Keeps the last document it laid out, so that the pages of one document cost one layout. Not shared between
/// threads; it may run in a worker thread (it paints on QImage only, see DocumentPainter).
class PageRenderer {
public:
    /// The resolution the pages are laid out at (QPrinter::HighResolution's).
    static constexpr int layoutResolution = 1200;

    PageRenderer();

    /// How many pages `document` takes. `key` names the document (its index in the batch): the layout of the
    /// last key asked for is kept for the next call.
    int pageCount(int key, const PrintDocument& document);
    /// Page `page` of `document` painted `width` pixels wide on white (the height follows the paper); a null
    /// image when the document has no such page.
    QImage render(int key, const PrintDocument& document, int page, int width);
    /// The whole sheet of `document`'s pages, in points.
    static QSizeF paperSize(const PrintDocument& document);

private:
    const DocumentPages& pagesOf(int key, const PrintDocument& document);

    QImage m_device; ///< a 1-pixel picture at the layout resolution: what the text is measured on
    int m_key = -1;
    DocumentPages m_pages;
};

} // namespace branddesk
