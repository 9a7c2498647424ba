// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaign/campaign.h"
#include "core/error.h"
#include "core/reports/weeklyreport.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace branddesk {

class Database;

/// Writes invented weekly reports, as departments of varying diligence would have sent them: most on time,
/// some late, some missing, an occasional supplement, a few flagged as typical practice. Deterministic for a
/// seed. For the demo database and the benchmark generator only: the reports are written straight to
/// storage, dated as if logged on arrival, and the departments are dated back to the campaign's start.
class DemoReports {
public:
    DemoReports(Database& database, quint32 seed)
        : m_database(database)
        , m_random(seed)
    {}

    /// Every active department's reports for every week of `campaign` up to `nowUtc`, logged by `clerk`.
    /// Runs in one transaction; returns how many reports were written.
    Result<int> populate(const Campaign& campaign, const QList<Department>& departments, const QDateTime& nowUtc,
                         const QString& clerk);

    /// A report's invented content: a few practices of the week, 150–600 characters.
    WeeklyReport inventReport(const Department& department);

private:
    Database& m_database;
    QRandomGenerator m_random;
};

} // namespace branddesk
