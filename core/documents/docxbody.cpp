// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/docxbody.h"

#include "core/documents/docxpagesetup.h"
#include "core/documents/docxtable.h"
#include "core/documents/docxxml.h"
#include "core/documents/titlelines.h"

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
    qreal topRuleMm = 0; ///< black rules above and below the paragraph (the 版记's)
    qreal bottomRuleMm = 0;
    qreal hangingPt = 0; ///< lines after the first start this much further in than the first
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
    // Broken where the PDF breaks it, by estimated widths: Word would break it anywhere, inside a date too.
    const QStringList lines = TitleLines::split(title.text, title.keepTogether, m_width, [this](const QString& text) {
        return DocxStyles::estimatedWidth(text, m_style.title);
    });
    run(lines.join(QLatin1Char('\n')), m_style.title, DocxStyles::faceOf(m_style.title, true));
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
    // The issuer and the date never stand alone on a page: the text's last line goes with them.
    const QList<DocumentBlock>& blocks = m_document.blocks();
    paragraph.keepNext = m_index + 1 < blocks.size() && std::holds_alternative<ClosingBlock>(blocks.at(m_index + 1));
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
    const qreal pageHeight = DocxPageSetup::textHeight(m_style);
    qreal room = table.writingRoomMm * DocxXml::kPointsPerMm;
    if (table.fitPage && room > 0 && !table.rows.isEmpty()) {
        // As in the PDF: as much writing room as lets the form and what follows it to the next page break share
        // the page, here on estimated heights (a header row of two lines, the blocks since the last break).
        const TextStyle& header = m_style.tableHeader;
        const qreal padding = 2 * m_style.cellPaddingMm * DocxXml::kPointsPerMm;
        const qreal headerHeight = table.headerRows.size() * (2 * header.pitch() + padding);
        const qreal available = pageHeight - estimatedHeight(true) - estimatedHeight(false) -
                                2 * spacing * DocxXml::kPointsPerMm - headerHeight;
        room = std::max(std::min(room, available / table.rows.size()), m_style.table.pitch() + padding);
    }
    DocxTable::write(m_xml, table, m_style, m_width, pageHeight, room);
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
    // As in the PDF: as many fields to a line as leave each signatureRoomMm at least, the blank shared out
    // evenly, 6 mm between one blank and the next label; each blank an underlined tab a user can type into.
    const qreal gap = 6 * DocxXml::kPointsPerMm;
    const qreal room = std::min(m_style.signatureRoomMm * DocxXml::kPointsPerMm, m_width / 2);
    const auto labelWidth = [this, &fields](int i) {
        return DocxStyles::estimatedWidth(fields.labels.at(i), m_style.field);
    };
    const DocxFace face = DocxStyles::faceOf(m_style.field);
    int first = 0;
    while (first < fields.labels.size()) {
        int last = first;
        qreal used = labelWidth(first) + room;
        while (last + 1 < fields.labels.size() && used + gap + labelWidth(last + 1) + room <= m_width) {
            ++last;
            used += gap + labelWidth(last) + room;
        }
        const qreal blank = std::min(room + (m_width - used) / (last - first + 1), 2 * room);
        Paragraph paragraph;
        paragraph.pitch = m_style.fieldPitchMm * DocxXml::kPointsPerMm;
        paragraph.beforeMm = first == 0 ? m_style.blockSpacingMm : 0;
        paragraph.keepLines = true;
        paragraph.keepNext = last + 1 < fields.labels.size();
        qreal x = 0;
        for (int i = first; i <= last; ++i) {
            x += labelWidth(i) + blank;
            if (i == last) {
                paragraph.tabs.append({std::min(x, m_width), "left"});
            } else {
                paragraph.tabs.append({x, "left"});
                x += gap;
                paragraph.tabs.append({x, "left"});
            }
        }
        open(paragraph);
        for (int i = first; i <= last; ++i) {
            run(fields.labels.at(i), m_style.field, face);
            run(QStringLiteral("\t"), m_style.field, face, true);
            if (i < last)
                run(QStringLiteral("\t"), m_style.field, face);
        }
        m_xml.end();
        first = last + 1;
    }
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

