// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace branddesk {

/// What a user may do (DESIGN.md §1 User). Enforced in core by CurrentUser::requireWrite()/requireAdmin().
enum class Role {
    Administrator, ///< 管理员: campaigns, users, backups, settings — and everything a clerk does
    Clerk,         ///< 办事员: all data entry
    Leader,        ///< 领导: reads everything, prints, exports; writes nothing
};

QList<Role> allRoles();
/// Stable code stored in the database ("admin", "clerk", "leader").
QString roleCode(Role role);
std::optional<Role> roleFromCode(const QString& code);
/// Translated name (管理员, 办事员, 领导).
QString roleName(Role role);

/// An account. The password hash never leaves core/storage and core/accounts.
struct User {
    qint64 id = 0; ///< 0 until stored
    QString name;  ///< the sign-in name, unique regardless of letter case
    Role role = Role::Clerk;
    bool active = true;     ///< a deactivated account cannot sign in; its history stays
    int failedAttempts = 0; ///< wrong passwords in a row since the last successful sign-in
    QDateTime lockedUntil;  ///< UTC; invalid when not locked
    QDateTime createdAt;    ///< UTC
    QDateTime updatedAt;    ///< UTC
    int version = 0;        ///< optimistic lock

    bool canWrite() const { return role == Role::Administrator || role == Role::Clerk; }
};

} // namespace branddesk
