// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accounts/user.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AddUserDialog;
}

namespace branddesk {

class AccountService;

/// An administrator adds an account: its name, role and initial password (twice). A refusal (a name in
/// use, a weak password, not an administrator) is shown in the dialog, which stays open.
class AddUserDialog : public QDialog {
    Q_OBJECT
public:
    explicit AddUserDialog(AccountService& accounts, QWidget* parent = nullptr);
    ~AddUserDialog() override;

    /// The account made, after the dialog was accepted.
    const User& user() const { return m_user; }

public slots:
    void accept() override;

private:
    void showMessage(const QString& text);

    std::unique_ptr<Ui::AddUserDialog> m_ui;
    AccountService& m_accounts;
    User m_user;
};

} // namespace branddesk
