// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/docxbody.h"

#include "core/documents/docxpagesetup.h"
#include "core/documents/docxtable.h"
#include "core/documents/docxxml.h"

#include <algorithm>
#include <cmath>

namespace branddesk {

struct DocxBody::Paragraph {
    const char* styleId = nullptr;
    Qt::Alignment alignment = Qt::AlignLeft;
    qreal pitch = 0; ///< exact line height, points
    qreal beforeMm = 0;
    qreal afterMm = 0;
    qreal firstLinePt = 0;
    qreal leftPt = 0;
    qreal rightPt = 0;
    bool keepNext = false;
    bool keepLines = false;
    QList<std::pair<qreal, const char*>> tabs; ///< stops: position in points, kind (left, right)
    QColor rule;                               ///< a rule under the paragraph (the red rule of the header)
    qreal ruleWidthMm = 0;
    qreal ruleGapMm = 0;
};

namespace {

QString number(qint64 value)
{
    return QString::number(value);
}

QString justification(Qt::Alignment alignment)
{
    if (alignment & Qt::AlignJustify)
        return QStringLiteral("both");
    if (alignment & Qt::AlignHCenter)
        return QStringLiteral("center");
    if (alignment & Qt::AlignRight)
        return QStringLiteral("right");
    return QStringLiteral("left");
}

bool printsMoreAfter(const QList<DocumentBlock>& blocks, int index)
{
    return std::any_of(blocks.begin() + index + 1, blocks.end(), [](const DocumentBlock& block) {
        return !std::holds_alternative<PageBreakBlock>(block) && !std::holds_alternative<SpacingBlock>(block);
    });
}

} // namespace

DocxBody::DocxBody(DocxXml& xml, const PrintDocument& document)
    : m_xml(xml)
    , m_document(document)
    , m_style(document.style())
    , m_width(DocxPageSetup::textWidth(document.style()))
{}

void DocxBody::write(const Footers& footers, bool last)
{
    officialHeader();
    const QList<DocumentBlock>& blocks = m_document.blocks();
    for (m_index = 0; m_index < blocks.size(); ++m_index)
        write(blocks.at(m_index), m_index);
    if (last) {
        // The body ends in a paragraph, never in a table (Word asks for one there), and is never empty.
        if (m_endsInTable || (blocks.isEmpty() && m_document.issuer().isEmpty()))
            spacer(0, false);
        DocxPageSetup::sectionProperties(m_xml, m_style, footers.footerId, footers.evenFooterId);
        return;
    }
    // The section ends in a paragraph one point high holding its properties.
    m_pendingMm = 0;
    m_breakPending = false;
    m_xml.start("w:p").start("w:pPr");
    m_xml.element("w:spacing", {{"w:line", number(20)}, {"w:lineRule", QStringLiteral("exact")}});
    DocxPageSetup::sectionProperties(m_xml, m_style, footers.footerId, footers.evenFooterId);
    m_xml.end().end();
}

void DocxBody::officialHeader()
{
    if (m_document.issuer().isEmpty())
        return;
    // The issuer on one line: a long name is set smaller rather than broken, as in the PDF.
    TextStyle issuer = m_style.issuer;
    const qreal natural = DocxStyles::estimatedWidth(m_document.issuer(), issuer);
    if (natural > m_width)
        issuer.pointSize = std::floor(issuer.pointSize * m_width / natural * 2 * 0.98) / 2;
    const bool numbered = !m_document.documentNumber().isEmpty();

    Paragraph top;
    top.alignment = Qt::AlignHCenter;
    top.pitch = issuer.pitch();
    top.beforeMm = m_style.headerTopMm;
    top.keepNext = true;
    if (!numbered) {
        top.rule = m_style.accent;
        top.ruleWidthMm = m_style.redRuleWidthMm;
        top.ruleGapMm = m_style.redRuleGapMm;
    }
    open(top);
    run(m_document.issuer(), issuer, DocxStyles::faceOf(issuer, true));
    m_xml.end();

    if (numbered) {
        Paragraph line;
        line.alignment = Qt::AlignHCenter;
        line.pitch = m_style.documentNumber.pitch();
        line.beforeMm = m_style.numberGapMm;
        line.keepNext = true;
        line.rule = m_style.accent;
        line.ruleWidthMm = m_style.redRuleWidthMm;
        line.ruleGapMm = m_style.redRuleGapMm;
        open(line);
        run(m_document.documentNumber(), m_style.documentNumber, DocxStyles::faceOf(m_style.documentNumber));
        m_xml.end();
    }
    m_pendingMm = m_style.afterHeaderMm;
}

void DocxBody::write(const DocumentBlock& block, int index)
{
    if (std::holds_alternative<PageBreakBlock>(block)) {
        m_breakPending = m_breakPending || printsMoreAfter(m_document.blocks(), index);
        return;
    }
    if (const auto* spacing = std::get_if<SpacingBlock>(&block)) {
        m_pendingMm += spacing->millimetres;
        return;
    }
    std::visit(
        [this](const auto& content) {
            using T = std::decay_t<decltype(content)>;
            if constexpr (!std::is_same_v<T, PageBreakBlock> && !std::is_same_v<T, SpacingBlock>)
                write(content);
        },
        block);
}

void DocxBody::write(const TitleBlock& title)
{
    Paragraph paragraph;
    paragraph.styleId = "Title";
    paragraph.alignment = Qt::AlignHCenter;
    paragraph.pitch = m_style.title.pitch();
    paragraph.beforeMm = m_style.blockSpacingMm;
    paragraph.afterMm = m_style.titleSpacingMm;
    paragraph.keepNext = true;
    paragraph.keepLines = true;
    open(paragraph);
    run(title.text, m_style.title, DocxStyles::faceOf(m_style.title, true));
    m_xml.end();
}

void DocxBody::write(const HeadingBlock& heading)
{
    const bool first = heading.level <= 1;
    const TextStyle& text = first ? m_style.heading1 : m_style.heading2;
    Paragraph paragraph;
    paragraph.styleId = first ? "Heading1" : "Heading2";
    paragraph.pitch = text.pitch();
    paragraph.beforeMm = m_style.blockSpacingMm;
    paragraph.keepNext = true;
    paragraph.keepLines = true;
    open(paragraph);
    run(heading.text, text, DocxStyles::faceOf(text, false, !first));
    m_xml.end();
}

void DocxBody::write(const ParagraphBlock& block)
{
    Paragraph paragraph;
    paragraph.alignment = block.alignment;
    paragraph.pitch = m_style.body.pitch();
    paragraph.beforeMm = m_style.blockSpacingMm;
    if (block.indent)
        paragraph.firstLinePt = 2 * m_style.body.pointSize;
    open(paragraph);
    if (!block.lead.isEmpty()) {
        // The lead in the heading face at the body's size, as "一是……。" opens a paragraph in Hei.
        TextStyle lead = m_style.body;
        lead.typeface = m_style.heading1.typeface;
        lead.bold = m_style.heading1.bold;
        run(block.lead, lead, DocxStyles::faceOf(lead));
    }
    run(block.text, m_style.body, DocxStyles::faceOf(m_style.body));
    m_xml.end();
}

void DocxBody::write(const DocumentTable& table)
{
    const qreal spacing = std::max(m_style.blockSpacingMm, 2.0);
    // The space above is a paragraph of its own, which also keeps two tables in a row from merging into one.
    spacer(spacing, true);
    DocxTable::write(m_xml, table, m_style, m_width, DocxPageSetup::textHeight(m_style));
    m_endsInTable = true;
    m_pendingMm += spacing;
}

void DocxBody::write(const RuledFieldBlock& field)
{
    // The label, then blank lines to write on: underlined tabs to the right edge, which stay a field a user can
    // type into in Word or WPS.
    const int lines = std::max(field.lines, 1);
    for (int i = 0; i < lines; ++i) {
        Paragraph paragraph;
        paragraph.pitch = m_style.fieldPitchMm * DocxXml::kPointsPerMm;
        paragraph.beforeMm = i == 0 ? m_style.blockSpacingMm : 0;
        paragraph.keepNext = i + 1 < lines;
        paragraph.keepLines = true;
        paragraph.tabs = {{m_width, "right"}};
        open(paragraph);
        if (i == 0 && !field.label.isEmpty())
            run(field.label + QLatin1Char(' '), m_style.field, DocxStyles::faceOf(m_style.field));
        run(QStringLiteral("\t"), m_style.field, DocxStyles::faceOf(m_style.field), true);
        m_xml.end();
    }
}

void DocxBody::write(const FieldRowBlock& fields)
{
    if (fields.labels.isEmpty())
        return;
    // Each label with its blank in an equal share of the line; 6 mm between one blank and the next label.
    const qreal segment = m_width / fields.labels.size();
    Paragraph paragraph;
    paragraph.pitch = m_style.fieldPitchMm * DocxXml::kPointsPerMm;
    paragraph.beforeMm = m_style.blockSpacingMm;
    for (int i = 0; i < fields.labels.size(); ++i) {
        const bool lastField = i + 1 == fields.labels.size();
        if (lastField) {
            paragraph.tabs.append({m_width, "right"});
        } else {
            paragraph.tabs.append({(i + 1) * segment - 6 * DocxXml::kPointsPerMm, "left"});
            paragraph.tabs.append({(i + 1) * segment, "left"});
        }
    }
    open(paragraph);
    const DocxFace face = DocxStyles::faceOf(m_style.field);
    for (int i = 0; i < fields.labels.size(); ++i) {
        run(fields.labels.at(i), m_style.field, face);
        run(QStringLiteral("\t"), m_style.field, face, true);
        if (i + 1 < fields.labels.size())
            run(QStringLiteral("\t"), m_style.field, face);
    }
    m_xml.end();
}

void DocxBody::write(const ClosingBlock& closing)
{
    if (closing.lines.isEmpty())
        return;
    // The date stands closingIndentEm characters from the right; the lines above are centred over it.
    qreal widest = 0;
    for (const QString& line : closing.lines)
        widest = std::max(widest, DocxStyles::estimatedWidth(line, m_style.body));
    widest = std::min(widest, m_width);
    const qreal date = DocxStyles::estimatedWidth(closing.lines.last(), m_style.body);
    const qreal centre = std::clamp(m_width - m_style.closingIndentEm * m_style.body.pointSize - date / 2, widest / 2,
                                    m_width - widest / 2);
    m_pendingMm += m_style.body.pitch() / DocxXml::kPointsPerMm;
    for (int i = 0; i < closing.lines.size(); ++i) {
        Paragraph paragraph;
        paragraph.alignment = Qt::AlignHCenter;
        paragraph.pitch = m_style.body.pitch();
        paragraph.leftPt = std::max<qreal>(0, centre - widest / 2 - m_style.body.pointSize);
        paragraph.rightPt = std::max<qreal>(0, m_width - centre - widest / 2 - m_style.body.pointSize);
        paragraph.keepNext = i + 1 < closing.lines.size();
        paragraph.keepLines = true;
        open(paragraph);
        run(closing.lines.at(i), m_style.body, DocxStyles::faceOf(m_style.body));
        m_xml.end();
    }
}

void DocxBody::open(const Paragraph& p)
{
    m_xml.start("w:p");
    m_xml.start("w:pPr");
    if (p.styleId)
        m_xml.value("w:pStyle", QString::fromLatin1(p.styleId));
    if (p.keepNext)
        m_xml.element("w:keepNext");
    if (p.keepLines)
        m_xml.element("w:keepLines");
    if (m_breakPending)
        m_xml.element("w:pageBreakBefore");
    if (p.rule.isValid()) {
        m_xml.start("w:pBdr");
        m_xml.element(
            "w:bottom",
            {{"w:val", QStringLiteral("single")},
             {"w:sz", number(std::clamp<qint64>(std::llround(p.ruleWidthMm * DocxXml::kPointsPerMm * 8), 2, 96))},
             {"w:space", number(std::clamp<qint64>(std::llround(p.ruleGapMm * DocxXml::kPointsPerMm), 0, 31))},
             {"w:color", p.rule.name().mid(1).toUpper()}});
        m_xml.end();
    }
    if (!p.tabs.isEmpty()) {
        m_xml.start("w:tabs");
        for (const auto& [position, kind] : p.tabs)
            m_xml.element("w:tab",
                          {{"w:val", QString::fromLatin1(kind)}, {"w:pos", number(DocxXml::twipsFromPt(position))}});
        m_xml.end();
    }
    // Word's default, said outright: LibreOffice (7.4) otherwise drops a full stop that ends a full justified line.
    m_xml.value("w:overflowPunct", QStringLiteral("1"));
    m_xml.element("w:spacing", {{"w:before", number(DocxXml::twipsFromMm(p.beforeMm + m_pendingMm))},
                                {"w:after", number(DocxXml::twipsFromMm(p.afterMm))},
                                {"w:line", number(DocxXml::twipsFromPt(p.pitch))},
                                {"w:lineRule", QStringLiteral("exact")}});
    if (p.firstLinePt > 0 || p.leftPt > 0 || p.rightPt > 0)
        m_xml.element("w:ind", {{"w:left", number(DocxXml::twipsFromPt(p.leftPt))},
                                {"w:right", number(DocxXml::twipsFromPt(p.rightPt))},
                                {"w:firstLine", number(DocxXml::twipsFromPt(p.firstLinePt))}});
    m_xml.value("w:jc", justification(p.alignment));
    m_xml.end();
    m_pendingMm = 0;
    m_breakPending = false;
    m_endsInTable = false;
}

void DocxBody::run(const QString& text, const TextStyle& style, DocxFace face, bool underline)
{
    if (text.isEmpty())
        return;
    m_xml.start("w:r");
    DocxStyles::runProperties(m_xml, style, face, underline);
    m_xml.runText(text);
    m_xml.end();
}

void DocxBody::spacer(qreal heightMm, bool keepWithNext)
{
    Paragraph paragraph;
    paragraph.pitch = std::max<qreal>(1, (heightMm + m_pendingMm) * DocxXml::kPointsPerMm);
    paragraph.keepNext = keepWithNext;
    m_pendingMm = 0;
    open(paragraph);
    m_xml.end();
}

} // namespace branddesk
