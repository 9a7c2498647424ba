// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

namespace branddesk {

/// The blocks a PrintDocument is made of, in reading order. Plain data: build them with PrintDocument's add…().

/// The document's title, centred. A title longer than a line breaks into even lines, never inside a piece of
/// `keepTogether` (a date, a period) nor inside a quotation that fits on a line (see TitleLines).
struct TitleBlock {
    QString text;
    QStringList keepTogether;
};

/// A heading: level 1 ("一、…", Hei in official documents) or 2 ("（一）…").
struct HeadingBlock {
    QString text;
    int level = 1;
};

/// Body text. With `indent` the first line is indented by two characters, as Chinese prose is; `lead`, when
/// given, starts the paragraph in the heading face ("一是…。" followed by the text).
struct ParagraphBlock {
    QString text;
    QString lead;
    Qt::Alignment alignment = Qt::AlignJustify;
    bool indent = true;
};

/// One column of a table: its share of the table's width and how its cells align.
struct DocumentColumn {
    qreal width = 1;
    Qt::Alignment alignment = Qt::AlignLeft;
};

/// One cell. A cell spans columns in any row; it spans rows only among the header rows. "\n" breaks a line.
struct DocumentCell {
    QString text;
    int columnSpan = 1;
    int rowSpan = 1;
    Qt::Alignment alignment = {}; ///< horizontal; empty: the column's (header cells: centred)

    DocumentCell() = default;
    DocumentCell(const QString& cellText) // implicit: rows read as lists of strings
        : text(cellText)
    {}
};

/// One row of a table; a `bold` row (a total, a group's name) prints in bold.
struct DocumentRow {
    QList<DocumentCell> cells;
    bool bold = false;
};

/// A ruled table across the text block. The header rows print again at the top of every page the table
/// continues on; a row that does not fit moves to the next page whole, unless it is taller than a page.
struct DocumentTable {
    QList<DocumentColumn> columns;
    QList<DocumentRow> headerRows;
    QList<DocumentRow> rows;
    /// The least height of a body row: room to write in a blank form (0: as high as its text).
    qreal writingRoomMm = 0;
    /// A form that must fit its page: the writing room shrinks (down to the text's own height) until the table
    /// and the blocks after it, up to the next page break (a note, the signature line), fit on the page.
    bool fitPage = false;

    /// Appends a header row of plain cells.
    DocumentTable& addHeaderRow(const QStringList& cells, bool bold = false);
    /// Appends a body row of plain cells.
    DocumentTable& addRow(const QStringList& cells, bool bold = false);
};

/// A label followed by `lines` empty ruled lines for handwriting (督查意见, 整改要求). The label stands on the
/// first line; the field is kept on one page when it fits.
struct RuledFieldBlock {
    QString label;
    int lines = 1;
};

/// Short fields side by side on one ruled line: "签名：______  日期：______".
struct FieldRowBlock {
    QStringList labels;
};

/// The next block starts on a new page ("each department starts on a new page").
struct PageBreakBlock {};

/// Vertical space.
struct SpacingBlock {
    qreal millimetres = 0;
};

/// The issuer and the date at the end, towards the right: the last line (the date) stands closingIndentEm
/// characters from the right edge, the lines above are centred over it (GB/T 9704's 发文机关署名 and 成文日期).
struct ClosingBlock {
    QStringList lines;
};

/// GB/T 9704's 版记 at the foot of the last page: the copies (抄送：…, turned lines aligned after the colon)
/// between a thick and a thin rule, then the issuing office on the left and the date issued on the right, closed
/// by a thick rule. Each line stands one character in from the text block's edges.
struct ImprintBlock {
    QString copyTo;  ///< "抄送：市委办公室，市政府办公室。"; empty: no copies line
    QString printer; ///< 印发机关
    QString printed; ///< "2009年6月1日印发"
};

using DocumentBlock = std::variant<TitleBlock, HeadingBlock, ParagraphBlock, DocumentTable, RuledFieldBlock,
                                   FieldRowBlock, PageBreakBlock, SpacingBlock, ClosingBlock, ImprintBlock>;

} // namespace branddesk
