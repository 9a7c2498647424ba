// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/pdfexport.h"

#include "core/backup/durablefile.h"

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
