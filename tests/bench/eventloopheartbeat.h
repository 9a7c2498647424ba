// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace branddesk::bench {

/// The stall meter: a timer on the GUI thread that beats every few milliseconds whenever the thread is back in
/// an event loop (the application's, or a modal dialog's). The longest gap between two beats is the longest
/// time the window could not answer a click. Each gap is charged to the step running when it ended.
class EventLoopHeartbeat : public QObject {
    Q_OBJECT

public:
    static constexpr int kBeatMs = 5;

    explicit EventLoopHeartbeat(QObject* parent = nullptr);

    /// Starts a new step: its worst gap starts at zero.
    void beginStep();
    /// The longest gap of the current step so far, in milliseconds.
    double stepWorstMs() const { return m_stepWorstMs; }
    /// Milliseconds since the last beat (the gap now, if the thread is busy).
    double sinceLastBeatMs() const { return double(m_sinceBeat.nsecsElapsed()) / 1e6; }

private:
    void beat();

    QTimer m_timer;
    QElapsedTimer m_sinceBeat;
    double m_stepWorstMs = 0;
};

} // namespace branddesk::bench
