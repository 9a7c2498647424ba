// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/documentblocks.h"
#include "core/documents/textbox.h"

#include <QList>

namespace branddesk {

class PageFlow;

/// Lays a DocumentTable out into a PageFlow: columns by their width ratios across the text block, every cell
/// ruled, the header rows repeated at the top of each page the table continues on. A body row that does not
/// fit moves to the next page whole; a row taller than a page is split between its lines.
class TableLayouter {
public:
    TableLayouter(PageFlow& flow, const DocumentTable& table);

    /// The height the table needs on its first page: the header rows and the first body row (at most a page).
    qreal leadHeight() const;
    /// The height of the whole table on one page, with body rows at least `rowHeight` high.
    qreal height(qreal rowHeight) const;
    /// Makes every body row at least `rowHeight` high (room to write).
    void setMinimumRowHeight(qreal rowHeight);
    /// Places the table from the flow's cursor on.
    void place();

private:
    struct Cell {
        int row = 0;
        int column = 0;
        int rowSpan = 1;
        int columnSpan = 1;
        TextBox text;
    };

    QList<Cell> buildCells(const QList<DocumentRow>& rows, bool header, QList<qreal>& heights) const;
    void drawCell(const Cell& cell, qreal top, qreal height, int firstLine, int lineCount, bool centred);
    void drawHeader();
    void continueOnNewPage();
    void placeRow(int row);
    void splitRow(int row);

    PageFlow& m_flow;
    qreal m_padding = 0;
    QList<qreal> m_columnX; ///< left edge of each column and the table's right edge
    QList<Qt::Alignment> m_columnAlignments;
    QList<Cell> m_header;
    QList<qreal> m_headerHeights;
    qreal m_headerHeight = 0;
    QList<Cell> m_body;
    QList<qreal> m_bodyHeights;
    QList<qreal> m_naturalHeights; ///< the body rows as high as their text
    QList<QList<int>> m_rowCells;  ///< indices into m_body, per body row
    int m_rowsOnPage = 0;
};

} // namespace branddesk
