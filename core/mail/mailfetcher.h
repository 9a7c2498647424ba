// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/mail/decodedmail.h"
#include "core/mail/mailsettings.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace branddesk {

/// A message read from the mailbox: its UID, the raw bytes and their decoding.
struct FetchedMail {
    quint64 uid = 0;
    QByteArray raw;
    DecodedMail decoded;
};

/// What one fetch read: the new messages of one mailbox under one UIDVALIDITY.
struct MailBatch {
    QString mailbox;
    quint64 uidValidity = 0;
    QList<FetchedMail> mails;
};

/// Reads the messages the inbox has not seen yet: those whose UID is above the highest one stored for the
/// folder's current UIDVALIDITY (all of them after the server renumbered the folder). No database: it runs in a
/// worker thread, and the caller stores the batch (InboxService::store).
class MailFetcher {
public:
    /// "user@host/folder", the mailbox's name in the database.
    static QString mailboxOf(const MailSettings& settings);

    /// `highestUids`: per UIDVALIDITY, the highest UID already stored. `progress(done, total)` is called from the
    /// calling thread after each message; `stop` makes it give up (Error::Code::Cancelled).
    static Result<MailBatch> fetchNew(const MailSettings& settings, const QString& password,
                                      const QHash<quint64, quint64>& highestUids, const std::atomic_bool* stop,
                                      const std::function<void(int done, int total)>& progress = {});
};

} // namespace branddesk
