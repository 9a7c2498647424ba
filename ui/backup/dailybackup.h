// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backup/backupfile.h"
#include "core/error.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class QMainWindow;
class QThread;

namespace branddesk {

class Clock;

/// The first start of each day backs the database up (BackupManager::backUpIfFirstToday) while the window is
/// already open: a gigabyte takes many seconds to copy and check, and nobody should wait for it to start work.
/// The copy is made on its own connection in a worker thread; the window's status bar says what is going on,
/// and a failure is shown as an error. Before the program closes the database, finish() waits for it.
class DailyBackup : public QObject {
    Q_OBJECT
public:
    DailyBackup(QString databasePath, const Clock& clock, QObject* parent = nullptr);
    ~DailyBackup() override;

    /// Starts the backup; messages go to `window`'s status bar.
    void start(QMainWindow* window);
    bool isRunning() const;
    /// Waits for a running backup, with a busy dialog; returns at once when none runs. Cancelling there stops
    /// the copy and keeps nothing of it: the next start makes today's backup.
    void finish(QWidget* parent);
    /// What the finished backup gave: the file made, nullopt when today's backup already existed.
    const std::optional<Result<std::optional<BackupFile>>>& outcome() const { return m_outcome; }

signals:
    void finished();

private:
    void report();

    QString m_databasePath;
    const Clock& m_clock;
    QPointer<QMainWindow> m_window;
    std::atomic_bool m_stop = false;
    std::unique_ptr<QThread> m_worker;
    std::optional<Result<std::optional<BackupFile>>> m_outcome;
};

} // namespace branddesk
