// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/starttrace.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace branddesk::starttrace {
namespace {

bool enabled()
{
    static const bool on = qEnvironmentVariableIsSet("BRANDDESK_TRACE_START");
    return on;
}

QElapsedTimer& sinceMain()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer started;
        started.start();
        return started;
    }();
    return timer;
}

/// Waits for the first Paint event of the widget it watches, then marks the phase from the event loop.
class FirstPaint : public QObject {
public:
    FirstPaint(QWidget* widget, const char* phase)
        : QObject(widget)
        , m_phase(phase)
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            const char* phase = m_phase;
            QTimer::singleShot(0, [phase] { mark(phase); });
        }
        return false;
    }

private:
    const char* m_phase;
};

} // namespace

void mark(const char* phase)
{
    if (!enabled())
        return;
    std::fprintf(stderr, "start-trace %.1f %s\n", double(sinceMain().nsecsElapsed()) / 1e6, phase);
    std::fflush(stderr);
}

void markWhenPainted(QWidget* widget, const char* phase)
{
    if (enabled())
        new FirstPaint(widget, phase);
}

} // namespace branddesk::starttrace
