// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/attachmenttext.h"

#include "core/import/zipmemory.h"

#include <QXmlStreamReader>

#include <poppler-qt6.h>

#include <memory>

namespace branddesk {
namespace {

constexpr int kMaxParts = 2000;
constexpr qint64 kMaxPartBytes = 64 << 20;
constexpr int kMaxPdfPages = 500;

} // namespace

QString AttachmentText::of(const QString& fileName, const QByteArray& data)
{
    const QString lower = fileName.toLower();
    if (lower.endsWith(QLatin1String(".docx")))
        return ofDocx(data);
    if (lower.endsWith(QLatin1String(".pdf")) || data.startsWith("%PDF-"))
        return ofPdf(data);
    return {};
}

QString AttachmentText::ofDocx(const QByteArray& data)
{
    ZipMemory zip(data, kMaxParts, kMaxPartBytes);
    if (!zip.isOpen())
        return {};
    Result<QByteArray> document = zip.part("word/document.xml");
    if (!document)
        return {};
    // The text runs (w:t), a tab for w:tab, a line for each paragraph (w:p) and break (w:br).
    QString text;
    QXmlStreamReader xml(*document);
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("t"))
                text += xml.readElementText();
            else if (xml.name() == QLatin1String("tab"))
                text += QLatin1Char('\t');
            else if (xml.name() == QLatin1String("br"))
                text += QLatin1Char('\n');
        } else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("p")) {
            text += QLatin1Char('\n');
        }
    }
    return text.trimmed();
}

QString AttachmentText::ofPdf(const QByteArray& data)
{
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(data);
    if (!document || document->isLocked())
        return {};
    QStringList pages;
    for (int i = 0; i < std::min(document->numPages(), kMaxPdfPages); ++i)
        if (std::unique_ptr<Poppler::Page> page = document->page(i))
            pages.append(page->text(QRectF()).trimmed());
    return pages.join(QLatin1Char('\n')).trimmed();
}

} // namespace branddesk
