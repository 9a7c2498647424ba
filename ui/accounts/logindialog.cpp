// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accounts/logindialog.h"

#include "ui_logindialog.h"

#include "core/services/accountservice.h"

#include <QPushButton>

namespace branddesk {

LoginDialog::LoginDialog(AccountService& accounts, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_accounts(accounts)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Sign in to BrandDesk"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    m_ui->messageLabel->hide();
    if (const Result<QStringList> names = m_accounts.activeUserNames(); names)
        m_ui->userComboBox->addItems(*names);
    m_ui->userComboBox->setCurrentIndex(-1);
    m_ui->userComboBox->setFocus();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::accept()
{
    const Result<User> user = m_accounts.signIn(m_ui->userComboBox->currentText(), m_ui->passwordLineEdit->text());
    if (!user) {
        m_ui->messageLabel->setText(user.error().message);
        m_ui->messageLabel->show();
        m_ui->passwordLineEdit->clear();
        m_ui->passwordLineEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace branddesk
