// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/reportschema.h"

namespace branddesk {
namespace {

constexpr const char* kCreateWeeklyReports = R"sql(
CREATE TABLE weekly_reports (
    id INTEGER PRIMARY KEY,
    department_id INTEGER NOT NULL REFERENCES departments (id) ON DELETE RESTRICT,
    week_start TEXT NOT NULL,
    received_at TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('email', 'paper', 'fax', 'in-person', 'wechat')),
    title TEXT NOT NULL,
    content TEXT NOT NULL DEFAULT '',
    tags INTEGER NOT NULL DEFAULT 0 CHECK (tags BETWEEN 0 AND 7),
    highlight INTEGER NOT NULL DEFAULT 0 CHECK (highlight IN (0, 1)),
    entered_at TEXT NOT NULL,
    entered_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
))sql";
// Compliance reads (department, week, first arrival) from this index alone.
constexpr const char* kWeeklyReportsDepartmentWeek =
    "CREATE INDEX weekly_reports_department_week ON weekly_reports (department_id, week_start, received_at)";
constexpr const char* kWeeklyReportsWeek =
    "CREATE INDEX weekly_reports_week ON weekly_reports (week_start, received_at)";

constexpr const char* kCreateReportAttachments = R"sql(
CREATE TABLE report_attachments (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES weekly_reports (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    size INTEGER NOT NULL,
    data BLOB NOT NULL
))sql";
constexpr const char* kReportAttachmentsReport =
    "CREATE INDEX report_attachments_report ON report_attachments (report_id)";

// Full text of titles and contents. The trigram tokenizer finds any substring of three or more characters,
// which is what Chinese text (no spaces between words) needs.
constexpr const char* kCreateReportsFts =
    "CREATE VIRTUAL TABLE weekly_reports_fts USING fts5(title, content, attachment_text, "
    "content = 'weekly_reports', content_rowid = 'id', tokenize = 'trigram')";
constexpr const char* kReportsFtsInsert = R"sql(
CREATE TRIGGER weekly_reports_fts_insert AFTER INSERT ON weekly_reports BEGIN
    INSERT INTO weekly_reports_fts (rowid, title, content) VALUES (new.id, new.title, new.content);
END)sql";
constexpr const char* kReportsFtsDelete = R"sql(
CREATE TRIGGER weekly_reports_fts_delete AFTER DELETE ON weekly_reports BEGIN
    INSERT INTO weekly_reports_fts (weekly_reports_fts, rowid, title, content)
        VALUES ('delete', old.id, old.title, old.content);
END)sql";
constexpr const char* kReportsFtsUpdate = R"sql(
CREATE TRIGGER weekly_reports_fts_update AFTER UPDATE OF title, content ON weekly_reports BEGIN
    INSERT INTO weekly_reports_fts (weekly_reports_fts, rowid, title, content)
        VALUES ('delete', old.id, old.title, old.content);
    INSERT INTO weekly_reports_fts (rowid, title, content) VALUES (new.id, new.title, new.content);
END)sql";

// Version 8: one row per department and week that has reports — the first arrival (Unix seconds, UTC) and how
// many came — so that compliance reads a small table instead of grouping every report. The week is the
// Julian day number of its Monday (as QDate::toJulianDay). Triggers keep it in step with weekly_reports.
constexpr const char* kCreateReportWeeks = R"sql(
CREATE TABLE report_weeks (
    department_id INTEGER NOT NULL,
    week_day INTEGER NOT NULL,
    first_received INTEGER NOT NULL,
    reports INTEGER NOT NULL,
    PRIMARY KEY (department_id, week_day)
) WITHOUT ROWID)sql";
// The reports marked 典型做法, newest first, for the summary and the dashboard without scanning every report.
constexpr const char* kWeeklyReportsHighlight =
    "CREATE INDEX weekly_reports_highlight ON weekly_reports (week_start, received_at) WHERE highlight = 1";
#define BRANDDESK_WEEK_DAY(column) "CAST(julianday(" column ") + 0.5 AS INTEGER)"
#define BRANDDESK_SECONDS(column) "CAST(strftime('%s', " column ") AS INTEGER)"
// Recomputes the row of one department and week from the reports themselves (none left: no row).
#define BRANDDESK_REFRESH_REPORT_WEEK(row)                                                                             \
    "DELETE FROM report_weeks WHERE department_id = " row ".department_id AND week_day = " BRANDDESK_WEEK_DAY(         \
        row ".week_start") ";\n"                                                                                       \
                           "    INSERT INTO report_weeks (department_id, week_day, first_received, reports) "          \
                           "SELECT department_id, " BRANDDESK_WEEK_DAY("week_start") ", MIN(" BRANDDESK_SECONDS(       \
                               "received_at") "), COUNT(*) FROM weekly_reports WHERE department_id = " row             \
                                              ".department_id AND week_start = " row                                   \
                                              ".week_start GROUP BY department_id, week_start;\n"
