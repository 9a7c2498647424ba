// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QtGlobal>

namespace branddesk {

class Session;

/// How big a generated database is.
struct LargeDatasetOptions {
    int departments = 1000; ///< spread over the four categories
    int years = 10;         ///< the current campaign starts this many years before today
    quint32 seed = 2009;
};

/// What a generated database holds.
struct LargeDatasetCounts {
    int departments = 0;
    int brands = 0;
    int milestoneCompletions = 0;
    int reports = 0;
    int inspections = 0;
};

/// Writes a provincial-scale database for the benchmarks (tests/bench/): `departments` departments with
/// generated names across the four categories, brands for most of them, the built-in campaign moved back
/// `years` years (its last phase is open-ended, so it runs to today), milestone completions, weekly
/// reports for every week up to today (on time, late, missing, supplemented) and a few inspections.
/// Deterministic for a seed and the session's clock.
///
/// On a database without accounts it first creates demoAccounts() and signs in as the demo clerk; on one
/// with accounts, the signed-in user must be able to write.
Result<LargeDatasetCounts> generateLargeDataset(Session& session, const LargeDatasetOptions& options);

} // namespace branddesk
