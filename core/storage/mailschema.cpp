// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/mailschema.h"

namespace branddesk {
namespace {

// One row (id 1): the mail servers of the office. Never a password (MailPasswordCache keeps those in memory).
#define BRANDDESK_MAIL_SETTINGS(id_type)                                                                               \
    "CREATE TABLE mail_settings (\n"                                                                                   \
    "    id " id_type " PRIMARY KEY CHECK (id = 1),\n"                                                                 \
    "    imap_host TEXT NOT NULL DEFAULT '',\n"                                                                        \
    "    imap_port INTEGER NOT NULL DEFAULT 993 CHECK (imap_port BETWEEN 0 AND 65535),\n"                              \
    "    imap_security TEXT NOT NULL DEFAULT 'tls' CHECK (imap_security IN ('tls', 'starttls', 'none')),\n"            \
    "    imap_user TEXT NOT NULL DEFAULT '',\n"                                                                        \
    "    folder TEXT NOT NULL DEFAULT 'INBOX',\n"                                                                      \
    "    fetch_every_minutes INTEGER NOT NULL DEFAULT 10 CHECK (fetch_every_minutes BETWEEN 0 AND 1440),\n"            \
    "    smtp_host TEXT NOT NULL DEFAULT '',\n"                                                                        \
    "    smtp_port INTEGER NOT NULL DEFAULT 465 CHECK (smtp_port BETWEEN 0 AND 65535),\n"                              \
    "    smtp_security TEXT NOT NULL DEFAULT 'tls' CHECK (smtp_security IN ('tls', 'starttls', 'none')),\n"            \
    "    smtp_user TEXT NOT NULL DEFAULT '',\n"                                                                        \
    "    from_address TEXT NOT NULL DEFAULT '',\n"                                                                     \
    "    from_name TEXT NOT NULL DEFAULT '',\n"                                                                        \
    "    smtp_uses_imap_password INTEGER NOT NULL DEFAULT 1 CHECK (smtp_uses_imap_password IN (0, 1)),\n"              \
    "    updated_at TEXT NOT NULL,\n"                                                                                  \
    "    version INTEGER NOT NULL DEFAULT 1\n"                                                                         \
    ")"
constexpr const char* kCreateMailSettings = BRANDDESK_MAIL_SETTINGS("INTEGER");
constexpr const char* kCreateServerMailSettings = BRANDDESK_MAIL_SETTINGS("BIGINT");
#undef BRANDDESK_MAIL_SETTINGS

// A message of the mailbox, seen once: by the mailbox (user@host/folder), its UIDVALIDITY and its UID. The raw
// message is kept, so nothing depends on the server later; subject, sender and body are its decoded text. A
// message the clerk accepted links to its report; one dismissed ("not a report") stays, out of the list.
#define BRANDDESK_MAIL_MESSAGES(id_type, blob_type)                                                                    \
    "CREATE TABLE mail_messages (\n"                                                                                   \
    "    id " id_type ",\n"                                                                                            \
    "    mailbox TEXT NOT NULL,\n"                                                                                     \
    "    uid_validity BIGINT NOT NULL,\n"                                                                              \
    "    uid BIGINT NOT NULL,\n"                                                                                       \
    "    arrived_at TEXT NOT NULL,\n"                                                                                  \
    "    sender_address TEXT NOT NULL DEFAULT '',\n"                                                                   \
    "    sender_name TEXT NOT NULL DEFAULT '',\n"                                                                      \
    "    subject TEXT NOT NULL DEFAULT '',\n"                                                                          \
    "    body TEXT NOT NULL DEFAULT '',\n"                                                                             \
    "    attachments INTEGER NOT NULL DEFAULT 0,\n"                                                                    \
    "    raw " blob_type " NOT NULL,\n"                                                                                \
    "    state TEXT NOT NULL DEFAULT 'new' CHECK (state IN ('new', 'accepted', 'dismissed')),\n"                       \
    "    report_id BIGINT REFERENCES weekly_reports (id) ON DELETE SET NULL,\n"                                        \
    "    handled_at TEXT,\n"                                                                                           \
    "    handled_by TEXT NOT NULL DEFAULT '',\n"                                                                       \
    "    fetched_at TEXT NOT NULL,\n"                                                                                  \
    "    UNIQUE (mailbox, uid_validity, uid)\n"                                                                        \
    ")"
constexpr const char* kCreateMailMessages = BRANDDESK_MAIL_MESSAGES("INTEGER PRIMARY KEY", "BLOB");
constexpr const char* kCreateServerMailMessages =
    BRANDDESK_MAIL_MESSAGES("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", "BYTEA");
#undef BRANDDESK_MAIL_MESSAGES
constexpr const char* kMailMessagesState = "CREATE INDEX mail_messages_state ON mail_messages (state, arrived_at)";
constexpr const char* kMailMessagesReport = "CREATE INDEX mail_messages_report ON mail_messages (report_id)";

// The addresses a department sends from, besides its own e-mail: remembered when the clerk assigns a mail.
#define BRANDDESK_DEPARTMENT_ADDRESSES(id_type)                                                                        \
    "CREATE TABLE department_mail_addresses (\n"                                                                       \
    "    address TEXT PRIMARY KEY CHECK (address <> ''),\n"                                                            \
    "    department_id " id_type " NOT NULL REFERENCES departments (id) ON DELETE CASCADE,\n"                          \
    "    remembered_at TEXT NOT NULL\n"                                                                                \
    ")"
constexpr const char* kCreateDepartmentAddresses = BRANDDESK_DEPARTMENT_ADDRESSES("INTEGER");
constexpr const char* kCreateServerDepartmentAddresses = BRANDDESK_DEPARTMENT_ADDRESSES("BIGINT");
#undef BRANDDESK_DEPARTMENT_ADDRESSES
constexpr const char* kDepartmentAddressesDepartment =
    "CREATE INDEX department_mail_addresses_department ON department_mail_addresses (department_id)";

// The text of a report's .docx and .pdf attachments, so that a search finds a word only the attached file holds.
// On a file the full-text index gains it as a third column (the index is rebuilt from the reports).
constexpr const char* kReportsAttachmentText =
    "ALTER TABLE weekly_reports ADD COLUMN attachment_text TEXT NOT NULL DEFAULT ''";
constexpr const char* kDropFtsInsert = "DROP TRIGGER weekly_reports_fts_insert";
constexpr const char* kDropFtsDelete = "DROP TRIGGER weekly_reports_fts_delete";
constexpr const char* kDropFtsUpdate = "DROP TRIGGER weekly_reports_fts_update";
constexpr const char* kDropFts = "DROP TABLE weekly_reports_fts";
constexpr const char* kCreateReportsFts =
    "CREATE VIRTUAL TABLE weekly_reports_fts USING fts5(title, content, attachment_text, "
    "content = 'weekly_reports', content_rowid = 'id', tokenize = 'trigram')";
constexpr const char* kReportsFtsInsert = R"sql(
CREATE TRIGGER weekly_reports_fts_insert AFTER INSERT ON weekly_reports BEGIN
    INSERT INTO weekly_reports_fts (rowid, title, content, attachment_text)
        VALUES (new.id, new.title, new.content, new.attachment_text);
END)sql";
constexpr const char* kReportsFtsDelete = R"sql(
CREATE TRIGGER weekly_reports_fts_delete AFTER DELETE ON weekly_reports BEGIN
    INSERT INTO weekly_reports_fts (weekly_reports_fts, rowid, title, content, attachment_text)
        VALUES ('delete', old.id, old.title, old.content, old.attachment_text);
END)sql";
constexpr const char* kReportsFtsUpdate = R"sql(
CREATE TRIGGER weekly_reports_fts_update AFTER UPDATE OF title, content, attachment_text ON weekly_reports BEGIN
    INSERT INTO weekly_reports_fts (weekly_reports_fts, rowid, title, content, attachment_text)
        VALUES ('delete', old.id, old.title, old.content, old.attachment_text);
    INSERT INTO weekly_reports_fts (rowid, title, content, attachment_text)
        VALUES (new.id, new.title, new.content, new.attachment_text);
