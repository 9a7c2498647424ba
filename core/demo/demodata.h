// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accounts/user.h"
#include "core/error.h"

#include <QList>

namespace branddesk {

class Session;

/// An account of the demo database (listed in the README, with its password).
struct DemoAccount {
    const char* name;
    const char* password;
    Role role;
};
/// The demo administrator, clerk and leader.
QList<DemoAccount> demoAccounts();

/// Fills an empty database with a realistic municipal register: about fifty departments across the
/// categories, brands at every level of completeness (some with logos, some departments with none).
/// Deterministic for a seed. Drawing logos needs a QGuiApplication.
/// On a database without accounts it first creates demoAccounts() and signs in as the demo clerk, who
/// is then the author of every record; on one with accounts, the signed-in user must be able to write.
Result<void> populateDemoData(Session& session, quint32 seed = 2009);

} // namespace branddesk
