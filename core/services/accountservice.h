// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accounts/passwordhasher.h"
#include "core/accounts/user.h"
#include "core/error.h"
#include "core/storage/userrepository.h"

#include <QObject>
#include <QStringList>

namespace branddesk {

class AuditLog;
class Clock;
class CurrentUser;
class Database;

/// Accounts: the first administrator, signing in and out, passwords, and the administrator's user list.
///
/// Passwords are stored as Argon2id hashes (PasswordHasher). After kFailuresBeforeLockout wrong
/// passwords in a row an account is locked for kLockoutSeconds (doubling with each further failure, up
/// to an hour), measured by the Clock. Adding, deactivating and password changes are audited (never the
/// hash itself); the failure counter is not (it is not a change of data).
class AccountService : public QObject {
    Q_OBJECT
public:
    static constexpr int kMinimumPasswordLength = 8;
    static constexpr int kMaximumNameLength = 40;
    static constexpr int kFailuresBeforeLockout = 5;
    static constexpr qint64 kLockoutSeconds = 5 * 60;
    static constexpr qint64 kMaximumLockoutSeconds = 60 * 60;

    AccountService(Database& database, const Clock& clock, CurrentUser& user, AuditLog& audit,
                   QObject* parent = nullptr);

    /// Tests make hundreds of accounts: they may hash at the smallest cost.
    void setPasswordCost(PasswordHasher::Cost cost) { m_hasher.setCost(cost); }

    /// Whether the database has any account (if not, the first administrator must be created).
    Result<bool> hasAccounts() const;
    /// The names of the active accounts, for the sign-in dialog.
    Result<QStringList> activeUserNames() const;
    /// Every account (administrators only).
    Result<QList<User>> users() const;

    /// Creates the first account, an administrator, and signs it in. Refused once any account exists.
    Result<User> createFirstAdministrator(const QString& name, const QString& password);
    /// Signs in; a wrong name or password, a deactivated or a locked account is refused with a reason.
    Result<User> signIn(const QString& name, const QString& password);
    void signOut();

    /// The signed-in user changes their own password, giving the current one.
    Result<void> changePassword(const QString& currentPassword, const QString& newPassword);
    /// Administrators: a new account.
    Result<User> addUser(const QString& name, Role role, const QString& password);
    /// Administrators: sets a new password for an account (and lifts a lock-out).
    Result<void> resetPassword(qint64 userId, const QString& newPassword);
    /// Administrators: deactivates or reactivates an account (never their own).
    Result<User> setActive(qint64 userId, bool active);

signals:
    /// After any change to an account (not after a sign-in).
    void changed();

private:
    Result<void> checkNewAccount(const QString& name, const QString& password) const;
    Result<void> writePassword(const User& user, const QByteArray& hash, const QString& how);

    Database& m_database;
    const Clock& m_clock;
    CurrentUser& m_user;
    AuditLog& m_audit;
    UserRepository m_users;
    PasswordHasher m_hasher;
};

/// Whether `password` is acceptable for an account named `name`; the error says what is missing.
Result<void> checkPasswordRules(const QString& name, const QString& password);

} // namespace branddesk
