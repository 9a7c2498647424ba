// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace branddesk {

/// A file sent with a mail, decoded (its name in Unicode, its content as sent).
struct MailAttachment {
    QString name;
    QString mimeType;
    QByteArray data;
};

/// A mail as the inbox reads it: the raw message decoded into text (see MimeDecoder).
struct DecodedMail {
    QString subject;
    QString senderAddress; ///< lower-case
    QString senderName;
    QDateTime sentAt;    ///< the Date header, UTC; invalid when absent or unreadable
    QDateTime arrivedAt; ///< when the office's server took it (its newest Received header), else sentAt; UTC
    QString body;        ///< plain text; an HTML-only mail turned into text
    QList<MailAttachment> attachments;
};

} // namespace branddesk