END)sql";
constexpr const char* kRebuildFts = "INSERT INTO weekly_reports_fts (weekly_reports_fts) VALUES ('rebuild')";
// On a server, ILIKE over the column, served by a trigram index like title and content.
constexpr const char* kReportsAttachmentTextTrigrams =
    "CREATE INDEX weekly_reports_attachment_text_trgm ON weekly_reports USING gin (attachment_text gin_trgm_ops)";

} // namespace

QList<const char*> mailSchema()
{
    return {kCreateMailSettings,
            kCreateMailMessages,
            kMailMessagesState,
            kMailMessagesReport,
            kCreateDepartmentAddresses,
            kDepartmentAddressesDepartment,
            kReportsAttachmentText,
            kDropFtsInsert,
            kDropFtsDelete,
            kDropFtsUpdate,
            kDropFts,
            kCreateReportsFts,
            kReportsFtsInsert,
            kReportsFtsDelete,
            kReportsFtsUpdate,
            kRebuildFts};
}

QList<const char*> mailServerSchema()
{
    return {kCreateServerMailSettings, kCreateServerMailMessages,        kMailMessagesState,
            kMailMessagesReport,       kCreateServerDepartmentAddresses, kDepartmentAddressesDepartment,
            kReportsAttachmentText,    kReportsAttachmentTextTrigrams};
}

} // namespace branddesk
