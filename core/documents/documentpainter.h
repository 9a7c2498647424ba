// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/printdocument.h"
#include "core/error.h"

#include <QList>

#include <functional>

class QPagedPaintDevice;

namespace branddesk {

/// Told after each document of a batch is painted; returning false cancels the rest.
using DocumentProgress = std::function<bool(int done, int total)>;

/// How a print or export ended when it did not fail.
enum class PrintOutcome { Done, Cancelled };

/// The one painting routine of every printed document: a QPdfWriter for PDF files, a QPrinter for paper and
/// for the print preview, so preview and PDF show the same pages.
///
/// Threads: it may run in a worker thread while a QGuiApplication exists (it uses QPainter, QTextLayout and
/// QFontDatabase, which Qt 6 allows outside the GUI thread for QPdfWriter and QImage devices; a QPrinter
/// belongs to the GUI thread). It never touches a widget.
class DocumentPainter {
public:
    /// Whose page layout the pages get.
    enum class PageSetup {
        FromDocuments, ///< each document's style (A4, its orientation): for PDF files
        FromDevice,    ///< the device's as set (the preview's page setup may change it): for printers
    };

    /// Paints `documents` one after the other, each starting on a new page and numbering its own pages.
    /// Fails (Storage) when the device cannot be opened or a page cannot be added.
    static Result<PrintOutcome> paint(QPagedPaintDevice& device, const QList<PrintDocument>& documents,
                                      const DocumentProgress& progress = {},
                                      PageSetup setup = PageSetup::FromDocuments);
    /// How many pages `document` takes on `device` with its page layout as it is.
    static int pageCount(const PrintDocument& document, const QPagedPaintDevice& device);
};

} // namespace branddesk
