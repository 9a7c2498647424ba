// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaign/campaign.h"
#include "core/error.h"

#include <QByteArray>
#include <QString>

namespace branddesk {

/// Reads campaign definitions: the JSON files under resources/campaigns/ that describe a campaign as data
/// (phases with their dates in dekad notation, milestones with applicability and due dates, the report
/// cadence, the yellow-light lead days, scoring rules). Nothing here touches the database.
class CampaignDefinition {
public:
    /// The shipped definition of the 2009 campaign of the notice.
    static QString builtInPath() { return QStringLiteral(":/campaigns/2009-changzhou.json"); }

    /// Parses and checks a definition. A refusal names the field and its line:
    /// "campaign.json, line 14: phases[1].dates: \"5月下句\" is not a date like 5月中旬 or 5月20日."
    /// Until the campaign is stored, each phase's id is its ordinal and each milestone's `phaseId` names
    /// its phase by that ordinal.
    static Result<Campaign> parse(const QByteArray& json, const QString& sourceName);
    /// Reads a file (or a Qt resource) and parses it.
    static Result<Campaign> load(const QString& path);

    /// The same campaign moved to another year: every date keeps its place in its dekad (the last day of
    /// a month stays the last day, so 2月下旬 ends on the 29th in a leap year). Ids are cleared.
    static Campaign shiftedToYear(const Campaign& campaign, int year);
};

} // namespace branddesk
