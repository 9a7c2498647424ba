// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/liveupdates.h"

#include <QStringList>

#include <set>

namespace branddesk {

LiveUpdates::LiveUpdates(Database& database, QObject* parent)
    : QObject(parent)
    , m_listener(database)
{
    connect(&m_listener, &ChangeListener::changed, this, &LiveUpdates::dispatch);
}

void LiveUpdates::route(const QString& entity, std::function<void()> announce)
{
    m_routes.emplace_back(entity, std::move(announce));
}

Result<void> LiveUpdates::start()
{
    return m_listener.start();
}

void LiveUpdates::stop()
{
    m_listener.stop();
}

void LiveUpdates::dispatch(const QList<AuditEntry>& entries)
{
    std::set<std::size_t> routes;
    QStringList users;
    for (const AuditEntry& entry : entries) {
        for (std::size_t i = 0; i < m_routes.size(); ++i) {
            const QString& entity = m_routes[i].first;
            if (entry.entity == entity ||
                (entry.entity.startsWith(entity) && entry.entity.mid(entity.size(), 1) == QLatin1String("-")))
                routes.insert(i);
        }
        if (!users.contains(entry.userName))
            users.append(entry.userName);
    }
    // The services' signals first, so that a form asked below finds the lists already current.
    for (std::size_t i : routes)
        m_routes[i].second();
    for (const AuditEntry& entry : entries)
        emit recordChanged(entry.entity, entry.recordId, entry.userName, entry.action);
    emit changesArrived(static_cast<int>(entries.size()), users);
}

} // namespace branddesk
