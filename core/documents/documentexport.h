// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/documentpainter.h"
#include "core/documents/printdocument.h"
#include "core/error.h"

#include <QList>
#include <QString>

namespace branddesk {

/// Writes printed documents to a file in the format its name asks for: Word (.docx) through DocxExport, PDF
/// (.pdf, or any other name) through PdfExport. Both are written from the same documents, all or nothing.
class DocumentExport {
public:
    enum class Format { Pdf, Docx };

    /// The format of `path`, by its suffix (case-insensitive): .docx is Word, everything else PDF.
    static Format formatOf(const QString& path);
    static Result<PrintOutcome> write(const QString& path, const QList<PrintDocument>& documents,
                                      const DocumentProgress& progress = {});
    static Result<PrintOutcome> write(const QString& path, const PrintDocument& document);
};

} // namespace branddesk
