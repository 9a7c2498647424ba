// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace branddesk {

/// The user asked to sign out (Accounts › Sign Out / Switch User…). The window closes; the program's start-up
/// loop closes the session (its connection, live listeners and presence with it), opens the same database again
/// and asks who signs in. Cancelling that sign-in quits.
class SignOutRequest {
public:
    static void set() { s_requested = true; }
    /// Whether a sign-out was asked for, once.
    static bool take()
    {
        const bool requested = s_requested;
        s_requested = false;
        return requested;
    }

private:
    static inline bool s_requested = false;
};

} // namespace branddesk
