// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/printdocument.h"
#include "core/summary/campaignfigures.h"

namespace branddesk {

/// The leader dashboard on paper for the weekly meeting: one A4 landscape page (more only for a very large
/// register) with the headline figures, this week's call list, the departments furthest behind and the
/// traffic-light table, two departments to a line. The same CampaignFigures the dashboard and the
/// supervision summary show; the charts are not printed.
PrintDocument buildDashboardSheet(const CampaignFigures& figures);

} // namespace branddesk
