// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accounts/user.h"
#include "core/error.h"

#include <QByteArray>
#include <QList>

namespace branddesk {

class Database;

/// Reads and writes accounts. Password hashes go in and out only as opaque encoded strings.
class UserRepository {
public:
    explicit UserRepository(Database& database)
        : m_database(database)
    {}

    Result<int> count() const;
    /// Every account, by name.
    Result<QList<User>> all() const;
    Result<User> find(qint64 id) const;
    /// The account with this sign-in name (any letter case), or NotFound.
    Result<User> findByName(const QString& name) const;
    Result<QByteArray> passwordHash(qint64 id) const;
    Result<qint64> insert(const User& user, const QByteArray& passwordHash);
    /// Updates role and active at `user.version`; Conflict if it changed meanwhile.
    Result<void> update(const User& user);
    Result<void> setPasswordHash(qint64 id, const QByteArray& passwordHash, const QDateTime& updatedAt);
    /// Records the sign-in failure count and lock (both cleared by a success or a reset).
    Result<void> setFailures(qint64 id, int failedAttempts, const QDateTime& lockedUntil);

private:
    Database& m_database;
};

} // namespace branddesk
