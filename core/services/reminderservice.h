// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/mail/reminder.h"
#include "core/mail/remindermailer.h"
#include "core/storage/campaignrepository.h"
#include "core/storage/reminderrepository.h"

#include <QHash>
#include <QObject>

namespace branddesk {

class AuditLog;
class Clock;
class CurrentUser;
class Database;
class ReportService;

/// Reminders (催报) to departments whose weekly report has not arrived: composing them from the campaign's
/// template for this week's call list, and the log of those sent (who sent, when, to whom, the text), read by
/// every role and written by clerks and administrators only. Sending itself is ReminderMailer's, off the UI
/// thread; what it sent is logged here.
class ReminderService : public QObject {
    Q_OBJECT
public:
    ReminderService(Database& database, const Clock& clock, const CurrentUser& user, AuditLog& audit,
                    ReportService& reports, QObject* parent = nullptr);

    /// A reminder for each department of this week's call list of `campaignId` (active departments that owe the
    /// week's report and have not sent it), in the call list's order, signed by `signature` (the office's name;
    /// empty: the issuer named in the campaign's notice). Departments without an address have no recipients.
    Result<QList<ReminderDraft>> drafts(qint64 campaignId, const QString& signature = {}) const;
    /// The office that signs reminders when the mail settings name none: the issuer of the campaign's notice.
    static QString defaultSignature(const Campaign& campaign);

    /// Whether the signed-in user may send reminders (Forbidden for a leader).
    Result<void> maySend() const;
    /// Logs a reminder that went out (`delivery.sentTo` not empty) against its department, audited.
    Result<Reminder> logSent(const ReminderDraft& draft, const ReminderDelivery& delivery);

    /// A department's reminders, newest first.
    Result<QList<Reminder>> forDepartment(qint64 departmentId) const;
    /// When each department was last reminded about `week`.
    Result<QHash<qint64, QDateTime>> remindedInWeek(const ReportWeek& week) const;

signals:
    void changed();

private:
    Database& m_database;
    const Clock& m_clock;
    const CurrentUser& m_user;
    AuditLog& m_audit;
    ReportService& m_reports;
    CampaignRepository m_campaigns;
    ReminderRepository m_reminders;
};

} // namespace branddesk
