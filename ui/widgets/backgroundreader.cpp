// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/backgroundreader.h"

#include "core/services/session.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>

namespace branddesk {
namespace {

int s_busyReaders = 0;

} // namespace

/// What the UI thread and the worker share: the newest request not yet started (older ones were replaced).
struct BackgroundReader::Shared {
    QMutex mutex;
    QWaitCondition wake;
    Work next;
    std::function<void(const Error&)> nextFailed;
    quint64 nextNumber = 0;
    bool stopping = false;
    std::unique_ptr<QThread> thread;
};

BackgroundReader::BackgroundReader(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_shared(std::make_shared<Shared>())
{}

BackgroundReader::~BackgroundReader()
{
    if (m_shared->thread) {
        {
            const QMutexLocker lock(&m_shared->mutex);
            m_shared->stopping = true;
            m_shared->next = {};
        }
        m_shared->wake.wakeAll();
        m_shared->thread->wait();
    }
    setBusy(false);
}

int BackgroundReader::busyReaders()
{
    return s_busyReaders;
}

void BackgroundReader::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    s_busyReaders += busy ? 1 : -1;
    emit busyChanged(busy);
}

void BackgroundReader::cancel()
{
    ++m_latest;
    {
        const QMutexLocker lock(&m_shared->mutex);
        m_shared->next = {};
        m_shared->nextFailed = {};
    }
    setBusy(false);
}

void BackgroundReader::request(Work work, std::function<void(const Error&)> failed)
{
    const quint64 number = ++m_latest;
    {
        const QMutexLocker lock(&m_shared->mutex);
        m_shared->next = std::move(work);
        m_shared->nextFailed = std::move(failed);
        m_shared->nextNumber = number;
    }
    setBusy(true);
    if (m_shared->thread) {
        m_shared->wake.wakeAll();
        return;
    }
    // The worker: takes the newest request, runs it on its own session and posts the result back here. Queued
    // calls to a reader that is gone are dropped by Qt; the reader's destructor stops and waits for the worker.
    const Database& database = m_session.database();
    const Clock& clock = m_session.clock();
    m_shared->thread.reset(QThread::create([shared = m_shared, &database, &clock, self = this] {
        std::unique_ptr<Session> reader;
        for (;;) {
            Work next;
            std::function<void(const Error&)> failed;
            quint64 number = 0;
            {
                QMutexLocker lock(&shared->mutex);
                while (!shared->next && !shared->stopping)
                    shared->wake.wait(&shared->mutex);
                if (shared->stopping)
                    break;
                next = std::exchange(shared->next, {});
                failed = std::exchange(shared->nextFailed, {});
                number = shared->nextNumber;
            }
            if (!reader) {
                Result<std::unique_ptr<Database>> opened = database.openAnother();
                if (!opened) {
                    QMetaObject::invokeMethod(
                        self,
                        [self, number, failed = std::move(failed), error = opened.error()] {
                            if (number != self->m_latest)
                                return;
                            self->setBusy(false);
                            if (failed)
                                failed(error);
                        },
                        Qt::QueuedConnection);
                    continue;
                }
                reader = std::make_unique<Session>(std::move(*opened), clock);
            }
            Delivery delivery = next(*reader);
            QMetaObject::invokeMethod(
                self,
                [self, number, delivery = std::move(delivery)] {
                    if (number != self->m_latest)
                        return; // a newer request superseded this one
                    if (delivery)
                        delivery();
                    if (number == self->m_latest)
                        self->setBusy(false);
                },
                Qt::QueuedConnection);
        }
        reader.reset(); // its connection is closed in the thread that opened it
    }));
    m_shared->thread->setObjectName(QStringLiteral("BackgroundReader"));
    m_shared->thread->start();
}

} // namespace branddesk