constexpr const char* kFillReportWeeks =
    "INSERT INTO report_weeks (department_id, week_day, first_received, reports) "
    "SELECT department_id, " BRANDDESK_WEEK_DAY("week_start") ", MIN(" BRANDDESK_SECONDS(
        "received_at") "), COUNT(*) FROM weekly_reports GROUP BY department_id, week_start";
constexpr const char* kReportWeeksInsert =
    "CREATE TRIGGER report_weeks_insert AFTER INSERT ON weekly_reports BEGIN\n"
    "    INSERT INTO report_weeks (department_id, week_day, first_received, reports) VALUES "
    "(new.department_id, " BRANDDESK_WEEK_DAY("new.week_start") ", " BRANDDESK_SECONDS(
        "new.received_at") ", 1) "
                           "ON CONFLICT (department_id, week_day) DO UPDATE SET first_received = min(first_received, "
                           "excluded.first_received), reports = reports + 1;\n"
                           "END";
constexpr const char* kReportWeeksDelete = "CREATE TRIGGER report_weeks_delete AFTER DELETE ON weekly_reports BEGIN\n"
                                           "    " BRANDDESK_REFRESH_REPORT_WEEK("old") "END";
constexpr const char* kReportWeeksUpdate =
    "CREATE TRIGGER report_weeks_update AFTER UPDATE OF department_id, week_start, received_at ON weekly_reports "
    "BEGIN\n"
    "    " BRANDDESK_REFRESH_REPORT_WEEK("old") "    " BRANDDESK_REFRESH_REPORT_WEEK("new") "END";
// Version 13: the two-character index beside the trigram one. The trigram tokenizer cannot find a word of two
// characters (a Chinese word is often two); this index holds every pair of neighbouring characters (the tokenizer
// registered by core/storage/bigramtokenizer.cpp), over the same columns as weekly_reports_fts (title, content and,
// since version 10, the text of attachments) and kept by triggers of the same shape. Positions are not kept (detail =
// 'none'): a two-character word is one token, and longer words go to the trigram index.
constexpr const char* kCreateReportsBigramFts =
    "CREATE VIRTUAL TABLE weekly_reports_bigram_fts USING fts5(title, content, attachment_text, "
    "content = 'weekly_reports', content_rowid = 'id', tokenize = 'branddesk_bigram', detail = 'none')";
constexpr const char* kReportsBigramFtsInsert = R"sql(
CREATE TRIGGER weekly_reports_bigram_fts_insert AFTER INSERT ON weekly_reports BEGIN
    INSERT INTO weekly_reports_bigram_fts (rowid, title, content, attachment_text)
        VALUES (new.id, new.title, new.content, new.attachment_text);
END)sql";
constexpr const char* kReportsBigramFtsDelete = R"sql(
CREATE TRIGGER weekly_reports_bigram_fts_delete AFTER DELETE ON weekly_reports BEGIN
    INSERT INTO weekly_reports_bigram_fts (weekly_reports_bigram_fts, rowid, title, content, attachment_text)
        VALUES ('delete', old.id, old.title, old.content, old.attachment_text);
END)sql";
constexpr const char* kReportsBigramFtsUpdate = R"sql(
CREATE TRIGGER weekly_reports_bigram_fts_update AFTER UPDATE OF title, content, attachment_text ON weekly_reports
BEGIN
    INSERT INTO weekly_reports_bigram_fts (weekly_reports_bigram_fts, rowid, title, content, attachment_text)
        VALUES ('delete', old.id, old.title, old.content, old.attachment_text);
    INSERT INTO weekly_reports_bigram_fts (rowid, title, content, attachment_text)
        VALUES (new.id, new.title, new.content, new.attachment_text);
END)sql";
// The reports already stored go into the index slice by slice (Migration::fill), with progress.
constexpr const char* kBigramFtsRange = "SELECT MIN(id), MAX(id) FROM weekly_reports";
constexpr const char* kBigramFtsFillSlice =
    "INSERT INTO weekly_reports_bigram_fts (rowid, title, content, attachment_text) "
    "SELECT id, title, content, attachment_text FROM weekly_reports "
    "WHERE id BETWEEN :first AND :last";

#undef BRANDDESK_REFRESH_REPORT_WEEK
#undef BRANDDESK_SECONDS
#undef BRANDDESK_WEEK_DAY

} // namespace

QList<const char*> weeklyReportSchema()
{
    return {kCreateWeeklyReports,     kWeeklyReportsDepartmentWeek,
            kWeeklyReportsWeek,       kCreateReportAttachments,
            kReportAttachmentsReport, kCreateReportsFts,
            kReportsFtsInsert,        kReportsFtsDelete,
            kReportsFtsUpdate};
}

QList<const char*> reportWeeksSchema()
{
    return {kCreateReportWeeks, kFillReportWeeks,   kReportWeeksInsert,
            kReportWeeksDelete, kReportWeeksUpdate, kWeeklyReportsHighlight};
}

Migration reportBigramSchema()
{
    return {13,
            {kCreateReportsBigramFts, kReportsBigramFtsInsert, kReportsBigramFtsDelete, kReportsBigramFtsUpdate},
            {kBigramFtsRange, kBigramFtsFillSlice}};
}

} // namespace branddesk
