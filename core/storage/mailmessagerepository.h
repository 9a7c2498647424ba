// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/mail/mailmessage.h"

#include <QHash>
#include <QList>

namespace branddesk {

class Database;

/// Reads and writes the inbox's messages and the addresses remembered for departments.
class MailMessageRepository {
public:
    explicit MailMessageRepository(Database& database)
        : m_database(database)
    {}

    /// Stores a message unless the same mailbox, UIDVALIDITY and UID is already there; whether it stored it.
    Result<bool> insertIfNew(const MailMessage& message);
    /// The highest UID stored for each UIDVALIDITY of `mailbox`.
    Result<QHash<quint64, quint64>> highestUids(const QString& mailbox) const;
    /// The messages waiting for the clerk, oldest arrival first, without their raw text.
    Result<QList<MailMessage>> pending() const;
    /// One message with its raw text.
    Result<MailMessage> find(qint64 id) const;
    /// The message of a report, if one became it; NotFound otherwise.
    Result<MailMessage> findByReport(qint64 reportId) const;
    /// Marks a waiting message handled; Conflict when someone handled it meanwhile.
    Result<void> setHandled(const MailMessage& message);

    Result<QHash<QString, qint64>> rememberedAddresses() const;
    Result<void> rememberAddress(const QString& address, qint64 departmentId, const QDateTime& at);

private:
    Database& m_database;
};

} // namespace branddesk
