// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class LoginDialog;
}

namespace branddesk {

class AccountService;

/// Signs in with a name and a password. A refusal (wrong password, locked, deactivated) is shown in the
/// dialog, which stays open with the password cleared.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    explicit LoginDialog(AccountService& accounts, QWidget* parent = nullptr);
    ~LoginDialog() override;

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::LoginDialog> m_ui;
    AccountService& m_accounts;
};

} // namespace branddesk
