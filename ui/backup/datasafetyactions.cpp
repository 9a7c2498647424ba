// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backup/datasafetyactions.h"

#include "core/services/backupmanager.h"
#include "core/services/session.h"
#include "ui/backup/backupwithprogress.h"
#include "ui/backup/restorebackupdialog.h"
#include "ui/backup/restorerequest.h"
#include "ui/import/departmentimportdialog.h"
#include "ui/widgets/messagebox.h"

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QWidget>

#include <optional>

namespace branddesk {

DataSafetyActions::DataSafetyActions(Session& session, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{}

void DataSafetyActions::addTo(QMenu* menu)
{
    const QList<QAction*> existing = menu->actions();
    QAction* before = existing.isEmpty() ? nullptr : existing.last();
    auto add = [&](const QString& text, const char* name, void (DataSafetyActions::*slot)()) {
        auto* action = new QAction(text, menu);
        action->setObjectName(QLatin1String(name));
        connect(action, &QAction::triggered, this, slot);
        menu->insertAction(before, action);
    };
    add(tr("I&mport Departments…"), "importDepartmentsAction", &DataSafetyActions::importDepartments);
    // The backups folder belongs to a file; a server's data is backed up by its administrator (pg_dump), and
    // ServerActions saves a copy of it into a file.
    if (!m_session.database().isServer()) {
        menu->insertSeparator(before);
        add(tr("&Back Up Now"), "backUpNowAction", &DataSafetyActions::backUpNow);
        add(tr("&Restore from Backup…"), "restoreFromBackupAction", &DataSafetyActions::restoreFromBackup);
    }
    if (before)
        menu->insertSeparator(before);
}

void DataSafetyActions::importDepartments()
{
    DepartmentImportDialog dialog(m_session, m_window);
    if (dialog.chooseFile())
        dialog.exec();
}

void DataSafetyActions::backUpNow()
{
    // A large database takes a while to copy and check: the copy is made on its own connection, off the UI thread.
    const Result<BackupFile> made = backUpWithProgress(
        m_window, tr("Backing up the database…"), m_session.database().path(), m_session.clock(), BackupReason::Manual);
    if (!made && made.error().code == Error::Code::Cancelled) {
        MessageBox::information(m_window, tr("Back up now"), made.error().message);
        return;
    }
    if (!made) {
        MessageBox::error(m_window, tr("Back up now"), made.error());
        return;
    }
    MessageBox::information(m_window, tr("Back up now"), tr("The database was backed up to\n%1").arg(made->path));
}

void DataSafetyActions::restoreFromBackup()
{
    if (Result<void> allowed = m_session.currentUser().requireAdmin(); !allowed) {
        MessageBox::error(m_window, tr("Restore from backup"), allowed.error());
        return;
    }
    RestoreBackupDialog chooser(BackupManager(m_session.database().path(), m_session.clock()).backups(),
                                m_session.clock().today(), m_window);
    if (chooser.exec() != QDialog::Accepted)
        return;
    const QString path = chooser.chosenPath();
    const MessageBox::Button answer =
        MessageBox::question(m_window, tr("Restore from backup"),
                             tr("Replace the data with the backup %1?\n\nThe current data is backed up first, then "
                                "BrandDesk opens the restored file.")
                                 .arg(path),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    RestoreRequest::set(path);
    if (!m_window->close())
        RestoreRequest::take();
}

} // namespace branddesk
