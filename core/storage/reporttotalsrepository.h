// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/reports/reporttotals.h"

#include <QHash>
#include <QList>

#include <optional>

namespace branddesk {

class Database;

/// The per-department totals of weeks reported on time and late (schema 14: report_totals, kept by triggers under
/// report_totals_rule), and the weeks of report_weeks by range.
class ReportTotalsRepository {
public:
    explicit ReportTotalsRepository(Database& database)
        : m_database(database)
    {}

    /// The rule the stored totals were counted under; none before the first count.
    Result<std::optional<ReportTotalsRule>> rule() const;
    /// Every department's totals (a department without a row has none).
    Result<QHash<qint64, ReportTotals>> totals() const;
    /// The facts of the weeks whose Mondays lie from Julian day `fromDay` to `toDay`.
    Result<QList<ReportWeekFact>> weekFacts(qint64 fromDay, qint64 toDay) const;
    /// Stores `rule` and the totals counted under it, in place of what was there; the triggers keep them from now on.
    Result<void> replace(const ReportTotalsRule& rule, const QHash<qint64, ReportTotals>& totals);

private:
    Database& m_database;
};

} // namespace branddesk
