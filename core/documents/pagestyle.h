// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QMarginsF>
#include <QPageLayout>
#include <QString>

namespace branddesk {

/// The two faces of a Chinese document: Song/FangSong for text, Hei for headings (see DocumentFonts).
enum class Typeface { Serif, Sans };

/// How one kind of text prints.
struct TextStyle {
    Typeface typeface = Typeface::Serif;
    qreal pointSize = 12;
    bool bold = false;
    qreal lineHeight = 0; ///< points from one line to the next; 0: 1.5 × pointSize
    QColor color = Qt::black;

    qreal pitch() const { return lineHeight > 0 ? lineHeight : pointSize * 1.5; }
};

/// The paper, margins, type sizes and page furniture of a document. Two presets: official() after GB/T 9704
/// for the supervision summary, sheet() for inspection sheets and ledgers. Every field may be adjusted.
struct PageStyle {
    /// What the foot of every page shows.
    enum class Footer {
        Dashes,      ///< "— 1 —", as GB/T 9704 prints page numbers
        PageOfPages, ///< footerFormat with the page and the page count, e.g. "第 1 页 共 3 页"
    };

    QPageLayout::Orientation orientation = QPageLayout::Portrait; ///< always A4
    QMarginsF marginsMm;                                          ///< paper edge to text block
    Footer footer = Footer::PageOfPages;
    QString footerFormat;  ///< for PageOfPages: %1 the page, %2 the page count (translatable "Page %1 of %2")
    qreal footerGapMm = 7; ///< text block bottom to the top of the page number

    TextStyle issuer;         ///< the red issuing office of the official header
    TextStyle documentNumber; ///< 发文字号 under it
    TextStyle title;
    TextStyle heading1;
    TextStyle heading2;
    TextStyle body;
    TextStyle table;
    TextStyle tableHeader;
    TextStyle field;   ///< labels of ruled blank fields
    TextStyle imprint; ///< the 版记 (copies, issuing office, date issued)
    TextStyle footerText;

    qreal blockSpacingMm = 0; ///< between consecutive blocks
    qreal titleSpacingMm = 0; ///< below the title
    qreal headerTopMm = 25;   ///< official header: text block top to the issuer
    qreal numberGapMm = 12;   ///< issuer to document number
    qreal redRuleGapMm = 4;   ///< document number to the red rule
    qreal redRuleWidthMm = 0.5;
    qreal afterHeaderMm = 12;                 ///< red rule to the first block
    QColor accent = QColor(0xE6, 0x00, 0x12); ///< the red of the official header
    qreal ruleWidthPt = 0.6;                  ///< table borders and ruled lines
    qreal cellPaddingMm = 1.5;
    qreal fieldPitchMm = 10;         ///< distance between the ruled lines of a blank field
    qreal closingIndentEm = 4;       ///< the date of the closing block stands this many characters from the right
    qreal imprintThickRuleMm = 0.35; ///< the first and last rule of the 版记
    qreal imprintThinRuleMm = 0.25;  ///< the rules between its lines
    qreal signatureRoomMm = 30;      ///< the least blank a field of a FieldRowBlock leaves to write or sign on

    /// GB/T 9704: A4 portrait, margins top 37 mm, left 28 mm, text block 156 × 225 mm, body 16 pt (三号)
    /// serif on a 22-line grid, title 22 pt (二号), page numbers "— 1 —" 14 pt (四号).
    static PageStyle official();
    /// A form or ledger: A4, margins 20 mm, body 12 pt (小四), tables 10.5 pt (五号), "Page 1 of N" 9 pt.
    static PageStyle sheet(QPageLayout::Orientation orientation = QPageLayout::Portrait);

    /// The device page: A4 in the orientation, no device margins (the text block is placed by marginsMm).
    QPageLayout pageLayout() const;
    /// The footer text of a page (1-based) of `pageCount`.
    QString footerLabel(int page, int pageCount) const;
};

} // namespace branddesk
