// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/printdocument.h"

#include <utility>

namespace branddesk {
namespace {

DocumentRow plainRow(const QStringList& cells, bool bold)
{
    DocumentRow row;
    row.bold = bold;
    for (const QString& cell : cells)
        row.cells.append(DocumentCell(cell));
    return row;
}

} // namespace

DocumentTable& DocumentTable::addHeaderRow(const QStringList& cells, bool bold)
{
    headerRows.append(plainRow(cells, bold));
    return *this;
}

DocumentTable& DocumentTable::addRow(const QStringList& cells, bool bold)
{
    rows.append(plainRow(cells, bold));
    return *this;
}

PrintDocument::PrintDocument(PageStyle style)
    : m_style(std::move(style))
{}

void PrintDocument::setOfficialHeader(const QString& issuer, const QString& documentNumber)
{
    m_issuer = issuer;
    m_documentNumber = documentNumber;
}

QString PrintDocument::name() const
{
    if (!m_name.isEmpty())
        return m_name;
    for (const DocumentBlock& block : m_blocks) {
        if (const auto* title = std::get_if<TitleBlock>(&block))
            return title->text;
    }
    return {};
}

PrintDocument& PrintDocument::addTitle(const QString& text, const QStringList& keepTogether)
{
    return add(TitleBlock{text, keepTogether});
}

PrintDocument& PrintDocument::addHeading(const QString& text, int level)
{
    return add(HeadingBlock{text, level});
}

PrintDocument& PrintDocument::addParagraph(const QString& text, const QString& lead)
{
    ParagraphBlock paragraph;
    paragraph.text = text;
    paragraph.lead = lead;
    return add(paragraph);
}

PrintDocument& PrintDocument::addLine(const QString& text, Qt::Alignment alignment)
{
    ParagraphBlock paragraph;
    paragraph.text = text;
    paragraph.alignment = alignment;
    paragraph.indent = false;
    return add(paragraph);
}

PrintDocument& PrintDocument::addParagraph(const ParagraphBlock& paragraph)
{
    return add(paragraph);
}

PrintDocument& PrintDocument::addTable(const DocumentTable& table)
{
    return add(table);
}

PrintDocument& PrintDocument::addRuledField(const QString& label, int lines)
{
    return add(RuledFieldBlock{label, lines});
}

PrintDocument& PrintDocument::addFieldRow(const QStringList& labels)
{
    return add(FieldRowBlock{labels});
}

PrintDocument& PrintDocument::addPageBreak()
{
    return add(PageBreakBlock{});
}

PrintDocument& PrintDocument::addSpacing(qreal millimetres)
{
    return add(SpacingBlock{millimetres});
}

PrintDocument& PrintDocument::addClosing(const QStringList& lines)
{
    return add(ClosingBlock{lines});
}

PrintDocument& PrintDocument::addImprint(const ImprintBlock& imprint)
{
    return add(imprint);
}

PrintDocument& PrintDocument::add(const DocumentBlock& block)
{
    m_blocks.append(block);
    return *this;
}

} // namespace branddesk
