// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/presenceservice.h"

#include "core/accounts/currentuser.h"
#include "core/storage/database.h"

#include <QHash>
#include <QSysInfo>

#include <algorithm>

namespace branddesk {

PresenceService::PresenceService(Database& database, const CurrentUser& user)
    : m_database(database)
    , m_user(user)
    , m_rows(database)
    , m_users(database)
    , m_pc(QSysInfo::machineHostName())
{}

Result<void> PresenceService::announce()
{
    return m_database.setSessionLabel(PresenceRepository::label(m_user.id(), m_pc));
}

Result<void> PresenceService::editingStarted(const QString& entity, qint64 id)
{
    return m_database.setSessionLabel(PresenceRepository::label(m_user.id(), m_pc, entity, id));
}

Result<void> PresenceService::editingEnded()
{
    return announce();
}

Result<QList<ConnectedUser>> PresenceService::connected() const
{
    if (Result<void> allowed = m_user.requireAdmin(); !allowed)
        return fail(allowed.error());
    return read();
}

Result<QList<ConnectedUser>> PresenceService::editing(const QString& entity, qint64 id) const
{
    Result<QList<ConnectedUser>> everyone = read();
    if (!everyone)
        return everyone;
    QList<ConnectedUser> others;
    for (const ConnectedUser& user : *everyone)
        if (!user.thisConnection && user.editingEntity == entity && user.editingId == id)
            others.append(user);
    return others;
}

Result<QList<ConnectedUser>> PresenceService::read() const
{
    QList<PresenceRow> rows;
    if (m_database.isServer()) {
        Result<QList<PresenceRow>> listed = m_rows.connected();
        if (!listed)
            return fail(listed.error());
        rows = *listed;
    } else {
        // A file is opened by this PC alone (as far as anyone can tell from inside it).
        PresenceRow self;
        self.userId = m_user.id();
        self.pc = m_pc;
        self.thisConnection = true;
        rows.append(self);
    }
    QHash<qint64, QString> names;
    QList<ConnectedUser> users;
    for (const PresenceRow& row : rows) {
        if (!names.contains(row.userId)) {
            Result<User> user = m_users.find(row.userId);
            names.insert(row.userId, user ? user->name : QString());
        }
        ConnectedUser connected;
        connected.userName = names.value(row.userId);
        connected.pc = row.pc;
        connected.since = row.since;
        connected.address = row.address;
        connected.editingEntity = row.editingEntity;
        connected.editingId = row.editingId;
        connected.thisConnection = row.thisConnection;
        users.append(connected);
    }
    std::stable_partition(users.begin(), users.end(), [](const ConnectedUser& u) { return u.thisConnection; });
    return users;
}

} // namespace branddesk
