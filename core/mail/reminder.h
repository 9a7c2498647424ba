// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/emailaddresses.h"
#include "core/reports/reportweek.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace branddesk {

/// One reminder (催报) to a department that has not sent its weekly report, as composed before sending: to whom,
/// the subject, and the text with the template filled in, signed by the office. `recipients` is empty for a
/// department without an e-mail address; it gets the printed 催报通知单 instead.
struct ReminderDraft {
    qint64 departmentId = 0;
    QString departmentName;
    QString contactPerson; ///< the recipients' display name
    QStringList recipients;
    ReportWeek week;
    QString subject;
    QString text;      ///< the template's body filled in
    QString signature; ///< the office's name, signed under the text of an e-mail (a printed sheet's closing)
    QDateTime due;     ///< the week's due moment

    /// The e-mail's text: the filled template and the signature under it.
    QString body() const { return signature.isEmpty() ? text : text + QStringLiteral("\n\n") + signature; }
};

/// A reminder that was sent, as logged against the department: who sent it, when, to whom, and the text.
struct Reminder {
    qint64 id = 0; ///< 0 until stored
    qint64 departmentId = 0;
    ReportWeek week;
    QDateTime sentAt; ///< UTC
    QString sentBy;
    QString recipients; ///< the addresses, separated by ", "
    QString subject;
    QString body;
};

} // namespace branddesk
