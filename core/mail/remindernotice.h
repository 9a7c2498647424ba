// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/printdocument.h"
#include "core/mail/reminder.h"

#include <QDate>
#include <QList>

namespace branddesk {

/// The printed 催报通知单 for departments without an e-mail address, to fax or hand over: one A4 page per
/// department, laid out as an official document (GB/T 9704: the issuing office's red header, the title, the
/// department addressed, the reminder's text, the issuer and date), with a line for whoever signs for it.
class ReminderNotice {
public:
    /// One document per draft (each its own page), issued by `issuer` on `date`.
    static QList<PrintDocument> build(const QList<ReminderDraft>& drafts, const QString& issuer, const QDate& date);
};

} // namespace branddesk
