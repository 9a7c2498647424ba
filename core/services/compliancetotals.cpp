// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/compliancetotals.h"

#include "core/reports/reporttotals.h"
#include "core/services/session.h"
#include "core/storage/database.h"
#include "core/storage/departmentrepository.h"
#include "core/storage/reportrepository.h"
#include "core/storage/reporttotalsrepository.h"

namespace branddesk {
namespace {

/// Counts every department's totals under `rule` and stores them with it, unless they were counted under it.
Result<void> ensureCounted(Database& database, const ReportTotalsRule& rule)
{
    ReportTotalsRepository repository(database);
    return database.transaction([&]() -> Result<void> {
        Result<std::optional<ReportTotalsRule>> stored = repository.rule();
        if (!stored)
            return fail(stored.error());
        if (*stored == rule)
            return {};
        Result<QList<Department>> departments = DepartmentRepository(database).all();
        if (!departments)
            return fail(departments.error());
        Result<QList<ReportWeekFact>> facts = ReportRepository(database).weekFacts();
        if (!facts)
            return fail(facts.error());
        return repository.replace(rule, rule.count(*departments, *facts));
    });
}

} // namespace

Result<ReportCompliance> summarizeCompliance(Session& session, const Campaign& campaign, const DateRange& period)
{
    const QDateTime now = session.clock().nowUtc();
    const std::optional<ReportTotalsRule> rule = ReportTotalsRule::of(campaign, now);
    Database& database = session.database();
    if (!rule || !ensureCounted(database, *rule))
        return session.reports().compliance(campaign.id);
    ReportTotalsRepository repository(database);
    std::optional<Result<ReportCompliance>> result;
    // One snapshot of the totals and the open weeks.
    Result<void> read = database.transaction([&]() -> Result<void> {
        Result<std::optional<ReportTotalsRule>> stored = repository.rule();
        if (!stored)
            return fail(stored.error());
        if (*stored != rule) { // counted again by another program in between: the whole grid this time
            result = session.reports().compliance(campaign.id);
            return {};
        }
        Result<QList<Department>> departments = session.departments().activeDepartments();
        if (!departments)
            return fail(departments.error());
        Result<QHash<qint64, ReportTotals>> totals = repository.totals();
        if (!totals)
            return fail(totals.error());
        const auto reader = [&repository](qint64 fromDay, qint64 toDay) {
            return repository.weekFacts(fromDay, toDay);
        };
        result = ReportCompliance::summarize(campaign, *departments, *rule, *totals, reader, now, period);
        return {};
    });
    if (!read)
        return fail(read.error());
    return std::move(*result);
}

} // namespace branddesk
