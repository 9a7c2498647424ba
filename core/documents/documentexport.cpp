// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/documentexport.h"

#include "core/documents/docxexport.h"
#include "core/documents/pdfexport.h"

#include <QFileInfo>

namespace branddesk {

DocumentExport::Format DocumentExport::formatOf(const QString& path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("docx"), Qt::CaseInsensitive) == 0 ? Format::Docx
                                                                                             : Format::Pdf;
}

Result<PrintOutcome> DocumentExport::write(const QString& path, const QList<PrintDocument>& documents,
                                           const DocumentProgress& progress)
{
    if (formatOf(path) == Format::Docx)
        return DocxExport::write(path, documents, progress);
    return PdfExport::write(path, documents, progress);
}

Result<PrintOutcome> DocumentExport::write(const QString& path, const PrintDocument& document)
{
    return write(path, QList<PrintDocument>{document});
}

} // namespace branddesk
