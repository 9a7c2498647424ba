// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/mail/mailsettings.h"
#include "core/mail/reminder.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace branddesk {

class Clock;

/// What became of one reminder: the addresses that took it, and each address that did not, with the reason.
struct ReminderDelivery {
    qsizetype draftIndex = 0;
    QDateTime sentAt; ///< UTC; when the first address took it
    QStringList sentTo;
    QStringList failedAddresses;
    QStringList failures; ///< the reason for each failed address, translated
};

/// A batch's outcome: every reminder tried, and the error that stopped the batch early (server unreachable,
/// password refused, cancelled), if any.
struct ReminderBatch {
    QList<ReminderDelivery> deliveries;
    std::optional<Error> stoppedBy;

    int sentCount() const;
};

/// Sends a batch of reminders over SMTP, one message per department to all its addresses (each address its own
/// envelope, so one refused address does not hold up the others). Touches no database and no widget: run it in
/// a worker thread, then log what was sent (ReminderService::logSent) on the session's thread.
class ReminderMailer {
public:
    ReminderMailer(const MailSettings& settings, const QString& password, const Clock& clock);

    /// What is missing from the settings before anything can be sent (empty when nothing is).
    static QString settingsProblem(const MailSettings& settings);

    /// Sends `drafts` (those with recipients); `progress(done)` is called after each one, in the calling thread.
    ReminderBatch send(const QList<ReminderDraft>& drafts, const std::atomic_bool* stop,
                       const std::function<void(int done)>& progress = {}) const;

private:
    MailSettings m_settings;
    QString m_password;
    const Clock& m_clock;
};

} // namespace branddesk
