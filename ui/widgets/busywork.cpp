// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/busywork.h"

#include "core/services/session.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <memory>

namespace branddesk {

void runBusy(QWidget* parent, const QString& label, const std::function<void()>& work,
             const std::function<void()>& cancel)
{
    std::unique_ptr<QThread> worker(QThread::create(work));
    worker->start();
    waitBusy(parent, label, *worker, cancel);
}

void runBusyRead(QWidget* parent, const QString& label, Session& session, const std::function<void(Session&)>& read,
                 std::optional<Error>& openError)
{
    const Database& database = session.database();
    const Clock& clock = session.clock();
    runBusy(parent, label, [&] {
        Result<std::unique_ptr<Database>> opened = database.openAnother();
        if (!opened) {
            openError = opened.error();
            return;
        }
        Session reader(std::move(*opened), clock);
        read(reader);
    });
}

void waitBusy(QWidget* parent, const QString& label, QThread& worker, const std::function<void()>& cancel)
{
    constexpr int kShowAfterMs = 500;
    QProgressDialog progress(label, QString(), 0, 0, parent);
    progress.setObjectName(QStringLiteral("busyProgressDialog"));
    progress.setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    progress.setMinimumDuration(kShowAfterMs);
    if (cancel) {
        progress.setCancelButtonText(QCoreApplication::translate("BusyWork", "Cancel"));
        QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&cancel] { cancel(); });
    } else {
        progress.setCancelButton(nullptr);
    }
    progress.setValue(0);
    // Until the modal dialog shows, the loop keeps the user's clicks and keys out of the window; once it shows
    // (and can be cancelled), input is let through, and the dialog's modality keeps it from the window.
    QEventLoop loop;
    bool dialogShown = false;
    // finished() comes from the worker thread, so it is queued; it is connected before the check below, so the
    // loop cannot miss it.
    QObject::connect(&worker, &QThread::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    if (cancel) {
        QTimer::singleShot(kShowAfterMs, &loop, [&] {
            progress.show();
            dialogShown = true;
            loop.quit();
        });
    }
    while (!worker.isFinished())
        loop.exec(dialogShown ? QEventLoop::AllEvents : QEventLoop::ExcludeUserInputEvents);
    worker.wait();
}

} // namespace branddesk
