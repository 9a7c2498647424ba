// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/tablelayouter.h"

#include "core/documents/columnfit.h"
#include "core/documents/pageflow.h"
#include "core/documents/pagestyle.h"
#include "core/documents/tablegrid.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace branddesk {

TableLayouter::TableLayouter(PageFlow& flow, const DocumentTable& table)
    : m_flow(flow)
    , m_padding(flow.mm(flow.style().cellPaddingMm))
{
    const QList<DocumentColumn> columns = TableGrid::columns(table);
    const PageStyle& style = flow.style();
    const ColumnFit::Measure measure = [&flow, &style](const QString& text, bool header, bool bold) {
        TextStyle textStyle = header ? style.tableHeader : style.table;
        textStyle.bold = textStyle.bold || bold;
        const QFontMetricsF metrics(flow.font(textStyle), flow.device());
        qreal widest = 0;
        for (const QString& line : text.split(QLatin1Char('\n')))
            widest = std::max(widest, metrics.horizontalAdvance(line));
        return widest;
    };
    const QList<qreal> widths = ColumnFit::widths(table, flow.width(), m_padding, measure);
    qreal x = flow.left();
    m_columnX.append(x);
    for (int i = 0; i < columns.size(); ++i) {
        m_columnAlignments.append(columns.at(i).alignment & Qt::AlignHorizontal_Mask);
        x += widths.at(i);
        m_columnX.append(x);
    }
    m_columnX.last() = flow.left() + flow.width();

    m_header = buildCells(table.headerRows, true, m_headerHeights);
    m_headerHeight = std::accumulate(m_headerHeights.begin(), m_headerHeights.end(), 0.0);
    m_body = buildCells(table.rows, false, m_bodyHeights);
    m_naturalHeights = m_bodyHeights;
    m_rowCells.fill(QList<int>(), table.rows.size());
    for (int i = 0; i < m_body.size(); ++i)
        m_rowCells[m_body.at(i).row].append(i);
}

QList<TableLayouter::Cell> TableLayouter::buildCells(const QList<DocumentRow>& rows, bool header,
                                                     QList<qreal>& heights) const
{
    const PageStyle& style = m_flow.style();
    const int columnCount = static_cast<int>(m_columnX.size()) - 1;
    const int rowCount = static_cast<int>(rows.size());

    heights.fill(0, rowCount);
    QList<Cell> cells;
    for (const TableGrid::Place& place : TableGrid::place(rows, columnCount, header)) {
        Cell cell{place.row, place.column, place.rowSpan, place.columnSpan, TextBox()};
        TextStyle textStyle = header ? style.tableHeader : style.table;
        textStyle.bold = textStyle.bold || rows.at(cell.row).bold;
        Qt::Alignment alignment = place.source ? place.source->alignment & Qt::AlignHorizontal_Mask : Qt::Alignment();
        if (!alignment)
            alignment = header ? Qt::AlignHCenter : m_columnAlignments.at(cell.column);
        if (!alignment)
            alignment = Qt::AlignLeft;
        const qreal width = m_columnX.at(cell.column + cell.columnSpan) - m_columnX.at(cell.column) - 2 * m_padding;
        TextBox::Options options;
        options.alignment = alignment;
        options.balanced = true;
        cell.text = m_flow.text(place.source ? place.source->text : QString(), textStyle, width, options);
        const qreal minimum = m_flow.pt(textStyle.pitch()) + 2 * m_padding;
        for (int r = cell.row; r < cell.row + cell.rowSpan; ++r)
            heights[r] = std::max(heights[r], minimum);
        if (cell.rowSpan == 1)
            heights[cell.row] = std::max(heights[cell.row], cell.text.height() + 2 * m_padding);
        cells.append(cell);
    }
    // A cell spanning rows that needs more room than its rows give grows the last of them.
    for (const Cell& cell : cells) {
        if (cell.rowSpan < 2)
            continue;
        const qreal given = std::accumulate(heights.begin() + cell.row, heights.begin() + cell.row + cell.rowSpan, 0.0);
        const qreal needed = cell.text.height() + 2 * m_padding;
        if (needed > given)
            heights[cell.row + cell.rowSpan - 1] += needed - given;
    }
    return cells;
}

qreal TableLayouter::leadHeight() const
{
    const qreal page = m_flow.textBlock().height();
    qreal first = 0;
    if (!m_rowCells.isEmpty()) {
        first = m_bodyHeights.first();
        // A first row taller than a page is split anyway: a line of it is enough to start the table.
        if (m_headerHeight + first > page) {
            first = 0;
            for (int index : m_rowCells.first())
                first = std::max(first, m_body.at(index).text.pitch() + 2 * m_padding);
        }
    }
    return std::min(m_headerHeight + first, page);
}

