// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/documentpainter.h"
#include "core/documents/printdocument.h"
#include "core/error.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace branddesk {

class DocxPackage;

/// Writes printed documents as one Word document (.docx, WordprocessingML) from the same PrintDocument the PDF
/// is painted from, for the drafts an office edits in Word or WPS before issuing them.
///
/// Each document is a section of its own: A4 in its orientation with its margins (GB/T 9704's for the official
/// style), its own page numbers in the footer ("— 1 —" on the outer side, or "Page 1 of 3"), starting on a new
/// page. Text is editable text in the offices' faces (see DocxStyles), tables are Word tables, ruled fields are
/// underlined blanks. The file is written all or nothing, as PdfExport writes (a staged file renamed over the
/// target). Needs no QGuiApplication and runs in any thread.
class DocxExport {
public:
    /// Writes `documents` into one .docx at `path`; `progress` is told after each document and may cancel (then
    /// the result is PrintOutcome::Cancelled and nothing is written).
    static Result<PrintOutcome> write(const QString& path, const QList<PrintDocument>& documents,
                                      const DocumentProgress& progress = {});
    static Result<PrintOutcome> write(const QString& path, const PrintDocument& document);

    /// The package of `documents`, not yet written; `cancelled` tells whether `progress` stopped it (then the
    /// package is incomplete).
    static DocxPackage package(const QList<PrintDocument>& documents, const DocumentProgress& progress = {},
                               bool* cancelled = nullptr);
};

} // namespace branddesk
