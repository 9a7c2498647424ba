// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accounts/user.h"

#include <QDialog>
#include <QList>

#include <memory>

class QAction;

namespace Ui {
class UsersView;
}

namespace branddesk {

class Session;

/// The administrator's list of accounts: name, role, whether active, a lock-out after wrong passwords,
/// and when the account was made. Add user…, Reset password…, Deactivate/Reactivate and History (Ctrl+H).
/// Every refusal from AccountService is shown with MessageBox::error.
class UsersView : public QDialog {
    Q_OBJECT
public:
    explicit UsersView(Session& session, QWidget* parent = nullptr);
    ~UsersView() override;

    /// The id of the selected account; 0 when none is selected.
    qint64 selectedId() const;
    /// Selects the account `id`; false when it is not listed.
    bool select(qint64 id);

    void addUser();
    void resetPasswordOfSelected();
    void toggleActiveSelected();

private:
    void reload();
    void updateActions();
    const User* selectedUser() const;

    std::unique_ptr<Ui::UsersView> m_ui;
    Session& m_session;
    QList<User> m_users;
    QAction* m_addAction;
    QAction* m_resetPasswordAction;
    QAction* m_toggleActiveAction;
};

} // namespace branddesk
