// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/print/printpreview.h"

#include "core/documents/pdfexport.h"
#include "ui/widgets/filedialog.h"
#include "ui/widgets/messagebox.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

namespace branddesk {

void PrintPreview::show(QWidget* parent, const QList<PrintDocument>& documents)
{
    if (documents.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(documents.first().style().pageLayout());
    printer.setFullPage(true);
    printer.setDocName(documents.first().name());

    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printPreviewDialog"));
    dialog.setWindowTitle(QCoreApplication::translate("PrintPreview", "Print Preview"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&dialog, &documents](QPrinter* target) {
        const Result<PrintOutcome> painted =
            DocumentPainter::paint(*target, documents, {}, DocumentPainter::PageSetup::FromDevice);
        if (!painted)
            MessageBox::error(&dialog, QCoreApplication::translate("PrintPreview", "Print"), painted.error());
    });
    dialog.exec();
}

QString PrintPreview::saveAsPdf(QWidget* parent, const QList<PrintDocument>& documents, const QString& suggestedName)
{
    const QString title = QCoreApplication::translate("PrintPreview", "Save as PDF");
    QString path = FileDialog::getSaveFileName(parent, title, suggestedName,
                                               QCoreApplication::translate("PrintPreview", "PDF files (*.pdf)"));
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(".pdf");
    const Result<PrintOutcome> written = exportWithProgress(parent, path, documents);
    if (!written) {
        MessageBox::error(parent, title, written.error());
        return {};
    }
    return *written == PrintOutcome::Done ? path : QString();
}

Result<PrintOutcome> PrintPreview::exportWithProgress(QWidget* parent, const QString& path,
                                                      const QList<PrintDocument>& documents)
{
    std::atomic<int> done = 0;
    std::atomic<bool> cancelled = false;
    std::optional<Result<PrintOutcome>> result;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        result = PdfExport::write(path, documents, [&](int count, int) {
            done = count;
            return !cancelled;
        });
    }));

    QProgressDialog progress(QCoreApplication::translate("PrintPreview", "Writing the PDF…"),
                             QCoreApplication::translate("PrintPreview", "Cancel"), 0,
                             static_cast<int>(documents.size()), parent);
    progress.setObjectName(QStringLiteral("pdfProgressDialog"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&cancelled] { cancelled = true; });
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &progress, [&] { progress.setValue(done); });

    // finished() comes from the worker thread, so it is queued: the loop cannot miss it.
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    worker->start();
    poll.start();
    loop.exec();
    worker->wait();
    return result.value_or(
        fail(Error::Code::Generic, QCoreApplication::translate("PrintPreview", "The PDF could not be written.")));
}

} // namespace branddesk
