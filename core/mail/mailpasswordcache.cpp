// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/mailpasswordcache.h"

#include <QMutexLocker>

namespace branddesk {

QString MailPasswordCache::keyOf(const MailServer& server)
{
    return server.user.trimmed() + QLatin1Char('@') + server.host.trimmed().toLower() + QLatin1Char(':') +
           QString::number(server.port);
}

std::optional<QString> MailPasswordCache::password(const MailServer& server) const
{
    QMutexLocker lock(&m_mutex);
    const auto found = m_passwords.constFind(keyOf(server));
    if (found == m_passwords.constEnd())
        return std::nullopt;
    return *found;
}

void MailPasswordCache::remember(const MailServer& server, const QString& password)
{
    QMutexLocker lock(&m_mutex);
    m_passwords.insert(keyOf(server), password);
}

void MailPasswordCache::forget(const MailServer& server)
{
    QMutexLocker lock(&m_mutex);
    m_passwords.remove(keyOf(server));
}

void MailPasswordCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_passwords.clear();
}

} // namespace branddesk
