// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/docxtable.h"

#include "core/documents/columnfit.h"
#include "core/documents/docxstyles.h"
#include "core/documents/docxxml.h"
#include "core/documents/tablegrid.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace branddesk {
namespace {

QString alignmentValue(Qt::Alignment alignment)
{
    if (alignment & Qt::AlignHCenter)
        return QStringLiteral("center");
    if (alignment & Qt::AlignRight)
        return QStringLiteral("right");
    return QStringLiteral("left");
}

/// One place of a row: a cell that starts there, or the continuation of a header cell from a row above.
struct Slot {
    TableGrid::Place place;
    bool continuation = false;
};

class TableWriter {
public:
    TableWriter(DocxXml& xml, const DocumentTable& table, const PageStyle& style, qreal width, qreal pageHeight,
                qreal rowHeight)
        : m_xml(xml)
        , m_style(style)
        , m_pageHeight(pageHeight)
        , m_rowHeight(rowHeight)
    {
        const QList<DocumentColumn> columns = TableGrid::columns(table);
        // The same fit as the PDF's, on estimated widths: Word has the fonts, not BrandDesk.
        const ColumnFit::Measure measure = [&style](const QString& text, bool header, bool /*bold*/) {
            qreal widest = 0;
            for (const QString& line : text.split(QLatin1Char('\n')))
                widest = std::max(widest, DocxStyles::estimatedWidth(line, header ? style.tableHeader : style.table));
            return widest;
        };
        const QList<qreal> widths =
            ColumnFit::widths(table, width, m_style.cellPaddingMm * DocxXml::kPointsPerMm, measure);
        const qint64 tableTwips = DocxXml::twipsFromPt(width);
        qint64 used = 0;
        for (int i = 0; i < columns.size(); ++i) {
            const qint64 twips = i + 1 < columns.size() ? DocxXml::twipsFromPt(widths.at(i)) : tableTwips - used;
            m_widths.append(twips);
            m_alignments.append(columns.at(i).alignment & Qt::AlignHorizontal_Mask);
            used += twips;
        }
    }

    void write(const DocumentTable& table)
    {
        m_xml.start("w:tbl");
        properties();
        m_xml.start("w:tblGrid");
        for (qint64 twips : m_widths)
            m_xml.element("w:gridCol", {{"w:w", QString::number(twips)}});
        m_xml.end();
        rows(table.headerRows, true);
        rows(table.rows, false);
        m_xml.end();
    }

private:
    void properties()
    {
        const qint64 total = std::accumulate(m_widths.begin(), m_widths.end(), qint64(0));
        const QString rule = QString::number(std::clamp<qint64>(qRound(m_style.ruleWidthPt * 8), 2, 96));
        const QString padding = QString::number(DocxXml::twipsFromMm(m_style.cellPaddingMm));
        m_xml.start("w:tblPr");
        m_xml.element("w:tblW", {{"w:w", QString::number(total)}, {"w:type", QStringLiteral("dxa")}});
        m_xml.element("w:tblInd", {{"w:w", QStringLiteral("0")}, {"w:type", QStringLiteral("dxa")}});
        m_xml.start("w:tblBorders");
        for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"})
            m_xml.element(side, {{"w:val", QStringLiteral("single")},
                                 {"w:sz", rule},
                                 {"w:space", QStringLiteral("0")},
                                 {"w:color", QStringLiteral("000000")}});
        m_xml.end();
        m_xml.element("w:tblLayout", {{"w:type", QStringLiteral("fixed")}});
        m_xml.start("w:tblCellMar");
        for (const char* side : {"w:top", "w:left", "w:bottom", "w:right"})
            m_xml.element(side, {{"w:w", padding}, {"w:type", QStringLiteral("dxa")}});
        m_xml.end();
        m_xml.end();
    }

