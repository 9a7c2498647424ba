// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/docxstyles.h"
#include "core/documents/printdocument.h"

#include <QString>

namespace branddesk {

class DocxXml;

/// Writes the blocks of one PrintDocument into the body of word/document.xml as one section, after the same
/// rules the PDF layouter follows: the official header (red issuer, document number, red rule) on the first
/// page, titles and headings kept with what follows, paragraphs indented two characters, tables as Word tables
/// with space around them, ruled fields as underlined blanks a user types into, page breaks, and the closing
/// lines centred over the date that stands closingIndentEm characters from the right.
class DocxBody {
public:
    /// The footer parts of the section, by relationship id (`evenFooterId` empty unless numbers are outer-side).
    struct Footers {
        QString footerId;
        QString evenFooterId;
    };

    DocxBody(DocxXml& xml, const PrintDocument& document);

    /// Writes the document. A section that is not the last ends in a paragraph holding its section properties;
    /// the last one's properties close the body (`last`).
    void write(const Footers& footers, bool last);

private:
    struct Paragraph; // a paragraph's properties

    void officialHeader();
    void write(const DocumentBlock& block, int index);
    void write(const TitleBlock& title);
    void write(const HeadingBlock& heading);
    void write(const ParagraphBlock& block);
    void write(const DocumentTable& table);
    void write(const RuledFieldBlock& field);
    void write(const FieldRowBlock& fields);
    void write(const ClosingBlock& closing);
    void write(const ImprintBlock& imprint);

    /// Opens w:p with its properties, taking the space and page break waiting for the next paragraph.
    void open(const Paragraph& paragraph);
    void run(const QString& text, const TextStyle& style, DocxFace face, bool underline = false);
    /// About how many points the blocks before the current one (`before`, back to the last page break) or after
    /// it (up to the next) take: to fit a form on its page.
    qreal estimatedHeight(bool before) const;
    /// An empty paragraph `heightMm` high (with the waiting space): space above a table, between tables.
    void spacer(qreal heightMm, bool keepWithNext);

    DocxXml& m_xml;
    const PrintDocument& m_document;
    const PageStyle& m_style;
    qreal m_width = 0;     ///< of the text block, in points
    qreal m_pendingMm = 0; ///< space still to be put above the next paragraph
    bool m_breakPending = false;
    bool m_endsInTable = false; ///< the last thing written is a table
    int m_index = 0;
};

} // namespace branddesk
