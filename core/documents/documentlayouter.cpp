// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/documentlayouter.h"

#include "core/documents/documentfonts.h"
#include "core/documents/tablelayouter.h"
#include "core/documents/titlelines.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace branddesk {

DocumentPages DocumentLayouter::layout(const PrintDocument& document, const QPaintDevice& device, QSizeF paperSize,
                                       const DocumentFonts& fonts)
{
    DocumentLayouter layouter(document, device, paperSize, fonts);
    layouter.placeOfficialHeader();
    for (int i = 0; i < document.blocks().size(); ++i)
        layouter.place(i);
    layouter.addFooters();
    return std::move(layouter.m_flow.pages());
}

DocumentPages DocumentLayouter::layout(const PrintDocument& document, const QPaintDevice& device, QSizeF paperSize)
{
    return layout(document, device, paperSize, DocumentFonts::installed());
}

DocumentLayouter::DocumentLayouter(const PrintDocument& document, const QPaintDevice& device, QSizeF paperSize,
                                   const DocumentFonts& fonts)
    : m_document(document)
    , m_flow(device, paperSize, document.style(), fonts)
{}

DocumentLayouter::~DocumentLayouter() = default;

void DocumentLayouter::placeOfficialHeader()
{
    if (m_document.issuer().isEmpty())
        return;
    const PageStyle& style = m_document.style();
    qreal y = m_flow.textBlock().top() + m_flow.mm(style.headerTopMm);

    // The issuer on one line: a long name is set smaller rather than broken.
    TextStyle issuerStyle = style.issuer;
    const qreal natural =
        QFontMetricsF(m_flow.font(issuerStyle), m_flow.device()).horizontalAdvance(m_document.issuer());
    if (natural > m_flow.width())
        issuerStyle.pointSize = std::floor(issuerStyle.pointSize * m_flow.width() / natural * 2 * 0.98) / 2;
    TextBox::Options centred;
    centred.alignment = Qt::AlignHCenter;
    const TextBox issuer = m_flow.text(m_document.issuer(), issuerStyle, m_flow.width(), centred);
    for (int i = 0; i < issuer.lineCount(); ++i)
        m_flow.drawLine(issuer, i, QPointF(m_flow.left(), y + i * issuer.pitch()), issuerStyle.color);
    y += issuer.height();

    if (!m_document.documentNumber().isEmpty()) {
        y += m_flow.mm(style.numberGapMm);
        const TextBox number = m_flow.text(m_document.documentNumber(), style.documentNumber, m_flow.width(), centred);
        for (int i = 0; i < number.lineCount(); ++i)
            m_flow.drawLine(number, i, QPointF(m_flow.left(), y + i * number.pitch()), style.documentNumber.color);
        y += number.height();
    }

    y += m_flow.mm(style.redRuleGapMm);
    const qreal width = m_flow.mm(style.redRuleWidthMm);
    m_flow.rule(
        QLineF(m_flow.left() + width / 2, y + width / 2, m_flow.left() + m_flow.width() - width / 2, y + width / 2),
        width, style.accent);
    m_flow.moveTo(y + width + m_flow.mm(style.afterHeaderMm));
}

void DocumentLayouter::place(int index)
{
    m_current = index;
    std::visit([this](const auto& block) { place(block); }, m_document.blocks().at(index));
}

void DocumentLayouter::placeKeptWithNext(const TextBox& box, const QColor& color)
{
    const qreal next = m_current + 1 < m_document.blocks().size() ? leadHeight(m_current + 1) : 0;
    m_flow.ensure(std::min(box.height() + next, m_flow.textBlock().height()));
    m_flow.flow(box, m_flow.left(), color);
}

