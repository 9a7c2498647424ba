// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/print/printpreview.h"

#include "core/documents/documentexport.h"
#include "ui/print/previewdialog.h"
#include "ui/widgets/filedialog.h"
#include "ui/widgets/messagebox.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
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
    PreviewDialog dialog(documents, parent);
    dialog.exec();
}

QString PrintPreview::saveAsPdf(QWidget* parent, const QList<PrintDocument>& documents, const QString& suggestedName)
{
    const QString title = QCoreApplication::translate("PrintPreview", "Save as PDF or Word");
    const QString pdfFilter = QCoreApplication::translate("PrintPreview", "PDF files (*.pdf)");
    const QString docxFilter = QCoreApplication::translate("PrintPreview", "Word documents (*.docx)");
    QString chosenFilter =
        DocumentExport::formatOf(suggestedName) == DocumentExport::Format::Docx ? docxFilter : pdfFilter;
    QString path = FileDialog::getSaveFileName(parent, title, suggestedName,
                                               pdfFilter + QLatin1String(";;") + docxFilter, &chosenFilter);
    if (path.isEmpty())
        return {};
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("docx"))
        path += chosenFilter == docxFilter ? QLatin1String(".docx") : QLatin1String(".pdf");
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
        result = DocumentExport::write(path, documents, [&](int count, int) {
            done = count;
            return !cancelled;
        });
    }));

    QProgressDialog progress(QCoreApplication::translate("PrintPreview", "Writing the file…"),
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
        fail(Error::Code::Generic, QCoreApplication::translate("PrintPreview", "The file could not be written.")));
}

} // namespace branddesk
