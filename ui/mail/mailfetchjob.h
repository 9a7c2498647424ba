// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/mail/mailfetcher.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace branddesk {

/// One fetch of the office mailbox in a worker thread (MailFetcher), so that the window answers every click
/// meanwhile: progress() as messages arrive, finished() once on the UI thread with the batch or the error.
/// cancel() makes it stop soon (finished() then carries Error::Code::Cancelled).
class MailFetchJob : public QObject {
    Q_OBJECT
public:
    MailFetchJob(const MailSettings& settings, const QString& password, const QHash<quint64, quint64>& highestUids,
                 QObject* parent = nullptr);
    ~MailFetchJob() override;

    void start();
    void cancel() { m_stop = true; }
    bool isRunning() const;
    /// The outcome, valid once finished() was emitted.
    const Result<MailBatch>& result() const { return m_result; }

signals:
    void progress(int done, int total);
    void finished();

private:
    MailSettings m_settings;
    QString m_password;
    QHash<quint64, quint64> m_highest;
    std::atomic_bool m_stop = false;
    Result<MailBatch> m_result;
    QThread* m_thread = nullptr;
};

} // namespace branddesk
