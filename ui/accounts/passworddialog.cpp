// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accounts/passworddialog.h"

#include "ui_passworddialog.h"

#include "core/services/accountservice.h"

#include <QPushButton>

namespace branddesk {

PasswordDialog::PasswordDialog(AccountService& accounts, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PasswordDialog>())
    , m_accounts(accounts)
{
    setUp();
    setWindowTitle(tr("Change my password"));
    m_ui->introLabel->setText(tr("Type your current password, then the new one twice. A password needs at least "
                                 "%1 characters.")
                                  .arg(AccountService::kMinimumPasswordLength));
    m_ui->currentPasswordLineEdit->setFocus();
}

PasswordDialog::PasswordDialog(AccountService& accounts, const User& user, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PasswordDialog>())
    , m_accounts(accounts)
    , m_resetUserId(user.id)
{
    setUp();
    setWindowTitle(tr("Reset password — %1").arg(user.name));
    m_ui->introLabel->setText(tr("Set a new password for “%1” and tell it to them; a lock-out after wrong "
                                 "passwords is lifted. A password needs at least %2 characters.")
                                  .arg(user.name)
                                  .arg(AccountService::kMinimumPasswordLength));
    m_ui->currentPasswordLabel->hide();
    m_ui->currentPasswordLineEdit->hide();
    m_ui->passwordLineEdit->setFocus();
}

PasswordDialog::~PasswordDialog() = default;

void PasswordDialog::setUp()
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Set password"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PasswordDialog::reject);
    m_ui->messageLabel->hide();
}

void PasswordDialog::showMessage(const QString& text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->show();
}

void PasswordDialog::accept()
{
    if (m_ui->passwordLineEdit->text() != m_ui->repeatLineEdit->text()) {
        showMessage(tr("The two new passwords differ. Type the same password twice."));
        m_ui->repeatLineEdit->clear();
        m_ui->repeatLineEdit->setFocus();
        return;
    }
    const Result<void> done =
        m_resetUserId == 0
            ? m_accounts.changePassword(m_ui->currentPasswordLineEdit->text(), m_ui->passwordLineEdit->text())
            : m_accounts.resetPassword(m_resetUserId, m_ui->passwordLineEdit->text());
    if (!done) {
        showMessage(done.error().message);
        if (m_resetUserId == 0) {
            m_ui->currentPasswordLineEdit->clear();
            m_ui->currentPasswordLineEdit->setFocus();
        }
        return;
    }
    QDialog::accept();
}

} // namespace branddesk