void DocumentLayouter::place(const TitleBlock& title)
{
    const PageStyle& style = m_document.style();
    m_flow.space(m_flow.mm(style.blockSpacingMm));
    TextBox::Options options;
    options.alignment = Qt::AlignHCenter;
    const QFontMetricsF metrics(m_flow.font(style.title), m_flow.device());
    const QStringList lines =
        TitleLines::split(title.text, title.keepTogether, m_flow.width(),
                          [&metrics](const QString& text) { return metrics.horizontalAdvance(text); });
    placeKeptWithNext(m_flow.text(lines.join(QLatin1Char('\n')), style.title, m_flow.width(), options),
                      style.title.color);
    m_flow.space(m_flow.mm(style.titleSpacingMm));
}

void DocumentLayouter::place(const HeadingBlock& heading)
{
    const PageStyle& style = m_document.style();
    const TextStyle& textStyle = heading.level <= 1 ? style.heading1 : style.heading2;
    m_flow.space(m_flow.mm(style.blockSpacingMm));
    placeKeptWithNext(m_flow.text(heading.text, textStyle, m_flow.width()), textStyle.color);
}

void DocumentLayouter::place(const ParagraphBlock& paragraph)
{
    const PageStyle& style = m_document.style();
    m_flow.space(m_flow.mm(style.blockSpacingMm));
    TextBox::Options options;
    options.alignment = paragraph.alignment;
    if (paragraph.indent)
        options.firstLineIndent = 2 * m_flow.pt(style.body.pointSize);
    if (!paragraph.lead.isEmpty()) {
        // The lead in the heading face at the body's size, as "一是……。" opens a paragraph in Hei.
        TextStyle leadStyle = style.body;
        leadStyle.typeface = style.heading1.typeface;
        leadStyle.bold = style.heading1.bold;
        QTextLayout::FormatRange range;
        range.start = 0;
        range.length = static_cast<int>(paragraph.lead.size());
        range.format.setFont(m_flow.font(leadStyle));
        options.formats.append(range);
    }
    m_flow.flow(m_flow.text(paragraph.lead + paragraph.text, style.body, m_flow.width(), options), m_flow.left(),
                style.body.color, closingAfter(m_current));
}

void DocumentLayouter::place(const DocumentTable& table)
{
    const qreal spacing = m_flow.mm(std::max(m_document.style().blockSpacingMm, 2.0));
    m_flow.space(spacing);
    TableLayouter& layouter = tableLayouter(m_current);
    qreal room = m_flow.mm(table.writingRoomMm);
    if (table.fitPage && room > 0) {
        // As much writing room as lets the table and what follows it to the next page break share the page.
        const qreal available = m_flow.remaining() - spacing - heightUntilPageBreak(m_current + 1);
        if (layouter.height(room) > available) {
            qreal fits = 0;
            qreal tooMuch = room;
            while (tooMuch - fits > 0.5) {
                const qreal middle = (fits + tooMuch) / 2;
                (layouter.height(middle) <= available ? fits : tooMuch) = middle;
            }
            room = fits;
        }
    }
    layouter.setMinimumRowHeight(room);
    layouter.place();
    m_flow.space(spacing);
}

qreal DocumentLayouter::heightUntilPageBreak(int index)
{
    const PageStyle& style = m_document.style();
    const QList<DocumentBlock>& blocks = m_document.blocks();
    qreal height = 0;
    for (int i = index; i < blocks.size(); ++i) {
        const DocumentBlock& block = blocks.at(i);
        if (std::holds_alternative<PageBreakBlock>(block))
            break;
        height += m_flow.mm(style.blockSpacingMm);
        if (const auto* paragraph = std::get_if<ParagraphBlock>(&block))
            height += m_flow.text(paragraph->lead + paragraph->text, style.body, m_flow.width()).height();
        else if (const auto* spacing = std::get_if<SpacingBlock>(&block))
            height += m_flow.mm(spacing->millimetres);
        else if (const auto* table = std::get_if<DocumentTable>(&block))
            height += TableLayouter(m_flow, *table).leadHeight(); // not the cached layouter being placed
        else
            height += leadHeight(i);
    }
    return height;
}

