// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/summary/campaignfigures.h"

namespace branddesk {

class Session;

/// The current campaign's figures for `period` on the session's today: the one calculation behind the
/// supervision summary and the dashboard.
Result<CampaignFigures> collectCampaignFigures(Session& session, const DateRange& period);

/// The periods leaders choose from.
enum class FiguresPeriod { ThisWeek, ThisMonth, ThisPhase, WholeCampaign };
/// The dates of `kind` around `today` (this phase: the phase holding today, else the campaign).
DateRange figuresPeriod(FiguresPeriod kind, const Campaign& campaign, const QDate& today);

} // namespace branddesk
