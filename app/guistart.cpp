// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/guistart.h"

#include "app/options.h"
#include "app/starttrace.h"
#include "core/clock.h"
#include "core/demo/demodata.h"
#include "core/services/backupmanager.h"
#include "core/services/session.h"
#include "core/storage/database.h"
#include "ui/accounts/signin.h"
#include "ui/accounts/signoutrequest.h"
#include "ui/backup/dailybackup.h"
#include "ui/backup/restorerequest.h"
#include "ui/backup/upgradewithprogress.h"
#include "ui/mainwindow.h"
#include "ui/server/databaseswitch.h"
#include "ui/server/rememberedserver.h"
#include "ui/server/serverconnectdialog.h"
#include "ui/widgets/backgroundreader.h"
#include "ui/widgets/demobanner.h"
#include "ui/widgets/messagebox.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTextStream>

namespace branddesk {
namespace {

void printError(const QString& text)
{
    QTextStream(stderr) << text << Qt::endl;
}

int takeScreenshot(MainWindow& window, const Options& options)
{
    window.resize(1280, 800);
    window.show();
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    // What the areas collect in the background (the dashboard's figures) is shown before the picture is taken.
    QElapsedTimer waited;
    waited.start();
    while (BackgroundReader::busyReaders() > 0 && waited.elapsed() < 60000)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    const QPixmap pixmap = window.grab();
    if (!pixmap.save(options.screenshotPath, "PNG")) {
        printError(QCoreApplication::translate("main", "The screenshot could not be written to %1.")
                       .arg(options.screenshotPath));
        return 1;
    }
    return 0;
}

/// After a damaged file was refused: offers its latest good backup. True when it was restored.
bool offerLatestBackup(const QString& path, const Clock& clock, const Error& error)
{
    BackupManager manager(path, clock);
    const std::optional<BackupFile> latest = manager.latestGoodBackup();
    if (!latest)
        return false;
    const MessageBox::Button answer = MessageBox::question(
        nullptr, QCoreApplication::translate("main", "BrandDesk cannot open the database"),
        QCoreApplication::translate("main", "%1\n\nThe latest good backup was made on %2 (%3). Restore it? The "
                                            "damaged file is kept in the backups folder.")
            .arg(error.message, QLocale().toString(latest->takenAt, QLocale::LongFormat),
                 BackupFile::reasonName(latest->reason)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return false;
    if (Result<BackupFile> restored = manager.restore(latest->path); !restored) {
        MessageBox::error(nullptr, QCoreApplication::translate("main", "The backup could not be restored"),
                          restored.error());
        return false;
    }
    return true;
}

/// Restores `backupPath` over the closed database; tells the user how it went.
void restoreRequested(const QString& path, const Clock& clock, const QString& backupPath)
{
    const Result<BackupFile> restored = BackupManager(path, clock).restore(backupPath);
    if (!restored)
        MessageBox::error(nullptr, QCoreApplication::translate("main", "The backup could not be restored"),
                          restored.error());
    else
        MessageBox::information(nullptr, QCoreApplication::translate("main", "Restore from backup"),
                                QCoreApplication::translate("main", "The backup was restored. The data as it was "
                                                                    "before is kept in %1.")
                                    .arg(restored->path));
}

/// Opens the server database; when it cannot (a password is wanted, the server does not answer, the settings are
/// wrong), asks in the ServerConnectDialog until it opens or the user cancels (Error::Code::Cancelled) or
/// chooses this PC's file instead (Cancelled too, and `server` is reset).
Result<std::unique_ptr<Database>> openServer(std::optional<ServerSettings>& server, bool headless)
{
    for (;;) {
        Result<std::unique_ptr<Database>> database = Database::openServer(*server);
        if (database || headless)
            return database;
        ServerConnectDialog dialog(*server, database.error().message);
        const int answer = dialog.exec();
        if (answer == ServerConnectDialog::kUseFile) {
            rememberedserver::forget();
            server.reset();
            return fail(Error::Code::Cancelled, QString());
        }
        if (answer != QDialog::Accepted)
            return fail(Error::Code::Cancelled, QString());
        server = dialog.settings();
        rememberedserver::save(*server);
    }
}

} // namespace

int runGui(const Options& options, SystemClock& clock)
{
    const bool headless = !options.screenshotPath.isEmpty();
    QTemporaryDir demoFolder;
    QString path = options.databasePath.isEmpty() ? Database::defaultPath() : options.databasePath;
    if (options.demo) {
        if (options.databasePath.isEmpty()) {
            path = demoFolder.filePath(QStringLiteral("branddesk-demo.sqlite"));
        } else if (QFileInfo(path).exists() && QFileInfo(path).size() > 0) {
            printError(QCoreApplication::translate("main", "--demo writes a new database, but %1 already exists. "
                                                           "Choose a new file name.")
                           .arg(path));
            return 2;
        }
    }
    // Where to open: --server, else --database or --demo, else the server this PC remembers, else the file.
    std::optional<ServerSettings> server;
    if (!options.server.isEmpty()) {
        Result<ServerSettings> named = ServerSettings::parse(options.server);
        if (!named) {
            printError(named.error().fullText());
            return 2;
        }
        server = *named;
    } else if (options.databasePath.isEmpty() && !options.demo) {
        server = rememberedserver::load();
    }

    bool firstOpen = true; // the demo data is written once; after a sign-out or a switch, someone signs in
    for (;;) {
        const bool keepsBackups = !options.demo && !headless && !server;
        const bool onServer = server.has_value();
        // A file of an older version is upgraded first, off the UI thread and with progress (the upgrade may
        // build an index over every report); any other failure is the opening's own, reported below.
        if (!onServer && !headless)
            if (Result<void> upgraded = upgradeWithProgress(
                    nullptr, path, keepsBackups ? BackupManager::openOptions(clock) : Database::OpenOptions{});
                !upgraded && upgraded.error().code == Error::Code::Cancelled)
                return 0;
        Result<std::unique_ptr<Database>> database =
            onServer ? openServer(server, headless)
                     : Database::open(path, keepsBackups ? BackupManager::openOptions(clock) : Database::OpenOptions{});
        if (!database && onServer && database.error().code == Error::Code::Cancelled) {
            if (!server)
                continue; // this PC's file instead
            return 0;     // the user cancelled connecting
        }
        if (!database) {
            if (headless) {
                printError(database.error().fullText());
                return 1;
            }
            if (database.error().code == Error::Code::Corrupt && offerLatestBackup(path, clock, database.error()))
                continue;
            MessageBox::error(nullptr, QCoreApplication::translate("main", "BrandDesk cannot open the database"),
                              database.error());
            return 1;
        }
        starttrace::mark("database opened");
        int exitCode = 0;
        std::optional<QString> restore;
        std::optional<DatabaseSwitch::Target> next;
        bool signedOut = false;
        {
            Session session(std::move(*database), clock);
            if (options.demo && firstOpen) {
                // Creates the demo accounts and leaves the demo clerk signed in.
                if (Result<void> filled = populateDemoData(session); !filled) {
                    printError(filled.error().fullText());
                    return 1;
                }
            } else if (!headless && !signInInteractively(session.accounts())) {
                return 0; // signing in was cancelled
            }
            firstOpen = false;

            // A database without a campaign gets the built-in one for this year (an empty calendar helps nobody).
            if (Result<Campaign> campaign = session.campaigns().ensureCurrent(clock.today().year()); !campaign)
                MessageBox::error(nullptr, QCoreApplication::translate("main", "The campaign could not be set up"),
                                  campaign.error());

            starttrace::mark("signed in");
            MainWindow window(session);
            starttrace::mark("main window made");
            if (auto* departments = window.findChild<QAbstractItemView*>(QStringLiteral("departmentsTableView")))
                starttrace::markWhenPainted(departments->viewport(), "departments painted");
            if (options.demo)
                window.addToolBar(Qt::TopToolBarArea, new DemoBanner(&window));
            if (!options.view.isEmpty())
                window.showView(options.view);
            if (headless)
                return takeScreenshot(window, options);
            window.show();
            DailyBackup daily(path, clock);
            if (keepsBackups)
                daily.start(&window);
            exitCode = QApplication::exec();
            daily.finish(nullptr);
            restore = RestoreRequest::take();
            next = DatabaseSwitch::take();
            signedOut = SignOutRequest::take();
        } // the window and the session (with its connection) are gone before the file is replaced
        if (signedOut && !next && !restore)
            continue; // the same database again, and the sign-in dialog
        if (next) {
            server = *next;
            continue;
        }
        if (!restore)
            return exitCode;
        restoreRequested(path, clock, *restore);
    }
}

} // namespace branddesk
