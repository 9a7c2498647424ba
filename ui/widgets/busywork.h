// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QString>

#include <functional>
#include <optional>

class QThread;
class QWidget;

namespace branddesk {

class Session;

/// Runs `work` in a worker thread while the window stays painted; after half a second a modal "busy" dialog
/// (object name "busyProgressDialog") says what is going on. Returns when the work is done. `work` must not
/// touch widgets or the session's own database connection: it opens what it needs (as BackupManager does).
/// With a `cancel` function the dialog has a Cancel button that calls it (on the UI thread); the work is then
/// expected to stop soon, leaving nothing half-done, and runBusy still returns only when it has. Without one
/// the dialog has no Cancel: the work cannot be stopped halfway.
void runBusy(QWidget* parent, const QString& label, const std::function<void()>& work,
             const std::function<void()>& cancel = {});

/// Waits, the same way, for a worker thread that is already running (or has already finished).
void waitBusy(QWidget* parent, const QString& label, QThread& worker, const std::function<void()>& cancel = {});

/// runBusy() for a read from the database: `read` runs in the worker on a session of its own — another connection
/// to the same database (Database::openAnother), nobody signed in — opened and closed in the worker. Returns what
/// it read, or why the connection could not be opened.
void runBusyRead(QWidget* parent, const QString& label, Session& session, const std::function<void(Session&)>& read,
                 std::optional<Error>& openError);

template <typename T>
Result<T> readBusy(QWidget* parent, const QString& label, Session& session,
                   const std::function<Result<T>(Session&)>& read)
{
    std::optional<Result<T>> result;
    std::optional<Error> openError;
    runBusyRead(
        parent, label, session, [&](Session& reader) { result = read(reader); }, openError);
    if (openError)
        return fail(*openError);
    return std::move(*result);
}

} // namespace branddesk
