// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/mail/mailsettings.h"

#include <QDateTime>

namespace branddesk {

class Database;

/// Reads and writes the one row of mail settings. Never a password.
class MailSettingsRepository {
public:
    explicit MailSettingsRepository(Database& database)
        : m_database(database)
    {}

    /// The stored settings, or the defaults (nothing configured) before the first save.
    Result<MailSettings> load() const;
    /// Stores `settings` in place of the previous ones.
    Result<void> save(const MailSettings& settings, const QDateTime& updatedAt);

private:
    Database& m_database;
};

} // namespace branddesk
