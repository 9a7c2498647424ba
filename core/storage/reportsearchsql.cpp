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
// Words through a full-text index: the trigram one (every word of three characters or more) or the two-character
// one (some word of two). Its matches come most recently logged first (ORDER BY rowid DESC stops at the limit).
#define BRANDDESK_FTS_SEARCH(index)                                                                                    \
    "SELECT " BRANDDESK_REPORT_COLUMNS "FROM " index " f JOIN weekly_reports r ON r.id = f.rowid "                     \
    "JOIN departments d ON d.id = r.department_id "                                                                    \
    "WHERE " index " MATCH :match AND " BRANDDESK_REPORT_CONDITIONS("LIKE") "ORDER BY f.rowid DESC LIMIT :limit"
#define BRANDDESK_FTS_COUNT(index)                                                                                     \
    BRANDDESK_COUNT_OF("SELECT 1 FROM " index " f JOIN weekly_reports r ON r.id = f.rowid "                            \
                       "JOIN departments d ON d.id = r.department_id WHERE " index " MATCH :match "                    \
                       "AND " BRANDDESK_REPORT_CONDITIONS("LIKE"))
#define BRANDDESK_FTS_COUNT_WORDS(index) BRANDDESK_COUNT_OF("SELECT 1 FROM " index " WHERE " index " MATCH :match")
constexpr const char* kSqliteSearchText = BRANDDESK_FTS_SEARCH("weekly_reports_fts");
constexpr const char* kSqliteCountText = BRANDDESK_FTS_COUNT("weekly_reports_fts");
constexpr const char* kSqliteSearchPairs = BRANDDESK_FTS_SEARCH("weekly_reports_bigram_fts");
constexpr const char* kSqliteCountPairs = BRANDDESK_FTS_COUNT("weekly_reports_bigram_fts");
constexpr const char* kSqliteCountTextWords = BRANDDESK_FTS_COUNT_WORDS("weekly_reports_fts");
constexpr const char* kSqliteCountPairsWords = BRANDDESK_FTS_COUNT_WORDS("weekly_reports_bigram_fts");
#undef BRANDDESK_FTS_COUNT_WORDS
#undef BRANDDESK_FTS_COUNT
#undef BRANDDESK_FTS_SEARCH
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
    static const ReportSearchStatements statements{
        kSqliteSearch,    kSqliteCount,       kSqliteSearchHighlights, kSqliteCountHighlights, kSqliteSearchText,
        kSqliteCountText, kSqliteSearchPairs, kSqliteCountPairs,       kSqliteCountTextWords,  kSqliteCountPairsWords};
    return statements;
}

const ReportSearchStatements& postgresReportSearch()
{
    static const ReportSearchStatements statements{kPostgresSearch,
                                                   kPostgresCount,
                                                   kPostgresSearchHighlights,
                                                   kPostgresCountHighlights,
                                                   nullptr,
                                                   nullptr,
                                                   nullptr,
                                                   nullptr,
                                                   nullptr,
                                                   nullptr};
    return statements;
}

} // namespace branddesk
