// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backup/upgradewithprogress.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

namespace branddesk {

Result<void> upgradeWithProgress(QWidget* parent, const QString& path, const Database::OpenOptions& options)
{
    constexpr int kSteps = 1000;
    if (!Database::needsUpgrade(path))
        return {};
    std::atomic_int reached = 0; // of kSteps
    std::atomic_bool stop = false;
    std::optional<Error> failure;
    // The worker opens (and so upgrades) the file on a connection of its own, and closes it again.
    std::unique_ptr<QThread> worker(QThread::create([&] {
        Database::OpenOptions upgrading = options;
        upgrading.migrationProgress = [&reached, &stop](int, qint64 done, qint64 total) {
            reached = total > 0 ? int(done * kSteps / total) : kSteps;
            return !stop;
        };
        Result<std::unique_ptr<Database>> opened = Database::open(path, upgrading);
        if (!opened)
            failure = opened.error();
    }));

    QProgressDialog progress(
        QCoreApplication::translate("UpgradeWithProgress",
                                    "Upgrading the database for this version of BrandDesk (building the search "
                                    "index of every report)…"),
        QCoreApplication::translate("BusyWork", "Cancel"), 0, kSteps, parent);
    progress.setObjectName(QStringLiteral("upgradeProgressDialog"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(500);
    progress.setValue(0);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&stop] { stop = true; });
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &progress, [&] {
        if (!stop)
            progress.setValue(std::min(reached.load(), kSteps - 1));
    });
    tick.start(100);
    worker->start();
    while (!worker->isFinished())
        loop.exec();
    worker->wait();
    if (failure)
        return fail(*failure);
    return {};
}

} // namespace branddesk
