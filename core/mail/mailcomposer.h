// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace branddesk {

/// A plain-text message to send.
struct OutgoingMail {
    QString fromName; ///< e.g. 机关作风建设领导小组办公室
    QString fromAddress;
    QString toName; ///< the recipients' display name (a contact person), may be empty
    QStringList to;
    QString subject;
    QString body;
    QDateTime date;
};

/// Writes messages as RFC 5322 text with GMime: UTF-8 throughout, the subject and display names RFC 2047-encoded,
/// the body base64 with charset=utf-8, a Date and a Message-ID under the sender's domain, CRLF line ends.
class MailComposer {
public:
    static QByteArray compose(const OutgoingMail& mail);
};

} // namespace branddesk
