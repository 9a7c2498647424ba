// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/print/previewdialog.h"

#include "core/documents/documentpainter.h"
#include "core/documents/pagerenderer.h"
#include "ui/print/previewpages.h"
#include "ui/print/previewworker.h"
#include "ui/print/printpreview.h"
#include "ui/widgets/messagebox.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QToolBar>
#include <QVBoxLayout>

namespace branddesk {

PreviewDialog::PreviewDialog(const QList<PrintDocument>& documents, QWidget* parent)
    : QDialog(parent)
    , m_documents(documents)
    , m_worker(std::make_unique<PreviewWorker>(documents))
{
    setObjectName(QStringLiteral("printPreviewDialog"));
    setWindowTitle(QCoreApplication::translate("PrintPreview", "Print Preview"));
    m_pages = new PreviewPages(*m_worker, this);

    auto* toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction* print = toolBar->addAction(tr("Print…"));
    connect(print, &QAction::triggered, this, &PreviewDialog::print);
    print->setObjectName(QStringLiteral("printAction"));
    print->setShortcut(QKeySequence::Print);
    print->setToolTip(tr("Print every page on a printer chosen next"));
    toolBar->addSeparator();
    QAction* zoomOut = toolBar->addAction(tr("Smaller"));
    connect(zoomOut, &QAction::triggered, m_pages, &PreviewPages::zoomOut);
    zoomOut->setObjectName(QStringLiteral("zoomOutAction"));
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction* zoomIn = toolBar->addAction(tr("Larger"));
    connect(zoomIn, &QAction::triggered, m_pages, &PreviewPages::zoomIn);
    zoomIn->setObjectName(QStringLiteral("zoomInAction"));
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction* fit = toolBar->addAction(tr("Fit width"));
    connect(fit, &QAction::triggered, m_pages, &PreviewPages::fitWidth);
    fit->setObjectName(QStringLiteral("fitWidthAction"));
    // Beside the print button: the same documents saved as PDF or as Word, to edit before issuing.
    toolBar->addSeparator();
    QAction* save = toolBar->addAction(QCoreApplication::translate("PrintPreview", "Save as PDF or Word…"));
    connect(save, &QAction::triggered, this, &PreviewDialog::save);
    save->setObjectName(QStringLiteral("saveDocumentAction"));
    save->setToolTip(
        QCoreApplication::translate("PrintPreview", "Save these pages as PDF, or as a Word document (.docx)"));

    m_position = new QLabel(this);
    m_position->setObjectName(QStringLiteral("pagePositionLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("countingProgressBar"));
    m_progress->setRange(0, static_cast<int>(documents.size()));
    m_progress->setFormat(tr("Counting the pages: %v of %m documents"));
    m_progress->setMinimumWidth(m_progress->fontMetrics().horizontalAdvance(m_progress->format()) + 40);
    m_stop = new QPushButton(tr("Stop counting"), this);
    m_stop->setObjectName(QStringLiteral("stopCountingPushButton"));
    m_stop->setToolTip(tr("Show the pages counted so far; printing and saving still take every page"));
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_stop->setEnabled(false);
        m_worker->stopCounting();
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* status = new QHBoxLayout;
    status->addWidget(m_position, 1);
    status->addWidget(m_progress);
    status->addWidget(m_stop);
    status->addWidget(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->setMenuBar(toolBar);
    layout->addWidget(m_pages, 1);
    layout->addLayout(status);
    resize(860, 900);

    connect(m_worker.get(), &PreviewWorker::counted, this, &PreviewDialog::counted);
    connect(m_worker.get(), &PreviewWorker::countingFinished, this, &PreviewDialog::countingFinished);
    connect(m_pages, &PreviewPages::currentPageChanged, this, &PreviewDialog::showPosition);
    connect(m_pages, &PreviewPages::waitingChanged, this, [this] {
        if (isLoading() != m_loading) {
            m_loading = isLoading();
            emit loadingChanged(m_loading);
        }
    });
    showPosition(0, 0);
    m_worker->start();
}

PreviewDialog::~PreviewDialog() = default;

bool PreviewDialog::isLoading() const
{
    return m_counting || m_pages->isWaiting();
}

int PreviewDialog::pageCount() const
{
    return m_pages->pageCount();
}

void PreviewDialog::counted(int document, int pages)
{
    m_pages->addPages(document, pages, PageRenderer::paperSize(m_documents.at(document)));
    m_progress->setValue(document + 1);
}

void PreviewDialog::countingFinished(bool stopped)
{
    m_counting = false;
    m_progress->hide();
    m_stop->hide();
    showPosition(m_pages->currentPage(), m_pages->pageCount());
    if (stopped)
        m_position->setText(
            m_position->text() + QLatin1Char(' ') +
            tr("(counting stopped after %L1 of %L2 documents)").arg(m_progress->value()).arg(m_documents.size()));
    if (isLoading() != m_loading) {
        m_loading = isLoading();
        emit loadingChanged(m_loading);
    }
}

void PreviewDialog::showPosition(int page, int count)
{
    if (count == 0)
        m_position->setText(m_counting ? tr("Counting the pages…") : tr("There are no pages."));
    else if (m_counting)
        m_position->setText(tr("Page %L1 of the %L2 counted so far").arg(page + 1).arg(count));
    else
        m_position->setText(tr("Page %L1 of %L2").arg(page + 1).arg(count));
}

void PreviewDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(m_documents.first().style().pageLayout());
    printer.setFullPage(true);
    printer.setDocName(m_documents.first().name());
    QPrintDialog chooser(&printer, this);
    if (chooser.exec() != QDialog::Accepted)
        return;
    // A printer belongs to the UI thread: the pages are painted here, with a progress dialog that can cancel.
    QProgressDialog progress(tr("Printing…"), tr("Cancel"), 0, static_cast<int>(m_documents.size()), this);
    progress.setObjectName(QStringLiteral("printProgressDialog"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const Result<PrintOutcome> painted = DocumentPainter::paint(
        printer, m_documents,
        [&progress](int done, int) {
            progress.setValue(done);
            return !progress.wasCanceled();
        },
        DocumentPainter::PageSetup::FromDevice);
    if (!painted)
        MessageBox::error(this, QCoreApplication::translate("PrintPreview", "Print"), painted.error());
}

void PreviewDialog::save()
{
    QString name = m_documents.first().name();
    name.replace(QLatin1Char('/'), QLatin1Char('-')).replace(QLatin1Char('\\'), QLatin1Char('-'));
    PrintPreview::saveAsPdf(this, m_documents, name);
}

} // namespace branddesk
