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
    "CREATE VIRTUAL TABLE weekly_reports_fts USING fts5(title, content, content = 'weekly_reports', "
    "content_rowid = 'id', tokenize = 'trigram')";
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

} // namespace

QList<const char*> weeklyReportSchema()
{
    return {kCreateWeeklyReports,     kWeeklyReportsDepartmentWeek,
            kWeeklyReportsWeek,       kCreateReportAttachments,
            kReportAttachmentsReport, kCreateReportsFts,
            kReportsFtsInsert,        kReportsFtsDelete,
            kReportsFtsUpdate};
}

} // namespace branddesk
