// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backup/dailybackup.h"

#include "core/services/backupmanager.h"
#include "ui/widgets/busywork.h"
#include "ui/widgets/messagebox.h"

#include <QFileInfo>
#include <QMainWindow>
#include <QStatusBar>
#include <QThread>

namespace branddesk {
namespace {

constexpr int kDoneMessageMs = 15000;

} // namespace

DailyBackup::DailyBackup(QString databasePath, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_clock(clock)
{}

DailyBackup::~DailyBackup()
{
    if (m_worker)
        m_worker->wait();
}

void DailyBackup::start(QMainWindow* window)
{
    if (m_worker)
        return;
    m_window = window;
    m_worker.reset(QThread::create([this] {
        BackupManager manager(m_databasePath, m_clock);
        manager.setStopFlag(&m_stop);
        m_outcome = manager.backUpIfFirstToday();
    }));
    // finished() comes from the worker thread: queued, so report() runs on the UI thread after the work.
    connect(m_worker.get(), &QThread::finished, this, &DailyBackup::report, Qt::QueuedConnection);
    if (m_window)
        m_window->statusBar()->showMessage(tr("Making today's backup…"));
    m_worker->start(QThread::LowPriority);
}

bool DailyBackup::isRunning() const
{
    return m_worker && !m_worker->isFinished();
}

void DailyBackup::finish(QWidget* parent)
{
    if (!m_worker)
        return;
    if (isRunning())
        waitBusy(parent, tr("Finishing today's backup… If you cancel it, it is made at the next start."), *m_worker,
                 [this] { m_stop = true; });
    m_worker->wait();
}

void DailyBackup::report()
{
    if (m_window && m_outcome) {
        if (*m_outcome && **m_outcome) {
            m_window->statusBar()->showMessage(
                tr("Today's backup was made: %1").arg(QFileInfo((**m_outcome)->path).fileName()), kDoneMessageMs);
        } else {
            // Nothing made: cancelled, not needed today, or failed (only a failure is worth a message).
            m_window->statusBar()->clearMessage();
            if (!*m_outcome && m_outcome->error().code != Error::Code::Cancelled)
                MessageBox::error(m_window, tr("Today's backup could not be made"), m_outcome->error());
        }
    }
    emit finished();
}

} // namespace branddesk
