// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/documentpainter.h"

#include "core/documents/documentlayouter.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>

namespace branddesk {
namespace {

int resolution(const QPagedPaintDevice& device)
{
    return device.logicalDpiY();
}

DocumentPages layOut(const PrintDocument& document, const QPagedPaintDevice& device)
{
    const QRect paper = device.pageLayout().fullRectPixels(resolution(device));
    return DocumentLayouter::layout(document, device, QSizeF(paper.size()));
}

std::unexpected<Error> pageFailure()
{
    return fail(Error::Code::Storage,
                QCoreApplication::translate("DocumentPainter", "A new page could not be started."));
}

} // namespace

Result<PrintOutcome> DocumentPainter::paint(QPagedPaintDevice& device, const QList<PrintDocument>& documents,
                                            const DocumentProgress& progress, PageSetup setup)
{
    if (documents.isEmpty())
        return fail(Error::Code::Validation,
                    QCoreApplication::translate("DocumentPainter", "There is nothing to print."));
    if (setup == PageSetup::FromDocuments)
        device.setPageLayout(documents.first().style().pageLayout());

    QPainter painter;
    if (!painter.begin(&device))
        return fail(Error::Code::Storage,
                    QCoreApplication::translate("DocumentPainter", "Printing could not start: the printer or the "
                                                                   "file cannot be written to."));
    const int total = static_cast<int>(documents.size());
    for (int i = 0; i < total; ++i) {
        const PrintDocument& document = documents.at(i);
        if (i > 0) {
            // A QPdfWriter takes a new page layout at the next page; a printer keeps the one of its job.
            if (setup == PageSetup::FromDocuments)
                device.setPageLayout(document.style().pageLayout());
            if (!device.newPage()) {
                painter.end();
                return pageFailure();
            }
        }
        const DocumentPages pages = layOut(document, device);
        // The painter's origin is the corner of the page's paint rectangle; the pages are laid out from the
        // corner of the paper.
        const QPointF origin = device.pageLayout().paintRectPixels(resolution(device)).topLeft();
        for (int page = 0; page < pages.count(); ++page) {
            if (page > 0 && !device.newPage()) {
                painter.end();
                return pageFailure();
            }
            painter.save();
            painter.translate(-origin);
            pages.paint(painter, page);
            painter.restore();
        }
        if (progress && !progress(i + 1, total)) {
            painter.end();
            return PrintOutcome::Cancelled;
        }
    }
    if (!painter.end())
        return fail(Error::Code::Storage,
                    QCoreApplication::translate("DocumentPainter", "The printed pages could not be finished."));
    return PrintOutcome::Done;
}

int DocumentPainter::pageCount(const PrintDocument& document, const QPagedPaintDevice& device)
{
    return layOut(document, device).count();
}

} // namespace branddesk
