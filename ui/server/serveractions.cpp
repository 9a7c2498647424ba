// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/server/serveractions.h"

#include "core/services/databasetransfer.h"
#include "core/services/session.h"
#include "core/storage/database.h"
#include "ui/server/databaseswitch.h"
#include "ui/server/rememberedserver.h"
#include "ui/server/serverconnectdialog.h"
#include "ui/widgets/busywork.h"
#include "ui/widgets/filedialog.h"
#include "ui/widgets/messagebox.h"

#include <QAction>
#include <QDate>
#include <QMenu>
#include <QWidget>

#include <atomic>

namespace branddesk {

ServerActions::ServerActions(Session& session, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{}

void ServerActions::addTo(QMenu* menu)
{
    if (!m_session.currentUser().isAdministrator())
        return;
    const QList<QAction*> existing = menu->actions();
    QAction* before = existing.isEmpty() ? nullptr : existing.last();
    auto add = [&](const QString& text, const char* name, void (ServerActions::*slot)()) {
        auto* action = new QAction(text, menu);
        action->setObjectName(QLatin1String(name));
        connect(action, &QAction::triggered, this, slot);
        menu->insertAction(before, action);
    };
    add(tr("Co&nnect to Server…"), "connectToServerAction", &ServerActions::connectToServer);
    if (m_session.database().isServer()) {
        add(tr("Use the &File on This PC"), "useFileAction", &ServerActions::useFileOnThisPc);
        add(tr("Save a &Copy of the Server's Data…"), "saveServerCopyAction", &ServerActions::saveCopyToFile);
    }
    if (before)
        menu->insertSeparator(before);
}

void ServerActions::connectToServer()
{
    const ServerSettings initial = m_session.database().isServer()
                                       ? m_session.database().server()
                                       : rememberedserver::load().value_or(ServerSettings{});
    ServerConnectDialog dialog(initial, QString(), m_window);
    const int answer = dialog.exec();
    if (answer == ServerConnectDialog::kUseFile) {
        useFileOnThisPc();
        return;
    }
    if (answer != QDialog::Accepted)
        return;
    const MessageBox::Button confirmed =
        MessageBox::question(m_window, tr("Connect to Server"),
                             tr("BrandDesk closes this database and opens %1; this PC opens it from now on.")
                                 .arg(dialog.settings().displayName()),
                             QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Ok);
    if (confirmed != QMessageBox::Ok)
        return;
    rememberedserver::save(dialog.settings());
    DatabaseSwitch::set(dialog.settings());
    m_window->close();
}

void ServerActions::useFileOnThisPc()
{
    const MessageBox::Button confirmed = MessageBox::question(
        m_window, tr("Use the File on This PC"),
        tr("BrandDesk closes the server's database and opens this PC's own file, %1. The server keeps its data; "
           "Connect to Server… goes back to it.")
            .arg(Database::defaultPath()),
        QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Ok);
    if (confirmed != QMessageBox::Ok)
        return;
    rememberedserver::forget();
    DatabaseSwitch::set(std::nullopt);
    m_window->close();
}

void ServerActions::saveCopyToFile()
{
    const QString out =
        FileDialog::getSaveFileName(m_window, tr("Save a Copy of the Server's Data"),
                                    tr("BrandDesk copy %1.sqlite").arg(m_session.clock().today().toString(Qt::ISODate)),
                                    tr("BrandDesk database (*.sqlite)"));
    if (out.isEmpty())
        return;
    // On connections of its own, off the UI thread; Cancel stops it after the table in progress.
    const ServerSettings server = m_session.database().server();
    auto stop = std::make_shared<std::atomic_bool>(false);
    Result<DatabaseTransfer> copied;
    runBusy(
        m_window, tr("Copying the server's data to %1…").arg(out),
        [&copied, server, out, stop] {
            copied = copyServerToFile(server, out, [stop](const CopiedTable&) { return !stop->load(); });
        },
        [stop] { stop->store(true); });
    if (!copied) {
        if (copied.error().code != Error::Code::Cancelled)
            MessageBox::error(m_window, tr("The copy could not be made"), copied.error());
        return;
    }
    MessageBox::information(m_window, tr("Save a Copy of the Server's Data"),
                            tr("%1 rows were copied to %2, every count equal and the audit trail's %3 entries "
                               "verified. The file opens like any BrandDesk database.")
                                .arg(copied->copy.rows())
                                .arg(out)
                                .arg(copied->auditEntries));
}

} // namespace branddesk
