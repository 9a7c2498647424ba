// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/pagestyle.h"

#include <QCoreApplication>
#include <QPageSize>

namespace branddesk {
namespace {

TextStyle style(Typeface typeface, qreal pointSize, qreal lineHeight, bool bold = false)
{
    TextStyle result;
    result.typeface = typeface;
    result.pointSize = pointSize;
    result.lineHeight = lineHeight;
    result.bold = bold;
    return result;
}

} // namespace

PageStyle PageStyle::official()
{
    PageStyle s;
    s.orientation = QPageLayout::Portrait;
    // Top 37 and left 28 mm with a 156 × 225 mm text block: right 26 mm, bottom 35 mm.
    s.marginsMm = QMarginsF(28, 37, 26, 35);
    s.footer = Footer::Dashes;
    s.footerGapMm = 7;
    // 22 lines to the 225 mm text block: 10.23 mm = 29 pt from line to line.
    const qreal grid = 225.0 / 22.0 / 25.4 * 72.0;
    s.issuer = style(Typeface::Serif, 26, 36, true);
    s.issuer.color = s.accent;
    s.documentNumber = style(Typeface::Serif, 16, grid);
    s.title = style(Typeface::Serif, 22, 36, true);
    s.heading1 = style(Typeface::Sans, 16, grid);
    s.heading2 = style(Typeface::Serif, 16, grid, true);
    s.body = style(Typeface::Serif, 16, grid);
    s.table = style(Typeface::Serif, 12, 18);
    s.tableHeader = style(Typeface::Sans, 12, 18);
    s.field = style(Typeface::Serif, 16, grid);
    s.footerText = style(Typeface::Serif, 14, 20);
    s.imprint = style(Typeface::Serif, 14, 7.0 / 25.4 * 72.0); // 四号, 7 mm between the rules
    s.blockSpacingMm = 0;
    s.titleSpacingMm = 225.0 / 22.0; // one empty line under the title
    s.fieldPitchMm = 225.0 / 22.0;
    s.closingIndentEm = 4;
    return s;
}

PageStyle PageStyle::sheet(QPageLayout::Orientation orientation)
{
    PageStyle s;
    s.orientation = orientation;
    s.marginsMm = QMarginsF(20, 18, 20, 20);
    s.footer = Footer::PageOfPages;
    s.footerFormat = QCoreApplication::translate("PageStyle", "Page %1 of %2");
    s.footerGapMm = 6;
    s.issuer = style(Typeface::Serif, 22, 30, true);
    s.issuer.color = s.accent;
    s.documentNumber = style(Typeface::Serif, 12, 20);
    s.title = style(Typeface::Sans, 18, 27);
    s.heading1 = style(Typeface::Sans, 14, 22);
    s.heading2 = style(Typeface::Sans, 12, 20);
    s.body = style(Typeface::Serif, 12, 20);
    s.table = style(Typeface::Serif, 10.5, 15);
    s.tableHeader = style(Typeface::Sans, 10.5, 15);
    s.field = style(Typeface::Serif, 12, 20);
    s.footerText = style(Typeface::Serif, 9, 12);
    s.imprint = style(Typeface::Serif, 10.5, 18);
    s.blockSpacingMm = 2.5;
    s.titleSpacingMm = 5;
    s.headerTopMm = 0;
    s.numberGapMm = 4;
    s.afterHeaderMm = 6;
    s.fieldPitchMm = 9;
    s.closingIndentEm = 2;
    return s;
}

QPageLayout PageStyle::pageLayout() const
{
    QPageLayout layout(QPageSize(QPageSize::A4), orientation, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    layout.setMode(QPageLayout::FullPageMode);
    return layout;
}

QString PageStyle::footerLabel(int page, int pageCount) const
{
    if (footer == Footer::Dashes)
        return QStringLiteral("— %1 —").arg(page);
    const QString format =
        footerFormat.isEmpty() ? QCoreApplication::translate("PageStyle", "Page %1 of %2") : footerFormat;
    return format.arg(page).arg(pageCount);
}

} // namespace branddesk