qreal TableLayouter::height(qreal rowHeight) const
{
    return std::accumulate(m_naturalHeights.begin(), m_naturalHeights.end(), m_headerHeight,
                           [rowHeight](qreal sum, qreal row) { return sum + std::max(row, rowHeight); });
}

void TableLayouter::setMinimumRowHeight(qreal rowHeight)
{
    for (int i = 0; i < m_bodyHeights.size(); ++i)
        m_bodyHeights[i] = std::max(m_naturalHeights.at(i), rowHeight);
}

void TableLayouter::place()
{
    m_flow.ensure(leadHeight());
    drawHeader();
    for (int row = 0; row < m_rowCells.size(); ++row)
        placeRow(row);
}

void TableLayouter::drawCell(const Cell& cell, qreal top, qreal height, int firstLine, int lineCount, bool centred)
{
    const qreal left = m_columnX.at(cell.column);
    const qreal right = m_columnX.at(cell.column + cell.columnSpan);
    const qreal bottom = top + height;
    const PageStyle& style = m_flow.style();
    const qreal width = m_flow.pt(style.ruleWidthPt);
    const QColor black(Qt::black);
    m_flow.rule(QLineF(left, top, right, top), width, black);
    m_flow.rule(QLineF(left, bottom, right, bottom), width, black);
    m_flow.rule(QLineF(left, top, left, bottom), width, black);
    m_flow.rule(QLineF(right, top, right, bottom), width, black);

    const qreal textTop = centred ? top + (height - lineCount * cell.text.pitch()) / 2 : top + m_padding;
    for (int i = 0; i < lineCount; ++i) {
        m_flow.drawLine(cell.text, firstLine + i, QPointF(left + m_padding, textTop + i * cell.text.pitch()),
                        Qt::black);
    }
}

void TableLayouter::drawHeader()
{
    if (m_header.isEmpty())
        return;
    const qreal top = m_flow.y();
    for (const Cell& cell : m_header) {
        const qreal cellTop = top + std::accumulate(m_headerHeights.begin(), m_headerHeights.begin() + cell.row, 0.0);
        const qreal height =
            std::accumulate(m_headerHeights.begin() + cell.row, m_headerHeights.begin() + cell.row + cell.rowSpan, 0.0);
        drawCell(cell, cellTop, height, 0, cell.text.lineCount(), true);
    }
    m_flow.advance(m_headerHeight);
}

void TableLayouter::continueOnNewPage()
{
    m_flow.newPage();
    drawHeader();
    m_rowsOnPage = 0;
}

void TableLayouter::placeRow(int row)
{
    const qreal height = m_bodyHeights.at(row);
    if (height > m_flow.remaining() + 0.5) {
        if (m_rowsOnPage == 0 || m_headerHeight + height > m_flow.textBlock().height()) {
            splitRow(row);
            return;
        }
        continueOnNewPage();
    }
    const qreal top = m_flow.y();
    for (int index : m_rowCells.at(row)) {
        const Cell& cell = m_body.at(index);
        drawCell(cell, top, height, 0, cell.text.lineCount(), true);
    }
    m_flow.advance(height);
    ++m_rowsOnPage;
}

void TableLayouter::splitRow(int row)
{
    const QList<int>& indices = m_rowCells.at(row);
    QList<int> next(indices.size(), 0);
    for (;;) {
        const qreal room = m_flow.remaining() - 2 * m_padding;
        // Below the header of a page, show at least a line of every cell even where the header leaves no
        // room, so that the table always ends.
        const bool force = m_rowsOnPage == 0;
        QList<int> take(indices.size(), 0);
        bool done = true;
        bool any = false;
        qreal used = 0;
        for (int i = 0; i < indices.size(); ++i) {
            const TextBox& text = m_body.at(indices.at(i)).text;
            const int left = text.lineCount() - next.at(i);
            int fits = static_cast<int>(std::floor((room + 0.5) / text.pitch()));
            if (force)
                fits = std::max(fits, 1);
            take[i] = std::clamp(fits, 0, left);
            done = done && take.at(i) == left;
            any = any || take.at(i) > 0;
            used = std::max(used, take.at(i) * text.pitch());
        }
        if (!any && !done) {
            continueOnNewPage();
            continue;
        }
        // A part that goes on fills its page, so that the cells' rules reach the foot of the text block.
        const qreal height = done ? used + 2 * m_padding : std::max(m_flow.remaining(), used + 2 * m_padding);
        const qreal top = m_flow.y();
        for (int i = 0; i < indices.size(); ++i)
            drawCell(m_body.at(indices.at(i)), top, height, next.at(i), take.at(i), false);
        m_flow.advance(height);
        ++m_rowsOnPage;
        for (int i = 0; i < indices.size(); ++i)
            next[i] += take.at(i);
        if (done)
            return;
        continueOnNewPage();
    }
}

} // namespace branddesk
