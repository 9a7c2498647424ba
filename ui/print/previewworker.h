// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/printdocument.h"

#include <QImage>
#include <QList>
#include <QObject>

#include <condition_variable>
#include <memory>
#include <mutex>

class QThread;

namespace branddesk {

/// The print preview's thread: counts the pages of a batch of documents one document after the other, and
/// paints the pages the preview shows when it asks for them — those first, the counting in between. Nothing
/// is laid out or painted on the UI thread, and only the pages in view are painted.
///
/// The signals come from the worker thread and are queued to the receivers on the UI thread.
class PreviewWorker : public QObject {
    Q_OBJECT

public:
    /// A page wanted: page `page` (from 0) of document `document`, painted `width` pixels wide.
    struct Page {
        int document = 0;
        int page = 0;
        int width = 0;
        bool operator==(const Page&) const = default;
    };

    explicit PreviewWorker(const QList<PrintDocument>& documents, QObject* parent = nullptr);
    /// Stops the thread after the page or document it is at (a few milliseconds).
    ~PreviewWorker() override;

    void start();
    /// The pages in view now: they replace the pages asked for before (a page scrolled past before its turn is
    /// never painted).
    void want(const QList<Page>& pages);
    /// Stops counting after the document being counted (the pages counted so far stay).
    void stopCounting();

signals:
    /// Document `document` (they come in order) has `pages` pages.
    void counted(int document, int pages);
    /// Every document is counted, or the counting was stopped (`stopped`).
    void countingFinished(bool stopped);
    /// Page `page` of document `document`, as asked for (a null image when the document has no such page).
    void rendered(int document, int page, const QImage& image);

private:
    void run();

    const QList<PrintDocument> m_documents;
    std::unique_ptr<QThread> m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    QList<Page> m_wanted;   ///< guarded by m_mutex
    int m_nextCount = 0;    ///< guarded by m_mutex
    bool m_counting = true; ///< guarded by m_mutex
    bool m_stop = false;    ///< guarded by m_mutex
};

} // namespace branddesk
