// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/mailsettingsservice.h"

#include "core/accounts/currentuser.h"
#include "core/audit/mailsnapshots.h"
#include "core/clock.h"
#include "core/services/auditedwrites.h"
#include "core/services/auditlog.h"
#include "core/storage/database.h"

#include <QRegularExpression>

namespace branddesk {
namespace {

constexpr qint64 kSettingsRecord = 1;

void tidy(MailServer& server)
{
    server.host = server.host.trimmed();
    server.user = server.user.trimmed();
}

} // namespace

MailSettingsService::MailSettingsService(Database& database, const Clock& clock, const CurrentUser& user,
                                         AuditLog& audit, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_user(user)
    , m_audit(audit)
    , m_settings(database)
{}

Result<MailSettings> MailSettingsService::load() const
{
    return m_settings.load();
}

Result<MailSettings> MailSettingsService::save(MailSettings settings)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return fail(allowed.error());
    tidy(settings.incoming);
    tidy(settings.outgoing);
    settings.folder = settings.folder.trimmed().isEmpty() ? QStringLiteral("INBOX") : settings.folder.trimmed();
    settings.fromAddress = settings.fromAddress.trimmed();
    settings.fromName = settings.fromName.trimmed();
    QStringList problems;
    const auto check = [&](const MailServer& s, const QString& what) {
        if (s.host.isEmpty())
            return;
        if (s.port <= 0 || s.port > 65535)
            problems.append(tr("Enter the port of the %1 server (1–65535).").arg(what));
        if (s.user.isEmpty())
            problems.append(tr("Enter the user name for the %1 server.").arg(what));
        if (s.host.contains(QLatin1Char(' ')) || s.host.contains(QLatin1Char('/')))
            problems.append(tr("The %1 server's name cannot contain spaces or slashes.").arg(what));
    };
    check(settings.incoming, QStringLiteral("IMAP"));
    check(settings.outgoing, QStringLiteral("SMTP"));
    if (settings.fetchEveryMinutes < 0 || settings.fetchEveryMinutes > 1440)
        problems.append(tr("Fetch mail every 0 to 1440 minutes (0: only by hand)."));
    static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!settings.fromAddress.isEmpty() && !address.match(settings.fromAddress).hasMatch())
        problems.append(tr("The sender's address %1 is not an e-mail address.").arg(settings.fromAddress));
    if (!problems.isEmpty())
        return fail(Error::Code::Validation, problems.join(QLatin1Char('\n')));

    Result<void> done = audited::write(m_database, this, [&]() -> Result<void> {
        Result<MailSettings> before = m_settings.load();
        if (!before)
            return fail(before.error());
        if (Result<void> saved = m_settings.save(settings, m_clock.nowUtc()); !saved)
            return saved;
        return m_audit.recordUpdate(MailAuditEntities::kMailSettings, kSettingsRecord, snapshotOf(*before),
                                    snapshotOf(settings));
    });
    if (!done)
        return fail(done.error());
    return settings;
}

} // namespace branddesk
