// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/reportsearchsql.h"

namespace branddesk {
namespace {

// The history's conditions, shared by every statement below. Every condition is bound; an empty
// value switches it off. (String literals joined by the compiler: no SQL is built at run time.)
#define BRANDDESK_REPORT_CONDITIONS(like)                                                                              \
    "(:department_id = 0 OR r.department_id = :department_id_2) AND (:category = '' OR d.category = :category_2) "     \
    "AND (:from_week = '' OR r.week_start >= :from_week_2) AND (:to_week = '' OR r.week_start <= :to_week_2) "         \
    "AND (:tags = 0 OR (r.tags & :tags_2) <> 0) AND (:highlight_only = 0 OR r.highlight = 1) "                         \
    "AND (:like = '' OR r.title " like " :like_2 ESCAPE '\\' OR r.content " like " :like_3 ESCAPE '\\' "               \
    "OR r.attachment_text " like " :like_4 ESCAPE '\\') "
#define BRANDDESK_REPORT_ORDER "ORDER BY r.week_start DESC, r.received_at DESC, r.id DESC LIMIT :limit"
// Counting stops one past ReportSearchResult::kCountLimit: beyond it the history says "more than".
#define BRANDDESK_COUNT_OF(select) "SELECT COUNT(*) FROM (" select " LIMIT :count_limit) AS counted"

// SQLite's LIKE ignores the case of ASCII letters, as FTS5's trigram tokenizer ignores case.
constexpr const char* kSqliteSearch =
    "SELECT " BRANDDESK_REPORT_COLUMNS "FROM weekly_reports r JOIN departments d ON d.id = r.department_id "
    "WHERE " BRANDDESK_REPORT_CONDITIONS("LIKE") BRANDDESK_REPORT_ORDER;
constexpr const char* kSqliteCount =
    BRANDDESK_COUNT_OF("SELECT 1 FROM weekly_reports r JOIN departments d ON d.id = r.department_id "
                       "WHERE " BRANDDESK_REPORT_CONDITIONS("LIKE"));
constexpr const char* kSqliteSearchText =
    "SELECT " BRANDDESK_REPORT_COLUMNS "FROM weekly_reports_fts f JOIN weekly_reports r ON r.id = f.rowid "
    "JOIN departments d ON d.id = r.department_id "
    "WHERE weekly_reports_fts MATCH :match AND " BRANDDESK_REPORT_CONDITIONS(
        "LIKE") "ORDER BY f.rowid DESC LIMIT :limit";
constexpr const char* kSqliteCountText =
    BRANDDESK_COUNT_OF("SELECT 1 FROM weekly_reports_fts f JOIN weekly_reports r ON r.id = f.rowid "
                       "JOIN departments d ON d.id = r.department_id WHERE weekly_reports_fts MATCH :match "
                       "AND " BRANDDESK_REPORT_CONDITIONS("LIKE"));
// 典型做法 without words (the summary's and the dashboard's highlights): the partial index holds only those.
constexpr const char* kSqliteSearchHighlights =
    "SELECT " BRANDDESK_REPORT_COLUMNS "FROM weekly_reports r INDEXED BY weekly_reports_highlight "
    "JOIN departments d ON d.id = r.department_id WHERE r.highlight = 1 AND " BRANDDESK_REPORT_CONDITIONS("LIKE")
        BRANDDESK_REPORT_ORDER;
constexpr const char* kSqliteCountHighlights = BRANDDESK_COUNT_OF(
    "SELECT 1 FROM weekly_reports r INDEXED BY weekly_reports_highlight "
    "JOIN departments d ON d.id = r.department_id WHERE r.highlight = 1 AND " BRANDDESK_REPORT_CONDITIONS("LIKE"));

// PostgreSQL's planner picks the partial index and the trigram indexes by itself.
constexpr const char* kPostgresSearch =
    "SELECT " BRANDDESK_REPORT_COLUMNS "FROM weekly_reports r JOIN departments d ON d.id = r.department_id "
    "WHERE " BRANDDESK_REPORT_CONDITIONS("ILIKE") BRANDDESK_REPORT_ORDER;
constexpr const char* kPostgresCount =
    BRANDDESK_COUNT_OF("SELECT 1 FROM weekly_reports r JOIN departments d ON d.id = r.department_id "
                       "WHERE " BRANDDESK_REPORT_CONDITIONS("ILIKE"));
constexpr const char* kPostgresSearchHighlights =
    "SELECT " BRANDDESK_REPORT_COLUMNS "FROM weekly_reports r JOIN departments d ON d.id = r.department_id "
    "WHERE r.highlight = 1 AND " BRANDDESK_REPORT_CONDITIONS("ILIKE") BRANDDESK_REPORT_ORDER;
constexpr const char* kPostgresCountHighlights =
    BRANDDESK_COUNT_OF("SELECT 1 FROM weekly_reports r JOIN departments d ON d.id = r.department_id "
                       "WHERE r.highlight = 1 AND " BRANDDESK_REPORT_CONDITIONS("ILIKE"));

#undef BRANDDESK_COUNT_OF
#undef BRANDDESK_REPORT_CONDITIONS
#undef BRANDDESK_REPORT_ORDER

} // namespace

const ReportSearchStatements& sqliteReportSearch()
{
    static const ReportSearchStatements statements{kSqliteSearch,          kSqliteCount,      kSqliteSearchHighlights,
                                                   kSqliteCountHighlights, kSqliteSearchText, kSqliteCountText};
    return statements;
}

const ReportSearchStatements& postgresReportSearch()
{
    static const ReportSearchStatements statements{kPostgresSearch,          kPostgresCount, kPostgresSearchHighlights,
                                                   kPostgresCountHighlights, nullptr,        nullptr};
    return statements;
}

} // namespace branddesk
