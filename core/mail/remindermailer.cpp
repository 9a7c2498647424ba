// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/remindermailer.h"

#include "core/clock.h"
#include "core/mail/mailcomposer.h"
#include "core/mail/smtpsender.h"

#include <QCoreApplication>

namespace branddesk {

int ReminderBatch::sentCount() const
{
    int sent = 0;
    for (const ReminderDelivery& delivery : deliveries)
        sent += delivery.sentTo.isEmpty() ? 0 : 1;
    return sent;
}

ReminderMailer::ReminderMailer(const MailSettings& settings, const QString& password, const Clock& clock)
    : m_settings(settings)
    , m_password(password)
    , m_clock(clock)
{}

QString ReminderMailer::settingsProblem(const MailSettings& settings)
{
    if (settings.outgoing.host.trimmed().isEmpty() || settings.outgoing.port <= 0)
        return QCoreApplication::translate("ReminderMailer",
                                           "The outgoing mail server (SMTP) is not set up yet: enter it in the mail "
                                           "settings.");
    if (emailAddressesIn(settings.fromAddress).size() != 1)
        return QCoreApplication::translate("ReminderMailer",
                                           "The office's own e-mail address (the sender of reminders) is not set up "
                                           "yet: enter it in the mail settings.");
    return {};
}

ReminderBatch ReminderMailer::send(const QList<ReminderDraft>& drafts, const std::atomic_bool* stop,
                                   const std::function<void(int done)>& progress) const
{
    ReminderBatch batch;
    SmtpSender sender(m_settings.outgoing, m_password);
    const QString from = m_settings.fromAddress.trimmed();
    int done = 0;
    for (qsizetype i = 0; i < drafts.size(); ++i) {
        const ReminderDraft& draft = drafts.at(i);
        if (draft.recipients.isEmpty())
            continue;
        if (stop && stop->load()) {
            batch.stoppedBy = Error::make(Error::Code::Cancelled,
                                          QCoreApplication::translate("ReminderMailer", "Sending was cancelled."));
            break;
        }
        ReminderDelivery delivery;
        delivery.draftIndex = i;
        const QDateTime now = m_clock.nowUtc();
        const QByteArray message = MailComposer::compose({m_settings.fromName.trimmed(), from, draft.contactPerson,
                                                          draft.recipients, draft.subject, draft.body(), now});
        for (const QString& address : draft.recipients) {
            Result<void> sent = sender.send(from, address, message, stop);
            if (sent) {
                if (delivery.sentTo.isEmpty())
                    delivery.sentAt = m_clock.nowUtc();
                delivery.sentTo.append(address);
                continue;
            }
            if (SmtpSender::stopsBatch(sent.error())) {
                batch.stoppedBy = sent.error();
                break;
            }
            delivery.failedAddresses.append(address);
            delivery.failures.append(sent.error().message);
        }
        if (!delivery.sentTo.isEmpty() || !delivery.failedAddresses.isEmpty())
            batch.deliveries.append(delivery);
        if (batch.stoppedBy)
            break;
        ++done;
        if (progress)
            progress(done);
    }
    return batch;
}

} // namespace branddesk
