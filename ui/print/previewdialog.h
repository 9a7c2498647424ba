// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/printdocument.h"

#include <QDialog>
#include <QList>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace branddesk {

class PreviewPages;
class PreviewWorker;

/// The print preview (object name "printPreviewDialog"): opens at once, counts the pages of the documents in a
/// worker (the count grows with a progress bar and a button that stops it) and paints only the pages in view,
/// in the same worker. Its toolbar prints (the printer chosen in the print dialog, its page setup for every
/// document), zooms and saves as PDF or Word ("saveDocumentAction"); the file and the paper get every page
/// whether or not the preview has counted it.
class PreviewDialog : public QDialog {
    Q_OBJECT

public:
    explicit PreviewDialog(const QList<PrintDocument>& documents, QWidget* parent = nullptr);
    ~PreviewDialog() override;

    /// Whether pages are still being counted or a page in view waits for its picture.
    bool isLoading() const;
    /// The pages counted so far.
    int pageCount() const;

signals:
    /// isLoading() changed.
    void loadingChanged(bool loading);

private:
    void counted(int document, int pages);
    void countingFinished(bool stopped);
    void showPosition(int page, int count);
    void print();
    void save();

    const QList<PrintDocument> m_documents;
    std::unique_ptr<PreviewWorker> m_worker;
    PreviewPages* m_pages = nullptr;
    QLabel* m_position = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_stop = nullptr;
    bool m_counting = true;
    bool m_loading = true;
};

} // namespace branddesk
