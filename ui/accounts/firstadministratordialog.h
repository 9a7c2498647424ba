// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class FirstAdministratorDialog;
}

namespace branddesk {

class AccountService;

/// On a database without accounts: asks for the first administrator's name and password (twice), creates
/// the account and signs it in.
class FirstAdministratorDialog : public QDialog {
    Q_OBJECT
public:
    explicit FirstAdministratorDialog(AccountService& accounts, QWidget* parent = nullptr);
    ~FirstAdministratorDialog() override;

public slots:
    void accept() override;

private:
    void showMessage(const QString& text);

    std::unique_ptr<Ui::FirstAdministratorDialog> m_ui;
    AccountService& m_accounts;
};

} // namespace branddesk