qreal DocumentLayouter::onRuleOffset(const TextBox& box) const
{
    // TextBox centres glyphs in their band; move them down to stand 1 mm above the band's foot.
    if (box.lineCount() == 0)
        return 0;
    const QTextLine line = box.layout()->lineAt(0);
    return (box.pitch() - line.ascent() - line.descent()) / 2 - m_flow.mm(1);
}

void DocumentLayouter::place(const RuledFieldBlock& field)
{
    const PageStyle& style = m_document.style();
    const qreal pitch = m_flow.mm(style.fieldPitchMm);
    const int lines = std::max(field.lines, 1);
    const qreal ruleWidth = m_flow.pt(style.ruleWidthPt);
    const qreal right = m_flow.left() + m_flow.width();
    m_flow.space(m_flow.mm(style.blockSpacingMm));
    m_flow.ensure(std::min(lines * pitch, m_flow.textBlock().height()));

    TextBox::Options options;
    options.pitch = pitch;
    const TextBox label = m_flow.text(field.label, style.field, m_flow.width(), options);
    // A label longer than a line takes the lines it needs; the rule starts after its last line's text.
    const int labelLines = field.label.isEmpty() ? 0 : label.lineCount();
    for (int i = 0; i < std::max(lines, labelLines); ++i) {
        m_flow.ensure(pitch);
        const qreal top = m_flow.y();
        qreal start = m_flow.left();
        if (i < labelLines) {
            m_flow.drawLine(label, i, QPointF(m_flow.left(), top + onRuleOffset(label)), style.field.color);
            start += label.lineEnd(i) + m_flow.mm(1.5);
        }
        if (i >= labelLines - 1 && start < right)
            m_flow.rule(QLineF(start, top + pitch, right, top + pitch), ruleWidth, Qt::black);
        m_flow.advance(pitch);
    }
}

void DocumentLayouter::place(const FieldRowBlock& fields)
{
    if (fields.labels.isEmpty())
        return;
    const PageStyle& style = m_document.style();
    const qreal pitch = m_flow.mm(style.fieldPitchMm);
    const qreal ruleWidth = m_flow.pt(style.ruleWidthPt);
    const qreal gap = m_flow.mm(6);
    const qreal room = std::min(m_flow.mm(style.signatureRoomMm), m_flow.width() / 2);
    TextBox::Options options;
    options.pitch = pitch;
    QList<TextBox> labels;
    for (const QString& label : fields.labels)
        labels.append(m_flow.text(label, style.field, m_flow.width() - room, options));
    const auto labelWidth = [&labels](int i) { return labels.at(i).lineCount() > 0 ? labels.at(i).lineEnd(0) : 0; };

    // As many fields to a line as leave each at least `room` to write on; the blank of a line shared out evenly.
    m_flow.space(m_flow.mm(style.blockSpacingMm));
    int first = 0;
    while (first < labels.size()) {
        int last = first;
        qreal used = labelWidth(first) + room;
        while (last + 1 < labels.size() && used + gap + labelWidth(last + 1) + room <= m_flow.width()) {
            ++last;
            used += gap + labelWidth(last) + room;
        }
        const int count = last - first + 1;
        // The blank of a line shared out evenly; a field alone on its line is not drawn across the page.
        const qreal blank = std::min(room + (m_flow.width() - used) / count, 2 * room);
        m_flow.ensure(pitch);
        const qreal top = m_flow.y();
        qreal x = m_flow.left();
        for (int i = first; i <= last; ++i) {
            if (labels.at(i).lineCount() > 0)
                m_flow.drawLine(labels.at(i), 0, QPointF(x, top + onRuleOffset(labels.at(i))), style.field.color);
            const qreal start = x + labelWidth(i) + m_flow.mm(1.5);
            x += labelWidth(i) + blank;
            m_flow.rule(QLineF(start, top + pitch, std::min(x, m_flow.left() + m_flow.width()), top + pitch), ruleWidth,
                        Qt::black);
            x += gap;
        }
        m_flow.advance(pitch);
        first = last + 1;
    }
}

