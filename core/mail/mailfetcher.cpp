// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/mailfetcher.h"

#include "core/mail/imapclient.h"
#include "core/mail/mimedecoder.h"

#include <QCoreApplication>

namespace branddesk {

QString MailFetcher::mailboxOf(const MailSettings& settings)
{
    return settings.incoming.user.trimmed() + QLatin1Char('@') + settings.incoming.host.trimmed().toLower() +
           QLatin1Char('/') +
           (settings.folder.trimmed().isEmpty() ? QStringLiteral("INBOX") : settings.folder.trimmed());
}

Result<MailBatch> MailFetcher::fetchNew(const MailSettings& settings, const QString& password,
                                        const QHash<quint64, quint64>& highestUids, const std::atomic_bool* stop,
                                        const std::function<void(int, int)>& progress)
{
    if (!settings.incoming.isConfigured())
        return fail(Error::Code::Validation,
                    QCoreApplication::translate("MailFetcher", "The office mailbox is not set up yet: enter its "
                                                               "server, port and user in File › Mail Settings."));
    ImapClient client(settings.incoming, password, settings.folder);
    client.setStop(stop);
    Result<quint64> uidValidity = client.uidValidity();
    if (!uidValidity)
        return fail(uidValidity.error());
    Result<QList<quint64>> uids = client.uidsFrom(highestUids.value(*uidValidity, 0) + 1);
    if (!uids)
        return fail(uids.error());

    MailBatch batch;
    batch.mailbox = mailboxOf(settings);
    batch.uidValidity = *uidValidity;
    const int total = int(uids->size());
    if (progress)
        progress(0, total);
    for (quint64 uid : *uids) {
        if (stop != nullptr && stop->load())
            return fail(Error::Code::Cancelled,
                        QCoreApplication::translate("MailFetcher", "Fetching mail was stopped."));
        Result<QByteArray> raw = client.fetch(uid);
        if (!raw)
            return fail(raw.error());
        FetchedMail mail;
        mail.uid = uid;
        mail.raw = std::move(*raw);
        // A message GMime cannot read is still kept raw, with empty text: the clerk sees and dismisses it.
        if (Result<DecodedMail> decoded = MimeDecoder::decode(mail.raw); decoded)
            mail.decoded = std::move(*decoded);
        batch.mails.append(std::move(mail));
        if (progress)
            progress(int(batch.mails.size()), total);
    }
    return batch;
}

} // namespace branddesk