void DocxBody::write(const ImprintBlock& imprint)
{
    // The 版记 after the closing, kept on one page: its rules are the paragraphs' borders (thick above the
    // copies, thin between, thick below the issuing office), each line one character in from the edges, a
    // turned copies line under the first character after the colon, the date issued at a right tab. Word has no
    // "foot of the last page" for body text: it follows the closing one empty line below.
    const TextStyle& text = m_style.imprint;
    const DocxFace face = DocxStyles::faceOf(text);
    m_pendingMm += m_style.body.pitch() / DocxXml::kPointsPerMm;
    const bool copies = !imprint.copyTo.isEmpty();
    if (copies) {
        Paragraph paragraph;
        paragraph.pitch = text.pitch();
        paragraph.alignment = Qt::AlignJustify;
        qsizetype colon = imprint.copyTo.indexOf(QChar(0xFF1A));
        if (colon < 0)
            colon = imprint.copyTo.indexOf(QLatin1Char(':'));
        const qreal hang = colon < 0 ? 0 : DocxStyles::estimatedWidth(imprint.copyTo.left(colon + 1), text);
        paragraph.leftPt = text.pointSize + hang;
        paragraph.hangingPt = hang;
        paragraph.rightPt = text.pointSize;
        paragraph.topRuleMm = m_style.imprintThickRuleMm;
        paragraph.bottomRuleMm = m_style.imprintThinRuleMm;
        paragraph.keepNext = true;
        paragraph.keepLines = true;
        open(paragraph);
        run(imprint.copyTo, text, face);
        m_xml.end();
    }
    Paragraph paragraph;
    paragraph.pitch = text.pitch();
    paragraph.leftPt = text.pointSize;
    paragraph.rightPt = text.pointSize;
    if (!copies)
        paragraph.topRuleMm = m_style.imprintThickRuleMm;
    paragraph.bottomRuleMm = m_style.imprintThickRuleMm;
    paragraph.keepLines = true;
    paragraph.tabs = {{m_width - 2 * text.pointSize, "right"}};
    open(paragraph);
    run(imprint.printer + QLatin1Char('\t') + imprint.printed, text, face);
    m_xml.end();
}

qreal DocxBody::estimatedHeight(bool before) const
{
    const QList<DocumentBlock>& blocks = m_document.blocks();
    const auto lines = [this](const QString& text, const TextStyle& style) {
        return std::max<qreal>(1, std::ceil(DocxStyles::estimatedWidth(text, style) / m_width));
    };
    qreal height = 0;
    for (int i = before ? m_index - 1 : m_index + 1; i >= 0 && i < blocks.size(); i += before ? -1 : 1) {
        const DocumentBlock& block = blocks.at(i);
        if (std::holds_alternative<PageBreakBlock>(block))
            break;
        const qreal spacing = m_style.blockSpacingMm * DocxXml::kPointsPerMm;
        if (const auto* title = std::get_if<TitleBlock>(&block))
            height += lines(title->text, m_style.title) * m_style.title.pitch() + spacing +
                      m_style.titleSpacingMm * DocxXml::kPointsPerMm;
        else if (const auto* paragraph = std::get_if<ParagraphBlock>(&block))
            height += lines(paragraph->lead + paragraph->text, m_style.body) * m_style.body.pitch() + spacing;
        else if (std::holds_alternative<FieldRowBlock>(block))
            height += m_style.fieldPitchMm * DocxXml::kPointsPerMm + spacing;
        else if (const auto* space = std::get_if<SpacingBlock>(&block))
            height += space->millimetres * DocxXml::kPointsPerMm;
        else
            height += m_style.body.pitch() + spacing;
    }
    if (before && m_index >= 0 &&
        !std::any_of(blocks.begin(), blocks.begin() + m_index,
                     [](const DocumentBlock& b) { return std::holds_alternative<PageBreakBlock>(b); }) &&
        !m_document.issuer().isEmpty())
        height += m_style.headerTopMm * DocxXml::kPointsPerMm + m_style.issuer.pitch() +
                  m_style.afterHeaderMm * DocxXml::kPointsPerMm;
    return height;
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
    if (p.rule.isValid() || p.topRuleMm > 0 || p.bottomRuleMm > 0) {
        const auto border = [this](const char* side, qreal widthMm, qreal gapMm, const QColor& color) {
            m_xml.element(
                side, {{"w:val", QStringLiteral("single")},
                       {"w:sz", number(std::clamp<qint64>(std::llround(widthMm * DocxXml::kPointsPerMm * 8), 2, 96))},
                       {"w:space", number(std::clamp<qint64>(std::llround(gapMm * DocxXml::kPointsPerMm), 0, 31))},
                       {"w:color", color.name().mid(1).toUpper()}});
        };
        m_xml.start("w:pBdr");
        if (p.topRuleMm > 0)
            border("w:top", p.topRuleMm, 1, Qt::black);
        if (p.rule.isValid())
            border("w:bottom", p.ruleWidthMm, p.ruleGapMm, p.rule);
        else if (p.bottomRuleMm > 0)
            border("w:bottom", p.bottomRuleMm, 1, Qt::black);
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
    if (p.hangingPt > 0)
        m_xml.element("w:ind", {{"w:left", number(DocxXml::twipsFromPt(p.leftPt))},
                                {"w:right", number(DocxXml::twipsFromPt(p.rightPt))},
                                {"w:hanging", number(DocxXml::twipsFromPt(p.hangingPt))}});
    else if (p.firstLinePt > 0 || p.leftPt > 0 || p.rightPt > 0)
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
