// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/userrepository.h"

#include "core/clock.h"
#include "core/storage/database.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace branddesk {
namespace {

// Names are told apart without regard to case (ASCII letters on SQLite, where the column is NOCASE; all on
// the server, where the unique index is on lower(name)).
constexpr const char* kCount = "SELECT count(*) FROM users";
constexpr const char* kSelectAll = "SELECT id, name, role, active, failed_attempts, locked_until, created_at, "
                                   "updated_at, version FROM users ORDER BY lower(name), name";
constexpr const char* kSelectOne = "SELECT id, name, role, active, failed_attempts, locked_until, created_at, "
                                   "updated_at, version FROM users WHERE id = :id";
constexpr const char* kSelectByName = "SELECT id, name, role, active, failed_attempts, locked_until, created_at, "
                                      "updated_at, version FROM users WHERE lower(name) = lower(:name)";
constexpr const char* kSelectHash = "SELECT password_hash FROM users WHERE id = :id";
constexpr const char* kInsert =
    "INSERT INTO users (name, role, password_hash, active, failed_attempts, locked_until, created_at, updated_at, "
    "version) VALUES (:name, :role, :password_hash, :active, 0, '', :created_at, :updated_at, 1)";
constexpr const char* kUpdate = "UPDATE users SET role = :role, active = :active, updated_at = :updated_at, "
                                "version = version + 1 WHERE id = :id AND version = :version";
constexpr const char* kSetHash = "UPDATE users SET password_hash = :password_hash, failed_attempts = 0, "
                                 "locked_until = '', updated_at = :updated_at, version = version + 1 WHERE id = :id";
constexpr const char* kSetFailures =
    "UPDATE users SET failed_attempts = :failed_attempts, locked_until = :locked_until WHERE id = :id";

QString readFailed()
{
    return QCoreApplication::translate("UserRepository", "the user accounts could not be read");
}

QString saveFailed()
{
    return QCoreApplication::translate("UserRepository", "the user account could not be saved");
}

Result<User> notFound()
{
    return fail(Error::Code::NotFound, QCoreApplication::translate("UserRepository", "There is no such user."));
}

User fromRow(const QSqlQuery& q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.role = roleFromCode(q.value(2).toString()).value_or(Role::Leader); // unknown: the least power
    u.active = q.value(3).toBool();
    u.failedAttempts = q.value(4).toInt();
    const QString locked = q.value(5).toString();
    u.lockedUntil = locked.isEmpty() ? QDateTime() : fromStorageTimestamp(locked);
    u.createdAt = fromStorageTimestamp(q.value(6).toString());
    u.updatedAt = fromStorageTimestamp(q.value(7).toString());
    u.version = q.value(8).toInt();
    return u;
}

} // namespace

Result<int> UserRepository::count() const
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kCount, {}, readFailed());
    if (!q)
        return fail(q.error());
    return q->next() ? q->value(0).toInt() : 0;
}

Result<QList<User>> UserRepository::all() const
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kSelectAll, {}, readFailed());
    if (!q)
        return fail(q.error());
    QList<User> users;
    while (q->next())
        users.append(fromRow(*q));
    return users;
}

Result<User> UserRepository::find(qint64 id) const
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kSelectOne, {{":id", id}}, readFailed());
    if (!q)
        return fail(q.error());
    return q->next() ? Result<User>(fromRow(*q)) : notFound();
}

Result<User> UserRepository::findByName(const QString& name) const
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kSelectByName, {{":name", name}}, readFailed());
    if (!q)
        return fail(q.error());
    return q->next() ? Result<User>(fromRow(*q)) : notFound();
}

Result<QByteArray> UserRepository::passwordHash(qint64 id) const
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kSelectHash, {{":id", id}}, readFailed());
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(notFound().error());
    return q->value(0).toString().toLatin1();
}

Result<qint64> UserRepository::insert(const User& user, const QByteArray& passwordHash)
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kInsert,
                                   {{":name", sql::text(user.name)},
                                    {":role", roleCode(user.role)},
                                    {":password_hash", QString::fromLatin1(passwordHash)},
                                    {":active", user.active ? 1 : 0},
                                    {":created_at", toStorageTimestamp(user.createdAt)},
                                    {":updated_at", toStorageTimestamp(user.updatedAt)}},
                                   saveFailed());
    if (!q)
        return fail(q.error());
    return q->lastInsertId().toLongLong();
}

Result<void> UserRepository::update(const User& user)
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kUpdate,
                                   {{":role", roleCode(user.role)},
                                    {":active", user.active ? 1 : 0},
                                    {":updated_at", toStorageTimestamp(user.updatedAt)},
                                    {":id", user.id},
                                    {":version", user.version}},
                                   saveFailed());
    if (!q)
        return fail(q.error());
    if (q->numRowsAffected() != 1)
        return fail(Error::Code::Conflict,
                    QCoreApplication::translate("UserRepository",
                                                "Someone else changed this user account meanwhile. Reopen the list "
                                                "and try again."));
    return {};
}

Result<void> UserRepository::setPasswordHash(qint64 id, const QByteArray& passwordHash, const QDateTime& updatedAt)
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kSetHash,
                                   {{":password_hash", QString::fromLatin1(passwordHash)},
                                    {":updated_at", toStorageTimestamp(updatedAt)},
                                    {":id", id}},
                                   saveFailed());
    return q ? Result<void>() : fail(q.error());
}

Result<void> UserRepository::setFailures(qint64 id, int failedAttempts, const QDateTime& lockedUntil)
{
    Result<QSqlQuery> q =
        sql::run(m_database.connection(), kSetFailures,
                 {{":failed_attempts", failedAttempts},
                  {":locked_until", lockedUntil.isValid() ? toStorageTimestamp(lockedUntil) : QStringLiteral("")},
                  {":id", id}},
                 saveFailed());
    return q ? Result<void>() : fail(q.error());
}

} // namespace branddesk
