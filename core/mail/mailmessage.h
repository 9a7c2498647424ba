// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace branddesk {

/// Where a message of the inbox stands: waiting for the clerk, accepted as a weekly report, or dismissed as
/// "not a report". Handled messages leave the list but stay, linked to their report.
enum class MailState { New, Accepted, Dismissed };

/// A message fetched from the office mailbox, kept raw with its decoded text (周报收件箱).
struct MailMessage {
    qint64 id = 0;   ///< 0 until stored
    QString mailbox; ///< user@host/folder: with the UIDVALIDITY and UID, what makes a message seen once
    quint64 uidValidity = 0;
    quint64 uid = 0;
    QDateTime arrivedAt; ///< UTC
    QString senderAddress;
    QString senderName;
    QString subject;
    QString body;
    int attachments = 0;
    QByteArray raw; ///< empty when only the list was read
    MailState state = MailState::New;
    qint64 reportId = 0; ///< the report it became (Accepted), 0 otherwise
    QDateTime handledAt;
    QString handledBy;
    QDateTime fetchedAt;
};

} // namespace branddesk
