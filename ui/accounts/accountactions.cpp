// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accounts/accountactions.h"

#include "core/services/auditlog.h"
#include "core/services/session.h"
#include "ui/accounts/connectedusersdialog.h"
#include "ui/accounts/passworddialog.h"
#include "ui/accounts/signoutrequest.h"
#include "ui/accounts/usersview.h"
#include "ui/widgets/messagebox.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

namespace branddesk {

AccountActions::AccountActions(Session& session, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{}

void AccountActions::addTo(QMenu* menu)
{
    const bool administrator = m_session.currentUser().isAdministrator();
    QAction* users = menu->addAction(tr("&Users…"), this, &AccountActions::showUsers);
    users->setObjectName(QStringLiteral("usersAction"));
    users->setEnabled(administrator);
    QAction* password = menu->addAction(tr("&Change My Password…"), this, &AccountActions::changeMyPassword);
    password->setObjectName(QStringLiteral("changePasswordAction"));
    password->setEnabled(m_session.currentUser().isSignedIn());
    QAction* connected = menu->addAction(tr("&Who Is Connected…"), this, &AccountActions::showConnectedUsers);
    connected->setObjectName(QStringLiteral("connectedUsersAction"));
    connected->setEnabled(administrator);
    menu->addSeparator();
    QAction* signOut = menu->addAction(tr("&Sign Out / Switch User…"), this, &AccountActions::signOut);
    signOut->setObjectName(QStringLiteral("signOutAction"));
    signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    signOut->setEnabled(m_session.currentUser().isSignedIn());
    menu->addSeparator();
    QAction* audit = menu->addAction(tr("Check the &Audit Trail"), this, &AccountActions::checkAuditTrail);
    audit->setObjectName(QStringLiteral("checkAuditTrailAction"));
    audit->setEnabled(administrator);
}

void AccountActions::showUsers()
{
    if (Result<void> allowed = m_session.currentUser().requireAdmin(); !allowed) {
        MessageBox::error(m_window, tr("Users"), allowed.error());
        return;
    }
    UsersView view(m_session, m_window);
    view.exec();
}

void AccountActions::showConnectedUsers()
{
    if (Result<void> allowed = m_session.currentUser().requireAdmin(); !allowed) {
        MessageBox::error(m_window, tr("Who is connected"), allowed.error());
        return;
    }
    ConnectedUsersDialog dialog(m_session, m_window);
    dialog.exec();
}

void AccountActions::signOut()
{
    // Every form is a modal dialog, so none is open here; the window's own pages save as they go. What the user
    // is told is what happens: the window closes and the sign-in dialog comes.
    const MessageBox::Button confirmed =
        MessageBox::question(m_window, tr("Sign out"),
                             tr("Sign out %1 and close this window? The sign-in dialog comes next, for you or "
                                "another user; cancelling it quits BrandDesk.")
                                 .arg(m_session.currentUser().name()),
                             QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Ok);
    if (confirmed != QMessageBox::Ok)
        return;
    SignOutRequest::set();
    m_window->close();
}

void AccountActions::changeMyPassword()
{
    PasswordDialog dialog(m_session.accounts(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        MessageBox::information(m_window, tr("Change my password"),
                                tr("Your password was changed. Use the new one from the next sign-in."));
}

QString AccountActions::brokenText(const AuditChainReport& report)
{
    return tr("The audit trail is broken at entry %1 (%2 entries checked):\n%3\n\nThis means the database file was "
              "changed outside BrandDesk: an audit entry was edited, removed or inserted, perhaps together with the "
              "data it records. The history from this entry on cannot be trusted. Keep a copy of this file, find out "
              "who had access to it, and compare the data with a backup made before.")
        .arg(report.firstBrokenId.value_or(0))
        .arg(report.entriesChecked)
        .arg(report.problem);
}

void AccountActions::checkAuditTrail()
{
    const QString title = tr("Check the audit trail");
    if (Result<void> allowed = m_session.currentUser().requireAdmin(); !allowed) {
        MessageBox::error(m_window, title, allowed.error());
        return;
    }
    const Result<AuditChainReport> report = verifyAuditChain(m_session.database());
    if (!report) {
        MessageBox::error(m_window, title, report.error());
        return;
    }
    if (report->intact()) {
        MessageBox::information(m_window, title,
                                tr("The audit trail is intact: all %n entries are in place and unchanged since "
                                   "BrandDesk wrote them.",
                                   nullptr, static_cast<int>(report->entriesChecked)));
        return;
    }
    MessageBox::warning(m_window, title, brokenText(*report));
}

void AccountActions::warnIfAuditTrailBroken()
{
    if (!m_session.currentUser().isAdministrator())
        return;
    const Result<AuditChainReport> report = verifyAuditChain(m_session.database());
    if (report && !report->intact())
        MessageBox::warning(m_window, tr("Check the audit trail"), brokenText(*report));
}

} // namespace branddesk
