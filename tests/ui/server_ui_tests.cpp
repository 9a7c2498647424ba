// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Shared mode in the window: the File menu's server entries, the Connect to Server dialog, and the status bar
// when the server stops answering. Tests tagged [server] need the suite's PostgreSQL server and run in its
// pass only (pg/ui/...); the others run on a file.
#include "core/storage/database.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/testserver.h"
#include "tests/ui/uidriver.h"
#include "ui/mainwindow.h"
#include "ui/server/connectionwatch.h"
#include "ui/server/serverconnectdialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace branddesk;
using namespace branddesk::test;

namespace {

bool hasAction(QWidget* window, const char* name)
{
    return window->findChild<QAction*>(QString::fromLatin1(name)) != nullptr;
}

QPushButton* connectButton(ServerConnectDialog& dialog)
{
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    REQUIRE(buttons != nullptr);
    return buttons->button(QDialogButtonBox::Ok);
}

QLabel* problemLabel(ServerConnectDialog& dialog)
{
    auto* label = dialog.findChild<QLabel*>(QStringLiteral("serverProblemLabel"));
    REQUIRE(label != nullptr);
    return label;
}

ServerSettings requireTestServer()
{
    const std::optional<ServerSettings> server = testServer();
    REQUIRE(server.has_value());
    return *server;
}

} // namespace

TEST_CASE("on a file an administrator is offered Connect to Server, and a leader no server entry at all")
{
    TempDatabase db;
    db.signInAs(Role::Administrator);
    {
        MainWindow window(db.session());
        CHECK(hasAction(&window, "connectToServerAction"));
        CHECK_FALSE(hasAction(&window, "useFileAction"));
        CHECK_FALSE(hasAction(&window, "saveServerCopyAction"));
        CHECK(hasAction(&window, "backUpNowAction"));
    }
    db.signInAs(Role::Leader);
    MainWindow window(db.session());
    CHECK_FALSE(hasAction(&window, "connectToServerAction"));
    CHECK_FALSE(hasAction(&window, "useFileAction"));
}

TEST_CASE("the Connect to Server dialog stays open and says why until the settings are complete")
{
    ServerSettings initial;
    initial.database = QStringLiteral("office");
    ServerConnectDialog dialog(initial, QString());
    dialog.show();
    QLabel* problem = problemLabel(dialog);
    CHECK_FALSE(problem->isVisible());

    connectButton(dialog)->click(); // no server named
    CHECK(dialog.isVisible());
    CHECK(problem->isVisible());
    CHECK(problem->text() == QStringLiteral("Enter the server's name or address."));

    dialog.findChild<QLineEdit*>(QStringLiteral("serverHostLineEdit"))->setText(QStringLiteral("127.0.0.1"));
    dialog.findChild<QLineEdit*>(QStringLiteral("serverDatabaseLineEdit"))->setText(QStringLiteral("Office; drop"));
    connectButton(dialog)->click();
    CHECK(dialog.isVisible());
    CHECK(problem->text().contains(QStringLiteral("lower-case letters")));

    // The password is kept for this connection only, and shown as dots.
    auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("serverPasswordLineEdit"));
    REQUIRE(password != nullptr);
    CHECK(password->echoMode() == QLineEdit::Password);
}

TEST_CASE(
    "the Connect to Server dialog shows and returns the CA certificate with the sslmode, never storing a password")
{
    ServerSettings initial;
    initial.host = QStringLiteral("192.168.1.10");
    initial.database = QStringLiteral("office");
    initial.user = QStringLiteral("branddesk_app");
    initial.sslMode = QStringLiteral("verify-full");
    initial.sslRootCert = QStringLiteral("/etc/branddesk/office ca.crt");
    ServerConnectDialog dialog(initial, QString());
    dialog.show();
    auto* rootCert = dialog.findChild<QLineEdit*>(QStringLiteral("serverRootCertLineEdit"));
    REQUIRE(rootCert != nullptr);
    CHECK(rootCert->isVisible());
    CHECK(rootCert->text() == initial.sslRootCert);
    CHECK(dialog.findChild<QComboBox*>(QStringLiteral("serverSslModeComboBox"))->currentText() ==
          QStringLiteral("verify-full"));
    dialog.findChild<QLineEdit*>(QStringLiteral("serverPasswordLineEdit"))->setText(QStringLiteral("secret"));
    const ServerSettings chosen = dialog.settings();
    CHECK(chosen.sslRootCert == initial.sslRootCert);
    CHECK(chosen.connectionString().contains(QStringLiteral("sslrootcert='/etc/branddesk/office ca.crt'")));
    CHECK_FALSE(chosen.connectionString().contains(QStringLiteral("secret")));
}

TEST_CASE("the Connect to Server dialog closes only when the server took the settings", "[server]")
{
    TempServerDatabase office(requireTestServer());
    ServerSettings wrong = office.settings();
    wrong.database = office.settings().database + QStringLiteral("_missing");
    ServerConnectDialog dialog(wrong, QString());
    dialog.show();

    connectButton(dialog)->click();
    CHECK(dialog.isVisible());
    CHECK(problemLabel(dialog)->isVisible());
    CHECK_FALSE(problemLabel(dialog)->text().isEmpty());
    CHECK(dialog.result() != QDialog::Accepted);

    dialog.findChild<QLineEdit*>(QStringLiteral("serverDatabaseLineEdit"))->setText(office.settings().database);
    connectButton(dialog)->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.settings().database == office.settings().database);
    CHECK(dialog.settings().host == office.settings().host);
}

TEST_CASE("on the server the window names it, offers no backups folder, and a leader no server entry", "[server]")
{
    TempDatabase db;
    REQUIRE(db.onServer());
    db.signInAs(Role::Administrator);
    {
        MainWindow window(db.session());
        CHECK(window.windowTitle().contains(db.serverSettings().displayName()));
        auto* where = window.findChild<QLabel*>(QStringLiteral("databasePathLabel"));
        REQUIRE(where != nullptr);
        CHECK(where->text().startsWith(QStringLiteral("Server: ")));
        CHECK(hasAction(&window, "connectToServerAction"));
        CHECK(hasAction(&window, "useFileAction"));
        CHECK(hasAction(&window, "saveServerCopyAction"));
        CHECK_FALSE(hasAction(&window, "backUpNowAction"));
        CHECK_FALSE(hasAction(&window, "restoreFromBackupAction"));
    }
    db.signInAs(Role::Leader);
    MainWindow window(db.session());
    CHECK_FALSE(hasAction(&window, "connectToServerAction"));
    CHECK_FALSE(hasAction(&window, "useFileAction"));
    CHECK_FALSE(hasAction(&window, "saveServerCopyAction"));
}

TEST_CASE("the connection watch says when the server stops taking connections and when it is back", "[server]")
{
    TempDatabase db;
    REQUIRE(db.onServer());
    const QString name = db.serverSettings().database;
    RawServer maintenance(requireTestServer()); // the server's own database, from where another can be closed
    ConnectionWatch watch(db.database());
    QSignalSpy changes(&watch, &ConnectionWatch::connectionChanged);

    maintenance.exec(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(name));
    watch.probeNow();
    REQUIRE(changes.wait(10000));
    CHECK(changes.last().at(0).toBool() == false);
    CHECK_FALSE(changes.last().at(1).toString().isEmpty());
    CHECK_FALSE(watch.isConnected());

    maintenance.exec(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(name));
    watch.probeNow();
    REQUIRE(changes.wait(10000));
    CHECK(changes.last().at(0).toBool() == true);
    CHECK(watch.isConnected());
    CHECK(db.departments().overviews().has_value()); // the session's own connection works on
}
