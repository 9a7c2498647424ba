// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/documentblocks.h"
#include "core/documents/pagestyle.h"

#include <QList>
#include <QString>

namespace branddesk {

/// A printable document: a page style and a list of blocks. Value type; the engine (DocumentLayouter,
/// DocumentPainter, PdfExport) lays it out afresh for each device, so preview and PDF show the same pages.
///
///     PrintDocument summary(PageStyle::official());
///     summary.setOfficialHeader(issuer, QStringLiteral("常机作办〔2009〕12号"));
///     summary.addTitle(title).addLine(QStringLiteral("各市级机关部门："));
///     summary.addParagraph(text).addHeading(QStringLiteral("一、总体情况")).addTable(table);
///     summary.addClosing({issuer, QStringLiteral("2009年6月5日")});
class PrintDocument {
public:
    explicit PrintDocument(PageStyle style = PageStyle::sheet());

    const PageStyle& style() const { return m_style; }
    PageStyle& style() { return m_style; }

    /// GB/T 9704's 版头 on the first page: the issuing office in large red characters, centred, the document
    /// number under it, and a red rule across the text block. Printed in any style when the issuer is set.
    void setOfficialHeader(const QString& issuer, const QString& documentNumber);
    const QString& issuer() const { return m_issuer; }
    const QString& documentNumber() const { return m_documentNumber; }

    /// The name of the document (the PDF's title, the print job's name): the one set, else the first title.
    QString name() const;
    void setName(const QString& name) { m_name = name; }

    /// The title; it breaks into even lines where it must, never inside a piece of `keepTogether`.
    PrintDocument& addTitle(const QString& text, const QStringList& keepTogether = {});
    PrintDocument& addHeading(const QString& text, int level = 1);
    /// Body text, justified, first line indented by two characters; `lead` starts it in the heading face.
    PrintDocument& addParagraph(const QString& text, const QString& lead = {});
    /// A paragraph without indent: an addressee ("各市级机关部门："), a centred subtitle, a right-aligned note.
    PrintDocument& addLine(const QString& text, Qt::Alignment alignment = Qt::AlignLeft);
    PrintDocument& addParagraph(const ParagraphBlock& paragraph);
    PrintDocument& addTable(const DocumentTable& table);
    PrintDocument& addRuledField(const QString& label, int lines = 1);
    PrintDocument& addFieldRow(const QStringList& labels);
    PrintDocument& addPageBreak();
    PrintDocument& addSpacing(qreal millimetres);
    /// Issuer and date at the end (see ClosingBlock).
    PrintDocument& addClosing(const QStringList& lines);
    /// The 版记 at the foot of the last page (see ImprintBlock).
    PrintDocument& addImprint(const ImprintBlock& imprint);
    PrintDocument& add(const DocumentBlock& block);

    const QList<DocumentBlock>& blocks() const { return m_blocks; }

private:
    PageStyle m_style;
    QString m_issuer;
    QString m_documentNumber;
    QString m_name;
    QList<DocumentBlock> m_blocks;
};

} // namespace branddesk
