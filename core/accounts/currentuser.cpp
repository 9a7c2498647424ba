// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/accounts/currentuser.h"

#include <QCoreApplication>

namespace branddesk {
namespace {

Result<void> notSignedIn()
{
    return fail(Error::Code::Forbidden,
                QCoreApplication::translate("CurrentUser", "Nobody is signed in. Sign in to make changes."));
}

} // namespace

const User& CurrentUser::user() const
{
    static const User nobody;
    return m_user ? *m_user : nobody;
}

Result<void> CurrentUser::requireWrite() const
{
    if (!m_user)
        return notSignedIn();
    if (!canWrite())
        return fail(Error::Code::Forbidden,
                    QCoreApplication::translate("CurrentUser",
                                                "You are signed in as %1 (%2). This role can read, print and export "
                                                "everything but change nothing; ask a clerk to make this change.")
                        .arg(m_user->name, roleName(m_user->role)));
    return {};
}

Result<void> CurrentUser::requireAdmin() const
{
    if (!m_user)
        return notSignedIn();
    if (!isAdministrator())
        return fail(Error::Code::Forbidden,
                    QCoreApplication::translate("CurrentUser",
                                                "Only an administrator can do this. You are signed in as %1 (%2).")
                        .arg(m_user->name, roleName(m_user->role)));
    return {};
}

} // namespace branddesk
