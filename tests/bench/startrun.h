// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace branddesk::bench {

/// BrandDesk's start on an X display, launch to the main window painted with the department list: what a user
/// waits for after signing in (the sign-in itself is left out: `--screenshot` opens without it; the bench times
/// the password hashing on its own line). The phases come from the program's own start trace
/// (BRANDDESK_TRACE_START, app/starttrace.h), read as the lines arrive.
struct StartRun {
    struct Phase {
        QString what;
        double ms = 0; ///< median time of this phase alone
    };
    double paintedMs = 0; ///< median, launch to the departments painted
    QList<Phase> phases;  ///< in order; the first is the launch until main() runs
    QString error;
};

/// Runs `program --database database --screenshot …` `runs` times on `display` (":N").
StartRun measureStart(const QString& program, const QString& database, const QString& display, int runs,
                      const QString& scratch);

/// An Xvfb display of the bench's own (the same screen as the time-to-window tool's). Stopped when it goes.
class XvfbDisplay {
public:
    XvfbDisplay();
    ~XvfbDisplay();
    XvfbDisplay(const XvfbDisplay&) = delete;
    XvfbDisplay& operator=(const XvfbDisplay&) = delete;
    /// ":N", or empty when Xvfb could not be started.
    QString name() const { return m_name; }

private:
    qint64 m_pid = 0;
    QString m_name;
};

} // namespace branddesk::bench
