// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/print/previewworker.h"

#include "core/documents/pagerenderer.h"

#include <QThread>

#include <optional>

namespace branddesk {

PreviewWorker::PreviewWorker(const QList<PrintDocument>& documents, QObject* parent)
    : QObject(parent)
    , m_documents(documents)
{}

PreviewWorker::~PreviewWorker()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread)
        m_thread->wait();
}

void PreviewWorker::start()
{
    if (m_thread)
        return;
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->start();
}

void PreviewWorker::want(const QList<Page>& pages)
{
    {
        const std::lock_guard lock(m_mutex);
        m_wanted = pages;
    }
    m_wake.notify_all();
}

void PreviewWorker::stopCounting()
{
    {
        const std::lock_guard lock(m_mutex);
        m_counting = false;
    }
    m_wake.notify_all();
}

void PreviewWorker::run()
{
    PageRenderer counter; // lays the documents out in order
    PageRenderer painter; // keeps the document of the pages in view
    const int total = static_cast<int>(m_documents.size());
    bool finishedSaid = false;
    for (;;) {
        std::optional<Page> page;
        int toCount = -1;
        bool stopped = false;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] {
                return m_stop || !m_wanted.isEmpty() || (m_counting && m_nextCount < total) || !finishedSaid;
            });
            if (m_stop)
                return;
            if (!m_wanted.isEmpty()) {
                page = m_wanted.takeFirst();
            } else if (m_counting && m_nextCount < total) {
                toCount = m_nextCount++;
            } else {
                stopped = m_nextCount < total;
                finishedSaid = true;
            }
        }
        if (page) {
            if (page->document >= 0 && page->document < total)
                emit rendered(page->document, page->page,
                              painter.render(page->document, m_documents.at(page->document), page->page, page->width));
        } else if (toCount >= 0) {
            emit counted(toCount, counter.pageCount(toCount, m_documents.at(toCount)));
        } else {
            emit countingFinished(stopped);
        }
    }
}

} // namespace branddesk
