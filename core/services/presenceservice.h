// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/storage/presencerepository.h"
#include "core/storage/userrepository.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace branddesk {

class CurrentUser;
class Database;

/// Someone connected to the office's server, as the administrators' list and the forms show them.
struct ConnectedUser {
    QString userName; ///< BrandDesk's own account
    QString pc;
    QDateTime since; ///< UTC; invalid where the server does not say
    QString address;
    QString editingEntity; ///< the record whose form is open there, if any
    qint64 editingId = 0;
    bool thisConnection = false;
};

/// Who else is working on the same server database, and which record each has open — advisory only: the
/// optimistic version of every record stays the guard against overwriting. Each program names itself to the
/// server (user, PC, the record of an open form); a file database has only this PC.
class PresenceService {
public:
    PresenceService(Database& database, const CurrentUser& user);

    /// The name this PC goes by (its host name unless set).
    QString pcName() const { return m_pc; }
    void setPcName(const QString& pc) { m_pc = pc; }

    /// Tells the server who is working here (after a sign-in; again after a switch of user).
    Result<void> announce();
    /// Tells the server that a form of record `id` of `entity` is open here, until editingEnded().
    Result<void> editingStarted(const QString& entity, qint64 id);
    Result<void> editingEnded();

    /// Everyone connected, this PC first; for administrators only.
    Result<QList<ConnectedUser>> connected() const;
    /// The others (not this connection) who have record `id` of `entity` open in a form now.
    Result<QList<ConnectedUser>> editing(const QString& entity, qint64 id) const;

private:
    Result<QList<ConnectedUser>> read() const;

    Database& m_database;
    const CurrentUser& m_user;
    PresenceRepository m_rows;
    UserRepository m_users;
    QString m_pc;
};

} // namespace branddesk
