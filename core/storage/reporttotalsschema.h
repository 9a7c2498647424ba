// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/migrations.h"

#include <QList>

namespace branddesk {

/// Schema version 14: per department, how many weeks of the current campaign were reported on time and late
/// (report_totals), kept by triggers on report_weeks under the due rule the application last wrote
/// (report_totals_rule), and an index of report_weeks by week, so that the dashboard's figures read one row per
/// department and the few open weeks instead of every week of every year.
Migration reportTotalsSchema();
/// The same on a PostgreSQL server.
QList<const char*> reportTotalsServerSchema();

} // namespace branddesk
