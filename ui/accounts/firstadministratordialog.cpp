// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accounts/firstadministratordialog.h"

#include "ui_firstadministratordialog.h"

#include "core/services/accountservice.h"

#include <QPushButton>

namespace branddesk {

FirstAdministratorDialog::FirstAdministratorDialog(AccountService& accounts, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FirstAdministratorDialog>())
    , m_accounts(accounts)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Create the first administrator"));
    m_ui->introLabel->setText(tr("This database has no accounts yet. Choose the name and password of its first "
                                 "administrator, who can then add the clerks and leaders. A password needs at "
                                 "least %1 characters.")
                                  .arg(AccountService::kMinimumPasswordLength));
    m_ui->nameLineEdit->setMaxLength(AccountService::kMaximumNameLength);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Create and sign in"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FirstAdministratorDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &FirstAdministratorDialog::reject);
    m_ui->messageLabel->hide();
    m_ui->nameLineEdit->setFocus();
}

FirstAdministratorDialog::~FirstAdministratorDialog() = default;

void FirstAdministratorDialog::showMessage(const QString& text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->show();
}

void FirstAdministratorDialog::accept()
{
    if (m_ui->passwordLineEdit->text() != m_ui->repeatLineEdit->text()) {
        showMessage(tr("The two passwords differ. Type the same password twice."));
        m_ui->repeatLineEdit->clear();
        m_ui->repeatLineEdit->setFocus();
        return;
    }
    const Result<User> user =
        m_accounts.createFirstAdministrator(m_ui->nameLineEdit->text(), m_ui->passwordLineEdit->text());
    if (!user) {
        showMessage(user.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace branddesk
