// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace branddesk::bench {

/// What branddesk_stalls measured: each step's longest time away from the event loop, in its order.
struct StallRun {
    struct Step {
        QString what;
        double worstMs = 0;
    };
    QList<Step> steps;
    double peakMb = 0; ///< the stall meter's maximum resident size
    QString error;     ///< why there are no figures (empty when it ran)

    /// The step with the longest stall, the start (made before the event loop runs) left out.
    Step worst() const;
};

/// Runs `stallsProgram --database database` (under /usr/bin/time, its notes in `scratch`) and reads its lines.
StallRun runStallMeter(const QString& stallsProgram, const QString& database, const QString& scratch);

} // namespace branddesk::bench
