// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/pdfexport.h"

#include "core/backup/durablefile.h"
#include "core/documents/documentfonts.h"
#include "core/documents/pagestyle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>
#include <QTemporaryFile>

namespace branddesk {
namespace {

QString notWritten(const QString& path)
{
    return QCoreApplication::translate("PdfExport", "The PDF file %1 could not be written.")
        .arg(QDir::toNativeSeparators(path));
}

/// The document's properties as XMP: its title, the program, and which installed faces it is set in (where
/// FangSong is missing, the body is in the nearest face installed: the reader of the PDF can tell which).
QByteArray metadata(const QString& title)
{
    const DocumentFonts& fonts = DocumentFonts::installed();
    const QString description =
        QCoreApplication::translate("DocumentFonts",
                                    "Body text set in %1, headings in %2, digits and Latin letters in %3.")
            .arg(fonts.serifFamily(), fonts.sansFamily(), fonts.latinFamily(Typeface::Serif));
    const QString xmp =
        QStringLiteral("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                       "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                       "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                       "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                       "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                       "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
                       "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%2</rdf:li></rdf:Alt>"
                       "</dc:description>\n"
                       "<xmp:CreatorTool>BrandDesk</xmp:CreatorTool>\n"
                       "<pdf:Keywords>%3</pdf:Keywords>\n"
                       "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>")
            .arg(title.toHtmlEscaped(), description.toHtmlEscaped(),
                 QStringLiteral("%1; %2").arg(fonts.serifFamily(), fonts.sansFamily()).toHtmlEscaped());
    return xmp.toUtf8();
}

} // namespace

Result<PrintOutcome> PdfExport::write(const QString& path, const PrintDocument& document)
{
    return write(path, QList<PrintDocument>{document});
}

Result<PrintOutcome> PdfExport::write(const QString& path, const QList<PrintDocument>& documents,
                                      const DocumentProgress& progress)
{
    const QFileInfo target(path);
    if (path.isEmpty() || target.isDir())
        return fail(Error::Code::Validation, notWritten(path));
    const QDir folder = target.absoluteDir();
    if (!folder.exists())
        return fail(Error::Code::Storage, notWritten(path),
                    QStringLiteral("The folder %1 does not exist.").arg(folder.absolutePath()));

    // Hidden, beside the target: the rename that publishes it stays on one file system.
    QTemporaryFile temporary(folder.filePath(QStringLiteral(".%1.XXXXXX.part").arg(target.fileName())));
    if (!temporary.open())
        return fail(Error::Code::Storage, notWritten(path), temporary.errorString());

    {
        QPdfWriter writer(&temporary);
        writer.setCreator(QStringLiteral("BrandDesk"));
        if (!documents.isEmpty())
            writer.setTitle(documents.first().name());
        writer.setDocumentXmpMetadata(metadata(documents.isEmpty() ? QString() : documents.first().name()));
        Result<PrintOutcome> painted = DocumentPainter::paint(writer, documents, progress);
        if (!painted || *painted == PrintOutcome::Cancelled)
            return painted; // the temporary file removes itself
    }
    if (!temporary.flush() || temporary.error() != QFileDevice::NoError)
        return fail(Error::Code::Storage, notWritten(path), temporary.errorString());
    if (Result<void> flushed = DurableFile::flush(temporary.fileName()); !flushed)
        return fail(Error::Code::Storage, notWritten(path), flushed.error().fullText());
    // A document the user saves is readable as any file they make (QTemporaryFile creates it private).
    temporary.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                             QFileDevice::ReadOther);
    temporary.close();
    if (Result<void> replaced = DurableFile::replace(temporary.fileName(), target.absoluteFilePath()); !replaced)
        return fail(Error::Code::Storage, notWritten(path), replaced.error().fullText());
    temporary.setAutoRemove(false); // it is the target now
    return PrintOutcome::Done;
}

} // namespace branddesk
