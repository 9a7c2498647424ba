// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accounts/signin.h"

#include "core/services/accountservice.h"
#include "ui/accounts/firstadministratordialog.h"
#include "ui/accounts/logindialog.h"
#include "ui/widgets/messagebox.h"

#include <QCoreApplication>

namespace branddesk {

bool signInInteractively(AccountService& accounts, QWidget* parent)
{
    const Result<bool> any = accounts.hasAccounts();
    if (!any) {
        MessageBox::error(parent, QCoreApplication::translate("SignIn", "BrandDesk cannot read the accounts"),
                          any.error());
        return false;
    }
    if (*any) {
        LoginDialog dialog(accounts, parent);
        return dialog.exec() == QDialog::Accepted;
    }
    FirstAdministratorDialog dialog(accounts, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace branddesk
