// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accounts/user.h"
#include "core/error.h"

#include <optional>

namespace branddesk {

/// Who is signed in to a Session, and the one place that decides what they may do.
///
/// Every service method that changes data asks first, before it validates or touches the database:
///
///     Result<Campaign> CampaignService::update(Campaign campaign)
///     {
///         if (Result<void> allowed = m_user.requireWrite(); !allowed)
///             return fail(allowed.error());
///         ...
///
/// requireWrite() admits clerks and administrators; requireAdmin() only administrators (users,
/// campaigns' set-up, backups, settings). A leader, or nobody signed in, gets Error::Code::Forbidden
/// with a message that says why. Hiding buttons in the UI is a courtesy on top of this, never instead.
/// The Session owns the CurrentUser; AccountService signs in and out; services hold a const reference.
class CurrentUser {
public:
    bool isSignedIn() const { return m_user.has_value(); }
    /// The signed-in user; a default User (id 0) when nobody is.
    const User& user() const;
    qint64 id() const { return m_user ? m_user->id : 0; }
    /// The signed-in user's name, or an empty string. The reference stays valid (and current) for the
    /// CurrentUser's lifetime, so a service may keep it.
    const QString& name() const { return m_name; }
    bool canWrite() const { return m_user && m_user->active && m_user->canWrite(); }
    bool isAdministrator() const { return m_user && m_user->active && m_user->role == Role::Administrator; }

    /// Succeeds for a signed-in clerk or administrator; Forbidden otherwise.
    Result<void> requireWrite() const;
    /// Succeeds for a signed-in administrator; Forbidden otherwise.
    Result<void> requireAdmin() const;

    /// For AccountService: who is working from now on.
    void signIn(const User& user)
    {
        m_user = user;
        m_name = user.name;
    }
    void signOut()
    {
        m_user.reset();
        m_name.clear();
    }

private:
    std::optional<User> m_user;
    QString m_name;
};

} // namespace branddesk
