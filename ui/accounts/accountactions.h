// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace branddesk {

struct AuditChainReport;
class Session;

/// The Accounts menu: Users… and Check the audit trail (administrators only; disabled for others), and
/// Change my password… and Sign Out / Switch User… (anyone signed in).
class AccountActions : public QObject {
    Q_OBJECT
public:
    AccountActions(Session& session, QWidget* window);

    /// Adds the entries to `menu`.
    void addTo(QMenu* menu);

    /// Opens the administrator's UsersView; refused (with a message) for anyone else.
    void showUsers();
    /// Administrators: who is connected to the server, from which PC, editing what.
    void showConnectedUsers();
    /// Closes the window and the session and asks who signs in next (SignOutRequest); the program keeps running.
    void signOut();
    /// The signed-in user changes their own password.
    void changeMyPassword();
    /// Verifies the audit chain and tells the administrator whether it is intact, or which entry is broken and
    /// what that means.
    void checkAuditTrail();
    /// For an administrator: verifies the audit chain and warns only when it is broken (once after sign-in).
    void warnIfAuditTrailBroken();

private:
    /// What a broken chain means, for the administrator.
    static QString brokenText(const AuditChainReport& report);

    Session& m_session;
    QWidget* m_window;
};

} // namespace branddesk
