// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/mail/inboxitem.h"
#include "core/mail/mailfetcher.h"
#include "core/reports/weeklyreport.h"
#include "core/storage/campaignrepository.h"
#include "core/storage/departmentrepository.h"
#include "core/storage/mailmessagerepository.h"
#include "core/storage/reportrepository.h"

#include <QObject>

namespace branddesk {

class AuditLog;
class Clock;
class CurrentUser;
class Database;
class MailMatch;
class ReportService;

/// The office mailbox as an intake of weekly reports (周报收件箱): the messages fetched from it (each kept once,
/// raw), the department and week proposed for each, and the clerk's decision — accepted as a report through
/// ReportService (received at the mail's arrival, channel e-mail, the body as content, attachments kept and their
/// text in the report's search index) or dismissed as "not a report". Leaders read; clerks and administrators
/// fetch and decide.
class InboxService : public QObject {
    Q_OBJECT
public:
    InboxService(Database& database, const Clock& clock, const CurrentUser& user, AuditLog& audit,
                 ReportService& reports, QObject* parent = nullptr);

    /// The messages waiting for the clerk, oldest first, each with its proposal.
    Result<QList<InboxItem>> pending() const;
    /// The inbox line `messageId` with the department and week the clerk chose instead (0 / invalid: proposed).
    Result<InboxItem> item(qint64 messageId, qint64 departmentId = 0, const ReportWeek& week = {}) const;
    /// One message with its raw text.
    Result<MailMessage> message(qint64 messageId) const;
    /// Per UIDVALIDITY, the highest UID stored for `mailbox` (what MailFetcher need not read again).
    Result<QHash<quint64, quint64>> highestUids(const QString& mailbox) const;
    /// Keeps the messages of a fetch that are not stored yet, all or none; how many were new.
    Result<int> store(const MailBatch& batch);

    /// The report accepting `messageId` would log, for the report form: department and week as given.
    Result<WeeklyReport> draftReport(qint64 messageId, qint64 departmentId, const ReportWeek& week) const;
    /// Logs `messageId` as the weekly report of `departmentId` for `week`, and links it. An address the inbox did
    /// not know is remembered for the department.
    Result<WeeklyReport> accept(qint64 messageId, qint64 departmentId, const ReportWeek& week);
    /// Links `messageId` to `saved`, a report the clerk logged from it through the report form.
    Result<void> linkSaved(qint64 messageId, const WeeklyReport& saved);
    /// Marks `messageId` "not a report": it leaves the list and is kept.
    Result<void> dismiss(qint64 messageId);

signals:
    void changed();

private:
    Result<MailMatch> matcher() const;
    Result<void> link(const MailMessage& message, const WeeklyReport& report);

    Database& m_database;
    const Clock& m_clock;
    const CurrentUser& m_user;
    AuditLog& m_audit;
    ReportService& m_reportService;
    CampaignRepository m_campaigns;
    DepartmentRepository m_departments;
    ReportRepository m_reports;
    MailMessageRepository m_messages;
};

} // namespace branddesk
