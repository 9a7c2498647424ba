// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaign/campaign.h"
#include "core/domain/department.h"
#include "core/reports/reportcompliance.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace branddesk {

/// A department's weeks of the campaign reported on time and late, counted under a ReportTotalsRule (storage keeps
/// them up to date as reports come, change and go).
struct ReportTotals {
    int onTime = 0;
    int late = 0;
    bool operator==(const ReportTotals&) const = default;
};

/// The due rule under which storage keeps ReportTotals: the campaign's weeks from `firstDay` to `lastDay` (Julian
/// days of their Mondays), its start, and the due moment as a fixed distance from each week's Monday 00:00 UTC —
/// which holds where the local time zone keeps one offset over those weeks (China's has since 1991); where it does
/// not, there is no rule and compliance is counted from every week (ReportCompliance::build).
struct ReportTotalsRule {
    qint64 campaignId = 0;
    qint64 firstDay = 0;
    qint64 lastDay = 0; ///< the end of a closed campaign, or a horizon two to three years ahead of today
    qint64 startSecs = 0;
    qint64 dueOffset = 0;

    bool operator==(const ReportTotalsRule&) const = default;

    /// The rule for `campaign` as of `nowUtc`; none when the campaign has no weeks or the offset changes.
    static std::optional<ReportTotalsRule> of(const Campaign& campaign, const QDateTime& nowUtc);
    /// The due moment of the week whose Monday is Julian day `mondayDay`, in Unix seconds.
    qint64 dueSecs(qint64 mondayDay) const { return (mondayDay - kUnixEpochDay) * 86400 + dueOffset; }
    /// Counts every department's weeks from scratch, as the triggers would have: `departments` all of them (active
    /// or not), `facts` every department's weeks.
    QHash<qint64, ReportTotals> count(const QList<Department>& departments, const QList<ReportWeekFact>& facts) const;

    static constexpr qint64 kUnixEpochDay = 2440588; ///< QDate(1970, 1, 1).toJulianDay()
};

} // namespace branddesk
