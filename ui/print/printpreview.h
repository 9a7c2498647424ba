// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/documentpainter.h"
#include "core/documents/printdocument.h"
#include "core/error.h"

#include <QList>
#include <QString>

class QWidget;

namespace branddesk {

/// Print preview and "Save as PDF or Word…" for the views: paper, preview and PDF are painted with
/// DocumentPainter, so they show the same pages; the Word file (.docx) is written from the same documents.
class PrintPreview {
public:
    /// Opens the print preview of `documents` (modal, PreviewDialog, object name "printPreviewDialog"): it opens at
    /// once and paints the pages in view in a worker; its print button prints the same pages, its "Save as PDF or
    /// Word…" (object name "saveDocumentAction") saves them. The page setup chosen in the print dialog applies to
    /// every document.
    static void show(QWidget* parent, const QList<PrintDocument>& documents);
    /// Asks where to save (FileDialog, proposing `suggestedName`; PDF or Word) and writes `documents` there as one
    /// PDF, or as one Word document when the name ends in .docx or the Word filter was chosen.
    /// Returns the file written; empty when the user cancelled or the export failed (a message said why).
    static QString saveAsPdf(QWidget* parent, const QList<PrintDocument>& documents, const QString& suggestedName);
    /// Writes `documents` to `path` (PDF, or Word for a .docx name) in a worker thread, showing a progress dialog with
    /// a Cancel button (object name "pdfProgressDialog") when it takes a moment. Shows no message.
    static Result<PrintOutcome> exportWithProgress(QWidget* parent, const QString& path,
                                                   const QList<PrintDocument>& documents);
};

} // namespace branddesk
