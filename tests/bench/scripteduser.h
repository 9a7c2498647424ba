// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/bench/eventloopheartbeat.h"

#include <QList>
#include <QString>

#include <functional>

namespace branddesk {
class MainWindow;
class Session;
} // namespace branddesk

namespace branddesk::bench {

/// One step of the scripted user and the longest time the GUI thread stayed away from the event loop in it.
struct StallStep {
    QString what;
    double worstMs = 0;
};

/// A user clicking through the main window as a clerk would, step by step, each step started from the event loop
/// and followed until the window is idle again (no background reader busy, the heartbeat steady): every area,
/// the dashboard for the whole campaign, a search of a 2- and a 3-character term, a report saved through the
/// form, the inspection sheets' print preview of every department for the month, and a list exported to Excel.
class ScriptedUser {
public:
    ScriptedUser(Session& session, MainWindow& window, const QString& scratchFolder);

    /// Runs every step; the stalls measured, in order.
    QList<StallStep> run();

private:
    void step(const QString& what, const std::function<void()>& action);
    /// Waits (in the event loop) until nothing is loading and the heartbeat has been steady for a while.
    void settle();

    Session& m_session;
    MainWindow& m_window;
    QString m_scratch;
    EventLoopHeartbeat m_heartbeat;
    QList<StallStep> m_steps;
};

} // namespace branddesk::bench
