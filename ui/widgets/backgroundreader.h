// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QObject>

#include <functional>
#include <memory>

namespace branddesk {

class Session;

/// Reads for a view off the UI thread, so that collecting what takes long (the dashboard's figures of a ten-year
/// campaign) never freezes the window: the view asks, shows that it is loading, and gets the result on the UI
/// thread when it is ready, while the user goes on clicking. The work runs in a thread of the reader's own on a
/// session of its own — another connection to the same database (Database::openAnother), opened at the first
/// request and kept until the reader goes — with nobody signed in, so it can only read.
///
/// A newer request supersedes the older ones: a request still waiting is never started, and the result of one
/// already running is dropped when it arrives. Runs one request at a time. Unlike runBusy(), nothing is modal.
class BackgroundReader : public QObject {
    Q_OBJECT

public:
    /// Runs on the UI thread with the result (captured by the work that made it).
    using Delivery = std::function<void()>;
    /// Runs in the worker on the reader's session; must not touch widgets. Returns what to do with its result.
    using Work = std::function<Delivery(Session& reader)>;

    explicit BackgroundReader(Session& session, QObject* parent = nullptr);
    /// Waits for the request running, if any; a result not yet delivered is dropped.
    ~BackgroundReader() override;

    /// Runs `work` in the worker, then its delivery here — unless a newer request() came meanwhile. When the
    /// reader's connection cannot be opened, `failed` gets the error here instead.
    void request(Work work, std::function<void(const Error&)> failed);
    /// Drops the requests made so far: none of them delivers (for a view that has nothing to ask any more).
    void cancel();
    /// Whether a request is waiting or running (its result not yet delivered or dropped).
    bool isBusy() const { return m_busy; }
    /// Readers of the whole program that are busy now (for the bench's scripted user, which waits for them).
    static int busyReaders();

signals:
    /// The reader became busy, or idle again (after the newest request's delivery ran).
    void busyChanged(bool busy);

private:
    struct Shared;
    void setBusy(bool busy);

    Session& m_session;
    std::shared_ptr<Shared> m_shared;
    quint64 m_latest = 0; ///< the newest request's number
    bool m_busy = false;
};

} // namespace branddesk