void DocumentLayouter::place(const PageBreakBlock& /*pageBreak*/)
{
    // A break with nothing printed after it would only add an empty page.
    const QList<DocumentBlock>& blocks = m_document.blocks();
    const bool printsMore = std::any_of(blocks.begin() + m_current + 1, blocks.end(), [](const DocumentBlock& block) {
        return !std::holds_alternative<PageBreakBlock>(block) && !std::holds_alternative<SpacingBlock>(block);
    });
    if (printsMore && !m_flow.atPageTop())
        m_flow.newPage();
}

void DocumentLayouter::place(const SpacingBlock& spacing)
{
    m_flow.space(m_flow.mm(spacing.millimetres));
}

void DocumentLayouter::place(const ClosingBlock& closing)
{
    if (closing.lines.isEmpty())
        return;
    const PageStyle& style = m_document.style();
    m_flow.space(m_flow.pt(style.body.pitch()));
    QList<TextBox> lines;
    qreal height = 0;
    qreal widest = 0;
    for (const QString& line : closing.lines) {
        lines.append(m_flow.text(line, style.body, m_flow.width()));
        height += lines.last().height();
        widest = std::max(widest, lines.last().naturalWidth());
    }
    // The date stands closingIndentEm characters from the right; the lines above are centred over it.
    const qreal right = m_flow.left() + m_flow.width();
    const qreal dateWidth = lines.last().naturalWidth();
    qreal centre = right - style.closingIndentEm * m_flow.pt(style.body.pointSize) - dateWidth / 2;
    centre = std::clamp(centre, m_flow.left() + widest / 2, right - widest / 2);
    m_flow.ensure(height);
    for (const TextBox& box : lines) {
        for (int i = 0; i < box.lineCount(); ++i) {
            m_flow.ensure(box.pitch());
            const qreal width = box.lineEnd(i);
            m_flow.drawLine(box, i, QPointF(centre - width / 2, m_flow.y()), style.body.color);
            m_flow.advance(box.pitch());
        }
    }
}

void DocumentLayouter::place(const ImprintBlock& imprint)
{
    const PageStyle& style = m_document.style();
    const TextStyle& text = style.imprint;
    const qreal pitch = m_flow.pt(text.pitch());
    const qreal em = m_flow.pt(text.pointSize);
    const qreal thick = m_flow.mm(style.imprintThickRuleMm);
    const qreal thin = m_flow.mm(style.imprintThinRuleMm);
    const qreal left = m_flow.left();
    const qreal right = left + m_flow.width();

    // The copies: a line turned under the first character after the colon.
    TextBox copies;
    qreal hang = 0;
    if (!imprint.copyTo.isEmpty()) {
        qsizetype colon = imprint.copyTo.indexOf(QChar(0xFF1A));
        if (colon < 0)
            colon = imprint.copyTo.indexOf(QLatin1Char(':'));
        hang =
            colon < 0
                ? 0
                : QFontMetricsF(m_flow.font(text), m_flow.device()).horizontalAdvance(imprint.copyTo.left(colon + 1));
        TextBox::Options options;
        options.pitch = pitch;
        options.alignment = Qt::AlignJustify;
        options.firstLineIndent = -hang;
        copies = m_flow.text(imprint.copyTo, text, m_flow.width() - 2 * em - hang, options);
    }
    TextBox::Options plain;
    plain.pitch = pitch;
    const TextBox printed = m_flow.text(imprint.printed, text, m_flow.width() - 2 * em, plain);
    const qreal printedWidth = printed.lineCount() > 0 ? printed.lineEnd(0) : 0;
    const TextBox printer = m_flow.text(imprint.printer, text, m_flow.width() - 3 * em - printedWidth, plain);
    const qreal height = thick + copies.height() + (copies.lineCount() > 0 ? thin : 0) +
                         std::max(printer.lineCount(), 1) * pitch + thick;

    // At the foot of the page the text ends on, or of a page of its own when the text leaves no room for it.
    m_flow.space(m_flow.pt(style.body.pitch()));
    m_flow.ensure(std::min(height, m_flow.textBlock().height()));
    qreal y = std::max(m_flow.y(), m_flow.bottom() - height);
    const auto rule = [&](qreal width) {
        m_flow.rule(QLineF(left, y + width / 2, right, y + width / 2), width, Qt::black);
        y += width;
    };
    rule(thick);
    for (int i = 0; i < copies.lineCount(); ++i)
        m_flow.drawLine(copies, i, QPointF(left + em + hang, y + i * pitch), text.color);
    y += copies.height();
    if (copies.lineCount() > 0)
        rule(thin);
    for (int i = 0; i < printer.lineCount(); ++i)
        m_flow.drawLine(printer, i, QPointF(left + em, y + i * pitch), text.color);
    if (printed.lineCount() > 0)
        m_flow.drawLine(printed, 0,
                        QPointF(right - em - printedWidth, y + (std::max(printer.lineCount(), 1) - 1) * pitch),
                        text.color);
    y += std::max(printer.lineCount(), 1) * pitch;
    rule(thick);
    m_flow.moveTo(y);
}

