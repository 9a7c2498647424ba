// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/reminderservice.h"

#include "core/accounts/currentuser.h"
#include "core/audit/remindersnapshots.h"
#include "core/clock.h"
#include "core/mail/remindertemplate.h"
#include "core/services/auditedwrites.h"
#include "core/services/auditlog.h"
#include "core/services/reportservice.h"
#include "core/storage/database.h"
#include "core/summary/supervisionsummary.h"

#include <QLocale>

namespace branddesk {

ReminderService::ReminderService(Database& database, const Clock& clock, const CurrentUser& user, AuditLog& audit,
                                 ReportService& reports, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_user(user)
    , m_audit(audit)
    , m_reports(reports)
    , m_campaigns(database)
    , m_reminders(database)
{}

QString ReminderService::defaultSignature(const Campaign& campaign)
{
    return SummaryOptions::issuerFromNotice(campaign.noticeReference);
}

Result<QList<ReminderDraft>> ReminderService::drafts(qint64 campaignId, const QString& signature) const
{
    Result<Campaign> campaign = m_campaigns.find(campaignId);
    if (!campaign)
        return fail(campaign.error());
    Result<ReminderTemplate> wording = ReminderTemplate::fromDefinition(campaign->definition);
    if (!wording)
        return fail(wording.error());
    Result<ReportCompliance> compliance = m_reports.compliance(campaignId);
    if (!compliance)
        return fail(compliance.error());
    const ReportWeek week = compliance->currentWeek();
    const QDateTime due = compliance->dueMoment(week);
    const QString dueText = tr("%1 %2", "the due moment: 2009年5月15日星期五 23:59")
                                .arg(QLocale().toString(due.toLocalTime().date(), QLocale::LongFormat),
                                     due.toLocalTime().time().toString(QStringLiteral("HH:mm")));
    const QString signedBy = signature.trimmed().isEmpty() ? defaultSignature(*campaign) : signature.trimmed();
    QList<ReminderDraft> result;
    for (const Department& department : compliance->notYetReported()) {
        ReminderDraft draft;
        draft.departmentId = department.id;
        draft.departmentName = department.name;
        draft.contactPerson = department.contactPerson;
        draft.recipients = emailAddressesIn(department.email);
        draft.week = week;
        draft.due = due;
        draft.subject = wording->fillSubject(department.name, week.label(), dueText);
        draft.text = wording->fillBody(department.name, week.label(), dueText).trimmed();
        draft.signature = signedBy;
        result.append(draft);
    }
    return result;
}

Result<void> ReminderService::maySend() const
{
    return m_user.requireWrite();
}

Result<Reminder> ReminderService::logSent(const ReminderDraft& draft, const ReminderDelivery& delivery)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return fail(allowed.error());
    if (delivery.sentTo.isEmpty())
        return fail(Error::Code::Validation, tr("A reminder that reached nobody is not logged as sent."));
    Reminder reminder;
    reminder.departmentId = draft.departmentId;
    reminder.week = draft.week;
    reminder.sentAt = delivery.sentAt.isValid() ? delivery.sentAt : m_clock.nowUtc();
    reminder.sentBy = m_user.name();
    reminder.recipients = delivery.sentTo.join(QStringLiteral(", "));
    reminder.subject = draft.subject;
    reminder.body = draft.body();
    Result<void> logged = audited::write(m_database, this, [this, &reminder]() -> Result<void> {
        Result<qint64> id = m_reminders.insert(reminder);
        if (!id)
            return fail(id.error());
        Result<Reminder> stored = m_reminders.find(*id);
        if (!stored)
            return fail(stored.error());
        reminder = *stored;
        return m_audit.recordInsert(ReminderAuditEntities::kReminder, reminder.id, snapshotOf(reminder));
    });
    if (!logged)
        return fail(logged.error());
    return reminder;
}

Result<QList<Reminder>> ReminderService::forDepartment(qint64 departmentId) const
{
    return m_reminders.forDepartment(departmentId);
}

Result<QHash<qint64, QDateTime>> ReminderService::remindedInWeek(const ReportWeek& week) const
{
    return m_reminders.latestForWeek(week);
}

} // namespace branddesk
