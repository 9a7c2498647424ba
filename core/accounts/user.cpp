// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/accounts/user.h"

#include <QCoreApplication>

namespace branddesk {

QList<Role> allRoles()
{
    return {Role::Administrator, Role::Clerk, Role::Leader};
}

QString roleCode(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QStringLiteral("admin");
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Leader:
        return QStringLiteral("leader");
    }
    return QStringLiteral("leader");
}

std::optional<Role> roleFromCode(const QString& code)
{
    for (Role role : allRoles())
        if (roleCode(role) == code)
            return role;
    return std::nullopt;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QCoreApplication::translate("Role", "Administrator");
    case Role::Clerk:
        return QCoreApplication::translate("Role", "Clerk");
    case Role::Leader:
        return QCoreApplication::translate("Role", "Leader");
    }
    return {};
}

} // namespace branddesk
