// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/mailsettingsrepository.h"

#include "core/clock.h"
#include "core/mail/mailsecurity.h"
#include "core/storage/database.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace branddesk {
namespace {

constexpr const char* kSelect =
    "SELECT imap_host, imap_port, imap_security, imap_user, folder, fetch_every_minutes, smtp_host, smtp_port, "
    "smtp_security, smtp_user, from_address, from_name, smtp_uses_imap_password FROM mail_settings WHERE id = 1";
constexpr const char* kUpsert =
    "INSERT INTO mail_settings (id, imap_host, imap_port, imap_security, imap_user, folder, fetch_every_minutes, "
    "smtp_host, smtp_port, smtp_security, smtp_user, from_address, from_name, smtp_uses_imap_password, updated_at, "
    "version) VALUES (1, :imap_host, :imap_port, :imap_security, :imap_user, :folder, :fetch_every_minutes, "
    ":smtp_host, :smtp_port, :smtp_security, :smtp_user, :from_address, :from_name, :smtp_uses_imap_password, "
    ":updated_at, 1) ON CONFLICT (id) DO UPDATE SET imap_host = excluded.imap_host, imap_port = excluded.imap_port, "
    "imap_security = excluded.imap_security, imap_user = excluded.imap_user, folder = excluded.folder, "
    "fetch_every_minutes = excluded.fetch_every_minutes, smtp_host = excluded.smtp_host, "
    "smtp_port = excluded.smtp_port, smtp_security = excluded.smtp_security, smtp_user = excluded.smtp_user, "
    "from_address = excluded.from_address, from_name = excluded.from_name, "
    "smtp_uses_imap_password = excluded.smtp_uses_imap_password, updated_at = excluded.updated_at, "
    "version = mail_settings.version + 1";

MailServer serverFrom(const QSqlQuery& q, int first)
{
    MailServer s;
    s.host = q.value(first).toString();
    s.port = q.value(first + 1).toInt();
    s.security = mailSecurityFromCode(q.value(first + 2).toString()).value_or(MailSecurity::Tls);
    s.user = q.value(first + 3).toString();
    return s;
}

} // namespace

Result<MailSettings> MailSettingsRepository::load() const
{
    Result<QSqlQuery> q =
        sql::run(m_database.connection(), kSelect, {},
                 QCoreApplication::translate("MailSettingsRepository", "the mail settings could not be read"));
    if (!q)
        return fail(q.error());
    MailSettings settings;
    if (!q->next())
        return settings;
    settings.incoming = serverFrom(*q, 0);
    settings.folder = q->value(4).toString();
    settings.fetchEveryMinutes = q->value(5).toInt();
    settings.outgoing = serverFrom(*q, 6);
    settings.fromAddress = q->value(10).toString();
    settings.fromName = q->value(11).toString();
    settings.sendWithIncomingPassword = q->value(12).toBool();
    return settings;
}

Result<void> MailSettingsRepository::save(const MailSettings& s, const QDateTime& updatedAt)
{
    Result<QSqlQuery> q =
        sql::run(m_database.connection(), kUpsert,
                 {{":imap_host", sql::text(s.incoming.host)},
                  {":imap_port", s.incoming.port},
                  {":imap_security", mailSecurityCode(s.incoming.security)},
                  {":imap_user", sql::text(s.incoming.user)},
                  {":folder", sql::text(s.folder)},
                  {":fetch_every_minutes", s.fetchEveryMinutes},
                  {":smtp_host", sql::text(s.outgoing.host)},
                  {":smtp_port", s.outgoing.port},
                  {":smtp_security", mailSecurityCode(s.outgoing.security)},
                  {":smtp_user", sql::text(s.outgoing.user)},
                  {":from_address", sql::text(s.fromAddress)},
                  {":from_name", sql::text(s.fromName)},
                  {":smtp_uses_imap_password", s.sendWithIncomingPassword},
                  {":updated_at", toStorageTimestamp(updatedAt)}},
                 QCoreApplication::translate("MailSettingsRepository", "the mail settings could not be saved"));
    if (!q)
        return fail(q.error());
    return {};
}

} // namespace branddesk