    void rows(const QList<DocumentRow>& rows, bool header)
    {
        const QList<TableGrid::Place> places = TableGrid::place(rows, int(m_widths.size()), header);
        for (int r = 0; r < rows.size(); ++r) {
            QList<Slot> cells;
            for (const TableGrid::Place& place : places) {
                if (place.row == r)
                    cells.append(Slot{place, false});
                else if (place.row < r && r < place.row + place.rowSpan)
                    cells.append(Slot{place, true});
            }
            std::sort(cells.begin(), cells.end(),
                      [](const Slot& a, const Slot& b) { return a.place.column < b.place.column; });
            m_xml.start("w:tr");
            m_xml.start("w:trPr");
            if (fitsOnPage(cells, header))
                m_xml.element("w:cantSplit");
            if (header)
                m_xml.element("w:tblHeader");
            else if (m_rowHeight > 0)
                m_xml.element("w:trHeight", {{"w:val", QString::number(DocxXml::twipsFromPt(m_rowHeight))},
                                             {"w:hRule", QStringLiteral("atLeast")}});
            m_xml.end();
            for (const Slot& slot : cells)
                cell(slot, rows.at(slot.place.row), header);
            m_xml.end();
        }
    }

    /// Whether the row's tallest cell, estimated from its text, fits on a page with room to spare.
    bool fitsOnPage(const QList<Slot>& cells, bool header) const
    {
        const TextStyle& text = header ? m_style.tableHeader : m_style.table;
        const qreal padding = m_style.cellPaddingMm * DocxXml::kPointsPerMm;
        qreal tallest = 0;
        for (const Slot& slot : cells) {
            if (slot.continuation || !slot.place.source)
                continue;
            qreal width = -2 * padding;
            for (int c = slot.place.column; c < slot.place.column + slot.place.columnSpan; ++c)
                width += m_widths.at(c) / 20.0;
            qreal lines = 0;
            for (const QString& line : slot.place.source->text.split(QLatin1Char('\n')))
                lines +=
                    std::max<qreal>(1, std::ceil(DocxStyles::estimatedWidth(line, text) / std::max<qreal>(width, 1)));
            tallest = std::max(tallest, lines * text.pitch() + 2 * padding);
        }
        return tallest < m_pageHeight * 0.8;
    }

    void cell(const Slot& slot, const DocumentRow& row, bool header)
    {
        const TableGrid::Place& place = slot.place;
        qint64 width = 0;
        for (int c = place.column; c < place.column + place.columnSpan; ++c)
            width += m_widths.at(c);
        m_xml.start("w:tc");
        m_xml.start("w:tcPr");
        m_xml.element("w:tcW", {{"w:w", QString::number(width)}, {"w:type", QStringLiteral("dxa")}});
        if (place.columnSpan > 1)
            m_xml.value("w:gridSpan", place.columnSpan);
        if (slot.continuation)
            m_xml.element("w:vMerge");
        else if (place.rowSpan > 1)
            m_xml.value("w:vMerge", QStringLiteral("restart"));
        m_xml.value("w:vAlign", QStringLiteral("center"));
        m_xml.end();

        TextStyle text = header ? m_style.tableHeader : m_style.table;
        text.bold = text.bold || row.bold;
        Qt::Alignment alignment = place.source ? place.source->alignment & Qt::AlignHorizontal_Mask : Qt::Alignment();
        if (!alignment)
            alignment = header ? Qt::AlignHCenter : m_alignments.at(place.column);
        m_xml.start("w:p").start("w:pPr");
        m_xml.value("w:overflowPunct", QStringLiteral("1")); // see DocxBody::open()
        m_xml.element("w:spacing", {{"w:line", QString::number(DocxXml::twipsFromPt(text.pitch()))},
                                    {"w:lineRule", QStringLiteral("exact")}});
        m_xml.value("w:jc", alignmentValue(alignment));
        m_xml.end();
        const QString content = slot.continuation || !place.source ? QString() : place.source->text;
        m_xml.start("w:r");
        DocxStyles::runProperties(m_xml, text, DocxStyles::faceOf(text));
        m_xml.runText(content);
        m_xml.end();
        m_xml.end().end(); // p, tc
    }

    DocxXml& m_xml;
    const PageStyle& m_style;
    qreal m_pageHeight = 0;
    qreal m_rowHeight = 0;
    QList<qint64> m_widths;
    QList<Qt::Alignment> m_alignments;
};

} // namespace

void DocxTable::write(DocxXml& xml, const DocumentTable& table, const PageStyle& style, qreal width, qreal pageHeight,
                      qreal rowHeight)
{
    TableWriter(xml, table, style, width, pageHeight, rowHeight).write(table);
}

} // namespace branddesk
