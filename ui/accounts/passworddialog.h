// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accounts/user.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PasswordDialog;
}

namespace branddesk {

class AccountService;

/// Sets a password, typed twice. Either the signed-in user changes their own (giving the current one,
/// AccountService::changePassword) or an administrator sets a new one for an account
/// (AccountService::resetPassword). A refusal is shown in the dialog, which stays open.
class PasswordDialog : public QDialog {
    Q_OBJECT
public:
    /// The signed-in user changes their own password.
    explicit PasswordDialog(AccountService& accounts, QWidget* parent = nullptr);
    /// An administrator sets a new password for `user`.
    PasswordDialog(AccountService& accounts, const User& user, QWidget* parent = nullptr);
    ~PasswordDialog() override;

public slots:
    void accept() override;

private:
    void setUp();
    void showMessage(const QString& text);

    std::unique_ptr<Ui::PasswordDialog> m_ui;
    AccountService& m_accounts;
    qint64 m_resetUserId = 0; ///< 0: the signed-in user changes their own
};

} // namespace branddesk