qreal DocumentLayouter::closingAfter(int index)
{
    const QList<DocumentBlock>& blocks = m_document.blocks();
    if (index + 1 >= blocks.size())
        return 0;
    const auto* closing = std::get_if<ClosingBlock>(&blocks.at(index + 1));
    if (!closing || closing->lines.isEmpty())
        return 0;
    const PageStyle& style = m_document.style();
    qreal height = m_flow.pt(style.body.pitch()); // the empty line above it
    for (const QString& line : closing->lines)
        height += m_flow.text(line, style.body, m_flow.width()).height();
    return height;
}

void DocumentLayouter::addFooters()
{
    const PageStyle& style = m_document.style();
    DocumentPages& pages = m_flow.pages();
    TextBox::Options options;
    options.alignment = Qt::AlignHCenter;
    const qreal top = m_flow.bottom() + m_flow.mm(style.footerGapMm);
    for (int page = 0; page < pages.count(); ++page) {
        const TextBox footer =
            m_flow.text(style.footerLabel(page + 1, pages.count()), style.footerText, m_flow.width(), options);
        // Every line of a laid-out box is drawn from the box's own top-left corner.
        for (int i = 0; i < footer.lineCount(); ++i)
            pages.add(page,
                      DocumentPages::Text{footer.layout(), i, QPointF(m_flow.left(), top), style.footerText.color});
    }
}

qreal DocumentLayouter::leadHeight(int index)
{
    const PageStyle& style = m_document.style();
    const DocumentBlock& block = m_document.blocks().at(index);
    if (std::holds_alternative<DocumentTable>(block))
        return tableLayouter(index).leadHeight();
    if (const auto* field = std::get_if<RuledFieldBlock>(&block))
        return std::max(field->lines, 1) * m_flow.mm(style.fieldPitchMm);
    if (std::holds_alternative<FieldRowBlock>(block))
        return m_flow.mm(style.fieldPitchMm);
    if (std::holds_alternative<ParagraphBlock>(block) || std::holds_alternative<ClosingBlock>(block))
        return m_flow.pt(style.body.pitch());
    if (const auto* heading = std::get_if<HeadingBlock>(&block))
        return m_flow.pt((heading->level <= 1 ? style.heading1 : style.heading2).pitch());
    return 0;
}

TableLayouter& DocumentLayouter::tableLayouter(int index)
{
    if (m_tableIndex != index || !m_table) {
        m_table = std::make_unique<TableLayouter>(m_flow, std::get<DocumentTable>(m_document.blocks().at(index)));
        m_tableIndex = index;
    }
    return *m_table;
}

} // namespace branddesk
