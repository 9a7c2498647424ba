// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace branddesk {

class AccountService;

/// The sign-in step before the main window: the LoginDialog on a database with accounts, else the
/// FirstAdministratorDialog. Returns false when the user cancelled (or the accounts cannot be read,
/// which is shown first).
bool signInInteractively(AccountService& accounts, QWidget* parent = nullptr);

} // namespace branddesk
