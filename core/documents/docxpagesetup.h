// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/pagestyle.h"

#include <QByteArray>
#include <QString>

namespace branddesk {

class DocxXml;

/// The page of a Word section after a PageStyle: A4 in its orientation, the margins (GB/T 9704's 37, 35, 28 and
/// 26 mm for the official style), the line grid, and the page numbers in a footer part.
class DocxPageSetup {
public:
    /// Which pages a footer part serves.
    enum class Pages {
        All,  ///< every page (centred "Page 1 of 3"), or the odd pages of outer-side numbers
        Even, ///< the even pages of outer-side numbers
    };

    /// The width of the text block in points.
    static qreal textWidth(const PageStyle& style);
    /// The height of the text block in points.
    static qreal textHeight(const PageStyle& style);
    /// True when the style's page numbers stand on the outer side ("— 1 —" right on odd pages, left on even
    /// ones, one character in from the edge of the text block, as GB/T 9704 places them).
    static bool outerSideNumbers(const PageStyle& style);

    /// word/footerN.xml: the page number as a PAGE field ("— PAGE —"), or the style's "Page %1 of %2" with
    /// PAGE and NUMPAGES fields; in a `batch` SECTIONPAGES, since each document of it numbers its own pages.
    static QByteArray footerPart(const PageStyle& style, Pages pages, bool batch);

    /// w:sectPr of a section in `style`: footer references (`evenFooterId` may be empty), a new page, the page
    /// size and orientation, margins, page numbers restarting at 1, and the line grid.
    static void sectionProperties(DocxXml& xml, const PageStyle& style, const QString& footerId,
                                  const QString& evenFooterId);
};

} // namespace branddesk
