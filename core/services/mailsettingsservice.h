// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/mail/mailsettings.h"
#include "core/storage/mailsettingsrepository.h"

#include <QObject>

namespace branddesk {

class AuditLog;
class Clock;
class CurrentUser;
class Database;

/// The office's mail servers (IMAP for the inbox, SMTP for reminders), kept in the database so that every PC
/// of a shared office uses the same. Passwords are never stored: see MailPasswordCache.
class MailSettingsService : public QObject {
    Q_OBJECT
public:
    /// Saving needs a clerk or an administrator (`user`) and is audited.
    MailSettingsService(Database& database, const Clock& clock, const CurrentUser& user, AuditLog& audit,
                        QObject* parent = nullptr);

    Result<MailSettings> load() const;
    /// Checks and stores `settings`: a server named needs a port and a user; the sender's address looks like one.
    Result<MailSettings> save(MailSettings settings);

signals:
    void changed();

private:
    Database& m_database;
    const Clock& m_clock;
    const CurrentUser& m_user;
    AuditLog& m_audit;
    MailSettingsRepository m_settings;
};

} // namespace branddesk
