// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/documentpainter.h"
#include "core/documents/printdocument.h"
#include "core/error.h"

#include <QList>
#include <QString>

namespace branddesk {

/// Writes printed documents to a PDF file, all or nothing: the pages go to a hidden temporary file beside the
/// target, which is forced to disk and then renamed over the target in one step. A failed or cancelled export
/// leaves neither a half-written PDF nor the temporary file; an existing target stays as it was.
///
/// Fonts are embedded (subsets) and the text is real text: copying or searching the PDF gives back the
/// characters printed (see DocumentFonts). Runs in any thread while a QGuiApplication exists.
class PdfExport {
public:
    /// Writes `documents` into one PDF at `path`, each starting on a new page; `progress` is told after each
    /// document and may cancel (then the result is PrintOutcome::Cancelled and nothing is written).
    static Result<PrintOutcome> write(const QString& path, const QList<PrintDocument>& documents,
                                      const DocumentProgress& progress = {});
    static Result<PrintOutcome> write(const QString& path, const PrintDocument& document);
};

} // namespace branddesk
