// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/eventloopheartbeat.h"

#include <algorithm>

namespace branddesk::bench {

EventLoopHeartbeat::EventLoopHeartbeat(QObject* parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kBeatMs);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopHeartbeat::beat);
    m_sinceBeat.start();
    m_timer.start();
}

void EventLoopHeartbeat::beginStep()
{
    m_stepWorstMs = 0;
    m_sinceBeat.restart();
}

void EventLoopHeartbeat::beat()
{
    m_stepWorstMs = std::max(m_stepWorstMs, sinceLastBeatMs());
    m_sinceBeat.restart();
}

} // namespace branddesk::bench
