// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accounts/adduserdialog.h"

#include "ui_adduserdialog.h"

#include "core/services/accountservice.h"

#include <QPushButton>

namespace branddesk {

AddUserDialog::AddUserDialog(AccountService& accounts, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddUserDialog>())
    , m_accounts(accounts)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Add user"));
    m_ui->introLabel->setText(tr("A clerk enters data; a leader reads, prints and exports but changes nothing; an "
                                 "administrator also manages users, campaigns and backups. A password needs at "
                                 "least %1 characters.")
                                  .arg(AccountService::kMinimumPasswordLength));
    m_ui->nameLineEdit->setMaxLength(AccountService::kMaximumNameLength);
    for (Role role : allRoles())
        m_ui->roleComboBox->addItem(roleName(role), static_cast<int>(role));
    m_ui->roleComboBox->setCurrentIndex(m_ui->roleComboBox->findData(static_cast<int>(Role::Clerk)));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Add user"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AddUserDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AddUserDialog::reject);
    m_ui->messageLabel->hide();
    m_ui->nameLineEdit->setFocus();
}

AddUserDialog::~AddUserDialog() = default;

void AddUserDialog::showMessage(const QString& text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->show();
}

void AddUserDialog::accept()
{
    if (m_ui->passwordLineEdit->text() != m_ui->repeatLineEdit->text()) {
        showMessage(tr("The two passwords differ. Type the same password twice."));
        m_ui->repeatLineEdit->clear();
        m_ui->repeatLineEdit->setFocus();
        return;
    }
    const auto role = static_cast<Role>(m_ui->roleComboBox->currentData().toInt());
    const Result<User> added = m_accounts.addUser(m_ui->nameLineEdit->text(), role, m_ui->passwordLineEdit->text());
    if (!added) {
        showMessage(added.error().message);
        return;
    }
    m_user = *added;
    QDialog::accept();
}

} // namespace branddesk
