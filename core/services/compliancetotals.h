// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaign/campaign.h"
#include "core/error.h"
#include "core/reports/reportcompliance.h"

namespace branddesk {

class Session;

/// Report compliance of `campaign` for `period` from the maintained totals (schema 14): the counts
/// ReportCompliance::build() gives, read from one row per department and the weeks still open, so that the dashboard's
/// figures cost about the same after ten years as after one (ReportCompliance::summarize). When the stored totals
/// were counted under another rule (another campaign, due day or time, or a new year's horizon) they are counted
/// again first, in one transaction; where no rule can hold (a time zone that changes its offset over the
/// campaign), or the count cannot be stored, it answers with the whole grid (ReportService::compliance).
Result<ReportCompliance> summarizeCompliance(Session& session, const Campaign& campaign, const DateRange& period);

} // namespace branddesk
