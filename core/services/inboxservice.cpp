// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/inboxservice.h"

#include "core/accounts/currentuser.h"
#include "core/audit/mailsnapshots.h"
#include "core/clock.h"
#include "core/mail/attachmenttext.h"
#include "core/mail/mailmatch.h"
#include "core/mail/mimedecoder.h"
#include "core/services/auditedwrites.h"
#include "core/services/auditlog.h"
#include "core/services/reportservice.h"
#include "core/storage/database.h"

#include <QJsonObject>

#include <algorithm>

namespace branddesk {
namespace {

QJsonObject snapshotOf(const MailMessage& m)
{
    const QString state = m.state == MailState::Accepted    ? QStringLiteral("accepted")
                          : m.state == MailState::Dismissed ? QStringLiteral("dismissed")
                                                            : QStringLiteral("new");
    return {{QStringLiteral("state"), state},
            {QStringLiteral("report_id"), m.reportId},
            {QStringLiteral("sender_address"), m.senderAddress},
            {QStringLiteral("subject"), m.subject}};
}

} // namespace

InboxService::InboxService(Database& database, const Clock& clock, const CurrentUser& user, AuditLog& audit,
                           ReportService& reports, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_user(user)
    , m_audit(audit)
    , m_reportService(reports)
    , m_campaigns(database)
    , m_departments(database)
    , m_reports(database)
    , m_messages(database)
{}

Result<MailMatch> InboxService::matcher() const
{
    Result<QList<Department>> departments = m_departments.all();
    if (!departments)
        return fail(departments.error());
    Result<QHash<QString, qint64>> remembered = m_messages.rememberedAddresses();
    if (!remembered)
        return fail(remembered.error());
    Result<QList<Campaign>> campaigns = m_campaigns.all();
    if (!campaigns)
        return fail(campaigns.error());
    Campaign rule; // the defaults (Friday, end of day) when no campaign is current
    const auto current =
        std::find_if(campaigns->cbegin(), campaigns->cend(), [](const Campaign& c) { return c.isCurrent; });
    if (current != campaigns->cend())
        rule = *current;
    return MailMatch(std::move(*departments), std::move(*remembered), rule.reportWeekday, rule.reportDueTime);
}

Result<QList<InboxItem>> InboxService::pending() const
{
    Result<QList<MailMessage>> messages = m_messages.pending();
    if (!messages)
        return fail(messages.error());
    Result<MailMatch> match = matcher();
    if (!match)
        return fail(match.error());
    Result<QList<Department>> departments = m_departments.all();
    if (!departments)
        return fail(departments.error());
    QHash<qint64, QString> names;
    for (const Department& d : *departments)
        names.insert(d.id, d.name);
    QHash<QPair<qint64, qint64>, bool> reported; // (department, Monday's day number) → has a report
    QList<InboxItem> items;
    for (MailMessage& m : *messages) {
        InboxItem item;
        item.proposal = match->propose(m.senderAddress, m.subject, m.body, m.arrivedAt);
        item.departmentName = names.value(item.proposal.departmentId);
        item.timeliness = item.proposal.onTime ? MailTimeliness::OnTime : MailTimeliness::Late;
        if (item.proposal.departmentId != 0) {
            const QPair<qint64, qint64> key{item.proposal.departmentId, item.proposal.week.monday().toJulianDay()};
            if (!reported.contains(key)) {
                Result<QList<ReportListItem>> same =
                    m_reports.forDepartmentWeek(item.proposal.departmentId, item.proposal.week);
                if (!same)
                    return fail(same.error());
                reported.insert(key, !same->isEmpty());
            }
            if (reported.value(key))
                item.timeliness = MailTimeliness::Supplement;
        }
        item.message = std::move(m);
        items.append(std::move(item));
    }
    return items;
}

Result<InboxItem> InboxService::item(qint64 messageId, qint64 departmentId, const ReportWeek& week) const
{
    Result<MailMessage> m = m_messages.find(messageId);
    if (!m)
        return fail(m.error());
    Result<MailMatch> match = matcher();
    if (!match)
        return fail(match.error());
    InboxItem item;
    item.proposal = match->propose(m->senderAddress, m->subject, m->body, m->arrivedAt);
    if (departmentId != 0)
        item.proposal.departmentId = departmentId;
    if (week.isValid())
        item.proposal.week = week;
    Result<QList<Campaign>> campaigns = m_campaigns.all();
    if (!campaigns)
        return fail(campaigns.error());
    Campaign current;
    for (const Campaign& c : *campaigns)
        if (c.isCurrent)
            current = c;
    item.proposal.onTime = isOnTime(item.proposal.week, m->arrivedAt, current.reportWeekday, current.reportDueTime);
    item.timeliness = item.proposal.onTime ? MailTimeliness::OnTime : MailTimeliness::Late;
    if (item.proposal.departmentId != 0) {
        Result<Department> d = m_departments.find(item.proposal.departmentId);
        if (d)
            item.departmentName = d->name;
        Result<QList<ReportListItem>> same =
            m_reports.forDepartmentWeek(item.proposal.departmentId, item.proposal.week);
        if (!same)
            return fail(same.error());
        if (!same->isEmpty())
            item.timeliness = MailTimeliness::Supplement;
    }
    m->raw.clear();
    item.message = std::move(*m);
    return item;
}

Result<MailMessage> InboxService::message(qint64 messageId) const
{
    return m_messages.find(messageId);
}

Result<QHash<quint64, quint64>> InboxService::highestUids(const QString& mailbox) const
{
    return m_messages.highestUids(mailbox);
}

Result<int> InboxService::store(const MailBatch& batch)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return fail(allowed.error());
    int added = 0;
    const QDateTime now = m_clock.nowUtc();
    Result<void> done = m_database.transaction([&]() -> Result<void> {
        for (const FetchedMail& fetched : batch.mails) {
            MailMessage m;
            m.mailbox = batch.mailbox;
            m.uidValidity = batch.uidValidity;
            m.uid = fetched.uid;
            m.arrivedAt = fetched.decoded.arrivedAt.isValid() ? fetched.decoded.arrivedAt : now;
            m.senderAddress = fetched.decoded.senderAddress;
            m.senderName = fetched.decoded.senderName;
            m.subject = fetched.decoded.subject;
            m.body = fetched.decoded.body;
            m.attachments = int(fetched.decoded.attachments.size());
            m.raw = fetched.raw;
            m.fetchedAt = now;
            Result<bool> inserted = m_messages.insertIfNew(m);
            if (!inserted)
                return fail(inserted.error());
            added += *inserted ? 1 : 0;
        }
        return {};
    });
    if (!done)
        return fail(done.error());
    if (added > 0)
        audited::announceChanged(m_database, this);
    return added;
}

Result<WeeklyReport> InboxService::draftReport(qint64 messageId, qint64 departmentId, const ReportWeek& week) const
{
    Result<MailMessage> m = m_messages.find(messageId);
    if (!m)
        return fail(m.error());
    WeeklyReport report;
    report.departmentId = departmentId;
    report.week = week;
    report.receivedAt = m->arrivedAt;
    report.channel = ReportChannel::Email;
    report.title = m->subject.left(ReportLimits::kTitle);
    report.content = m->body.isEmpty() ? m->subject : m->body;
    if (Result<DecodedMail> decoded = MimeDecoder::decode(m->raw); decoded)
        for (const MailAttachment& a : decoded->attachments)
            report.attachments.append({0, a.name, qint64(a.data.size()), a.data});
    return report;
}

Result<void> InboxService::link(const MailMessage& message, const WeeklyReport& report)
{
    MailMessage handled = message;
    handled.state = MailState::Accepted;
    handled.reportId = report.id;
    handled.handledAt = m_clock.nowUtc();
    handled.handledBy = m_user.name();
    if (Result<void> set = m_messages.setHandled(handled); !set)
        return set;
    // The attachments' text, for the report's full-text index.
    QStringList texts;
    if (Result<DecodedMail> decoded = MimeDecoder::decode(message.raw); decoded)
        for (const MailAttachment& a : decoded->attachments)
            if (const QString text = AttachmentText::of(a.name, a.data); !text.isEmpty())
                texts.append(text);
    if (!texts.isEmpty())
        if (Result<void> set = m_reports.setAttachmentText(report.id, texts.join(QLatin1Char('\n'))); !set)
            return set;
    // A sender the inbox did not know is remembered for the department the clerk chose.
    Result<MailMatch> match = matcher();
    if (!match)
        return fail(match.error());
    if (!message.senderAddress.isEmpty() && match->departmentOfAddress(message.senderAddress) == 0)
        if (Result<void> kept =
                m_messages.rememberAddress(message.senderAddress, report.departmentId, handled.handledAt);
            !kept)
            return kept;
    return m_audit.recordUpdate(MailAuditEntities::kMailMessage, message.id, snapshotOf(message), snapshotOf(handled));
}

Result<WeeklyReport> InboxService::accept(qint64 messageId, qint64 departmentId, const ReportWeek& week)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return fail(allowed.error());
    if (departmentId == 0)
        return fail(Error::Code::Validation, tr("Choose the department this mail reports for."));
    Result<MailMessage> message = m_messages.find(messageId);
    if (!message)
        return fail(message.error());
    if (message->state != MailState::New)
        return fail(Error::Code::Conflict, tr("Someone else has already handled this mail."));
    Result<WeeklyReport> draft = draftReport(messageId, departmentId, week);
    if (!draft)
        return draft;
    WeeklyReport stored;
    Result<void> done = audited::write(m_database, this, [&]() -> Result<void> {
        Result<WeeklyReport> saved = m_reportService.save(*draft);
        if (!saved)
            return fail(saved.error());
        stored = std::move(*saved);
        return link(*message, stored);
    });
    if (!done)
        return fail(done.error());
    return stored;
}

Result<void> InboxService::linkSaved(qint64 messageId, const WeeklyReport& saved)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return allowed;
    Result<MailMessage> message = m_messages.find(messageId);
    if (!message)
        return fail(message.error());
    return audited::write(m_database, this, [&] { return link(*message, saved); });
}

Result<void> InboxService::dismiss(qint64 messageId)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return allowed;
    Result<MailMessage> message = m_messages.find(messageId);
    if (!message)
        return fail(message.error());
    MailMessage handled = *message;
    handled.state = MailState::Dismissed;
    handled.handledAt = m_clock.nowUtc();
    handled.handledBy = m_user.name();
    return audited::write(m_database, this, [&]() -> Result<void> {
        if (Result<void> set = m_messages.setHandled(handled); !set)
            return set;
        return m_audit.recordUpdate(MailAuditEntities::kMailMessage, handled.id, snapshotOf(*message),
                                    snapshotOf(handled));
    });
}

} // namespace branddesk
