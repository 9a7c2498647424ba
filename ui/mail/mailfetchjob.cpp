// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mail/mailfetchjob.h"

#include <QThread>

namespace branddesk {

MailFetchJob::MailFetchJob(const MailSettings& settings, const QString& password,
                           const QHash<quint64, quint64>& highestUids, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_password(password)
    , m_highest(highestUids)
    , m_result(fail(Error::Code::Cancelled, QString()))
{}

MailFetchJob::~MailFetchJob()
{
    if (m_thread != nullptr) {
        m_stop = true;
        m_thread->wait();
    }
}

bool MailFetchJob::isRunning() const
{
    return m_thread != nullptr && m_thread->isRunning();
}

void MailFetchJob::start()
{
    m_thread = QThread::create([this] {
        m_result = MailFetcher::fetchNew(m_settings, m_password, m_highest, &m_stop, [this](int done, int total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
        });
    });
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, &MailFetchJob::finished);
    m_thread->start();
}

} // namespace branddesk
