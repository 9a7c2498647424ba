// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/server/livestatus.h"

#include "core/services/session.h"

#include <QMainWindow>
#include <QStatusBar>

namespace branddesk {

LiveStatus::LiveStatus(Session& session, QMainWindow* window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{
    connect(&session.live(), &LiveUpdates::changesArrived, this, &LiveStatus::arrived);
    (void)session.presence().announce(); // advisory: a server that refuses it still serves the data
    if (Result<void> started = session.live().start(); !started)
        window->statusBar()->showMessage(
            tr("Changes made on other PCs will show only after a reload: %1").arg(started.error().message));
}

LiveStatus::~LiveStatus()
{
    m_session.live().stop();
}

void LiveStatus::arrived(int count, const QStringList& userNames)
{
    m_window->statusBar()->showMessage(
        tr("%n change(s) saved by %1 on another PC or in another window — the lists show them now.", nullptr, count)
            .arg(userNames.join(tr(", "))),
        kMessageMs);
}

} // namespace branddesk
