// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/dialect.h"

/// The columns of a report in the history (ReportRepository reads them in this order): string literals,
/// joined by the compiler into the statements that use them.
#define BRANDDESK_REPORT_COLUMNS                                                                                       \
    "r.id, r.department_id, d.name, d.category, r.week_start, r.received_at, r.channel, r.title, "                     \
    "CASE WHEN :full_content = 1 THEN r.content ELSE substr(r.content, 1, 200) END, r.tags, r.highlight, "             \
    "r.entered_at, r.entered_by, "                                                                                     \
    "EXISTS (SELECT 1 FROM weekly_reports o WHERE o.department_id = r.department_id AND o.week_start = r.week_start "  \
    "AND (o.received_at < r.received_at OR (o.received_at = r.received_at AND o.id < r.id))), "                        \
    "(SELECT COUNT(*) FROM report_attachments a WHERE a.report_id = r.id) "

namespace branddesk {

/// The report history's statements on SQLite: FTS5 for words of three characters or more (the trigram index) and
/// for words of two or more with one of two (the two-character index), LIKE otherwise.
const ReportSearchStatements& sqliteReportSearch();
/// On PostgreSQL: ILIKE, which the pg_trgm GIN indexes on title and content serve for any word length.
const ReportSearchStatements& postgresReportSearch();

} // namespace branddesk
