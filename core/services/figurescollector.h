// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/summary/campaignfigures.h"

namespace branddesk {

class Session;

/// The current campaign's figures for `period` on the session's today: the one calculation behind the
/// supervision summary and the dashboard. When `compliance` is given it receives the report compliance the
/// figures were computed from (the dashboard's weekly chart reads it rather than computing it again).
Result<CampaignFigures> collectCampaignFigures(Session& session, const DateRange& period,
                                               ReportCompliance* compliance = nullptr);

/// The periods leaders choose from.
enum class FiguresPeriod { ThisWeek, ThisMonth, ThisPhase, WholeCampaign };
/// The dates of `kind` around `today` (this phase: the phase holding today, else the campaign).
DateRange figuresPeriod(FiguresPeriod kind, const Campaign& campaign, const QDate& today);

} // namespace branddesk
