// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/accountservice.h"

#include "core/accounts/currentuser.h"
#include "core/audit/auditsnapshots.h"
#include "core/clock.h"
#include "core/services/auditlog.h"
#include "core/storage/database.h"

#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace branddesk {
namespace {

// What the audit log records for a password: never the hash, only that it was set, changed or reset.
QJsonObject passwordState(const QString& how)
{
    return QJsonObject{{QStringLiteral("password"), how}};
}

qint64 lockoutSeconds(int failures)
{
    const int beyond = std::clamp(failures - AccountService::kFailuresBeforeLockout, 0, 10);
    return std::min(AccountService::kLockoutSeconds << beyond, AccountService::kMaximumLockoutSeconds);
}

} // namespace

Result<void> checkPasswordRules(const QString& name, const QString& password)
{
    if (password.size() < AccountService::kMinimumPasswordLength)
        return fail(
            Error::Code::Validation,
            AccountService::tr("A password needs at least %1 characters.").arg(AccountService::kMinimumPasswordLength));
    if (password.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
        return fail(Error::Code::Validation, AccountService::tr("A password must not be the user's name."));
    return {};
}

AccountService::AccountService(Database& database, const Clock& clock, CurrentUser& user, AuditLog& audit,
                               QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_user(user)
    , m_audit(audit)
    , m_users(database)
{}

Result<bool> AccountService::hasAccounts() const
{
    Result<int> count = m_users.count();
    if (!count)
        return fail(count.error());
    return *count > 0;
}

Result<QStringList> AccountService::activeUserNames() const
{
    Result<QList<User>> all = m_users.all();
    if (!all)
        return fail(all.error());
    QStringList names;
    for (const User& user : *all)
        if (user.active)
            names.append(user.name);
    return names;
}

Result<QList<User>> AccountService::users() const
{
    if (Result<void> allowed = m_user.requireAdmin(); !allowed)
        return fail(allowed.error());
    return m_users.all();
}

Result<void> AccountService::checkNewAccount(const QString& name, const QString& password) const
{
    if (name.isEmpty())
        return fail(Error::Code::Validation, tr("Enter a name for the account."));
    if (name.size() > kMaximumNameLength)
        return fail(Error::Code::Validation, tr("A name may have at most %1 characters.").arg(kMaximumNameLength));
    if (Result<void> rules = checkPasswordRules(name, password); !rules)
        return rules;
    Result<User> existing = m_users.findByName(name);
    if (existing)
        return fail(Error::Code::Validation, tr("An account named \"%1\" already exists.").arg(existing->name));
    if (existing.error().code != Error::Code::NotFound)
        return fail(existing.error());
    return {};
}

Result<User> AccountService::createFirstAdministrator(const QString& rawName, const QString& password)
{
    const QString name = rawName.trimmed();
    if (Result<bool> any = hasAccounts(); !any || *any)
        return any ? fail(Error::Code::Forbidden,
                          tr("This database already has accounts: sign in, or ask an administrator for one."))
                   : fail(any.error());
    if (Result<void> ok = checkNewAccount(name, password); !ok)
        return fail(ok.error());
    Result<QByteArray> hash = m_hasher.hash(password);
    if (!hash)
        return fail(hash.error());
    User user;
    user.name = name;
    user.role = Role::Administrator;
    user.createdAt = m_clock.nowUtc();
    user.updatedAt = user.createdAt;
    user.version = 1;
    Result<void> done = m_database.transaction([&]() -> Result<void> {
        Result<qint64> id = m_users.insert(user, *hash);
        if (!id)
            return fail(id.error());
        user.id = *id;
        m_user.signIn(user); // the new administrator records their own creation
        return m_audit.recordInsert(AuditEntities::kUser, user.id, snapshotOf(user));
    });
    if (!done) {
        m_user.signOut();
        return fail(done.error());
    }
    emit changed();
    return user;
}

Result<User> AccountService::signIn(const QString& rawName, const QString& password)
{
    const QString wrong = tr("The name or the password is wrong.");
    Result<User> user = m_users.findByName(rawName.trimmed());
    if (!user)
        return user.error().code == Error::Code::NotFound ? fail(Error::Code::Validation, wrong) : fail(user.error());
    if (!user->active)
        return fail(Error::Code::Forbidden,
                    tr("The account \"%1\" has been deactivated. Ask an administrator.").arg(user->name));
    const QDateTime now = m_clock.nowUtc();
    if (user->lockedUntil.isValid() && now < user->lockedUntil)
        return fail(Error::Code::Locked,
                    tr("Too many wrong passwords: the account \"%1\" is locked until %2.")
                        .arg(user->name, QLocale().toString(user->lockedUntil.toLocalTime(), QLocale::ShortFormat)));
    Result<QByteArray> hash = m_users.passwordHash(user->id);
    if (!hash)
        return fail(hash.error());
    if (!PasswordHasher::verify(*hash, password)) {
        const int failures = user->failedAttempts + 1;
        const QDateTime lockedUntil =
            failures >= kFailuresBeforeLockout ? now.addSecs(lockoutSeconds(failures)) : QDateTime();
        if (Result<void> noted = m_users.setFailures(user->id, failures, lockedUntil); !noted)
            return fail(noted.error());
        if (lockedUntil.isValid())
            return fail(Error::Code::Locked,
                        wrong + QLatin1Char(' ') +
                            tr("After %1 wrong passwords the account is locked until %2.")
                                .arg(failures)
                                .arg(QLocale().toString(lockedUntil.toLocalTime(), QLocale::ShortFormat)));
        return fail(Error::Code::Validation, wrong);
    }
    if (user->failedAttempts != 0 || user->lockedUntil.isValid()) {
        if (Result<void> cleared = m_users.setFailures(user->id, 0, QDateTime()); !cleared)
            return fail(cleared.error());
        user->failedAttempts = 0;
        user->lockedUntil = QDateTime();
    }
    m_user.signIn(*user);
    return user;
}

void AccountService::signOut()
{
    m_user.signOut();
}

Result<void> AccountService::writePassword(const User& user, const QByteArray& hash, const QString& how)
{
    Result<void> done = m_database.transaction([&]() -> Result<void> {
        if (Result<void> saved = m_users.setPasswordHash(user.id, hash, m_clock.nowUtc()); !saved)
            return saved;
        return m_audit.recordUpdate(AuditEntities::kUser, user.id, passwordState(QStringLiteral("set")),
                                    passwordState(how));
    });
    if (done)
        emit changed();
    return done;
}

Result<void> AccountService::changePassword(const QString& currentPassword, const QString& newPassword)
{
    if (!m_user.isSignedIn())
        return fail(Error::Code::Forbidden, tr("Nobody is signed in."));
    Result<QByteArray> stored = m_users.passwordHash(m_user.id());
    if (!stored)
        return fail(stored.error());
    if (!PasswordHasher::verify(*stored, currentPassword))
        return fail(Error::Code::Validation, tr("The current password is wrong."));
    if (Result<void> rules = checkPasswordRules(m_user.name(), newPassword); !rules)
        return rules;
    Result<QByteArray> hash = m_hasher.hash(newPassword);
    if (!hash)
        return fail(hash.error());
    return writePassword(m_user.user(), *hash, QStringLiteral("changed"));
}

Result<User> AccountService::addUser(const QString& rawName, Role role, const QString& password)
{
    if (Result<void> allowed = m_user.requireAdmin(); !allowed)
        return fail(allowed.error());
    const QString name = rawName.trimmed();
    if (Result<void> ok = checkNewAccount(name, password); !ok)
        return fail(ok.error());
    Result<QByteArray> hash = m_hasher.hash(password);
    if (!hash)
        return fail(hash.error());
    User user;
    user.name = name;
    user.role = role;
    user.createdAt = m_clock.nowUtc();
    user.updatedAt = user.createdAt;
    user.version = 1;
    Result<void> done = m_database.transaction([&]() -> Result<void> {
        Result<qint64> id = m_users.insert(user, *hash);
        if (!id)
            return fail(id.error());
        user.id = *id;
        return m_audit.recordInsert(AuditEntities::kUser, user.id, snapshotOf(user));
    });
    if (!done)
        return fail(done.error());
    emit changed();
    return user;
}

Result<void> AccountService::resetPassword(qint64 userId, const QString& newPassword)
{
    if (Result<void> allowed = m_user.requireAdmin(); !allowed)
        return allowed;
    Result<User> user = m_users.find(userId);
    if (!user)
        return fail(user.error());
    if (Result<void> rules = checkPasswordRules(user->name, newPassword); !rules)
        return rules;
    Result<QByteArray> hash = m_hasher.hash(newPassword);
    if (!hash)
        return fail(hash.error());
    return writePassword(*user, *hash, QStringLiteral("reset"));
}

Result<User> AccountService::setActive(qint64 userId, bool active)
{
    if (Result<void> allowed = m_user.requireAdmin(); !allowed)
        return fail(allowed.error());
    if (userId == m_user.id() && !active)
        return fail(Error::Code::Validation, tr("You cannot deactivate your own account."));
    Result<User> stored = fail(Error::Code::NotFound, QString());
    Result<void> done = m_database.transaction([&]() -> Result<void> {
        stored = m_users.find(userId);
        if (!stored)
            return fail(stored.error());
        const User before = *stored;
        stored->active = active;
        stored->updatedAt = m_clock.nowUtc();
        if (Result<void> saved = m_users.update(*stored); !saved)
            return saved;
        ++stored->version;
        return m_audit.recordUpdate(AuditEntities::kUser, userId, snapshotOf(before), snapshotOf(*stored));
    });
    if (!done)
        return fail(done.error());
    emit changed();
    return stored;
}

} // namespace branddesk
