// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The File menu's data-safety entries, driven through the real main window.
#include "core/services/backupmanager.h"
#include "tests/support/builders.h"
#include "tests/support/filehash.h"
#include "tests/support/tempdatabase.h"
#include "tests/ui/uidriver.h"
#include "ui/backup/dailybackup.h"
#include "ui/backup/restorebackupdialog.h"
#include "ui/backup/restorerequest.h"
#include "ui/import/departmentimportdialog.h"
#include "ui/mainwindow.h"
#include "ui/widgets/filedialog.h"
#include "ui/widgets/messagebox.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>

using namespace branddesk;
using namespace branddesk::test;

namespace {

QAction* menuAction(QWidget* window, const char* name)
{
    auto* found = window->findChild<QAction*>(QString::fromLatin1(name));
    INFO("action " << name);
    REQUIRE(found != nullptr);
    return found;
}

} // namespace

TEST_CASE("a clerk imports departments from the File menu after seeing each row in the preview")
{
    TempDatabase db;
    REQUIRE(db.departments().add(aDepartment("市财政局")));
    const QString csv = db.filePath(QStringLiteral("departments.csv"));
    writeFile(csv, QStringLiteral("部门名称,联系人\n常州市发展和改革委员会,张三\n市财政局,赵强\n").toUtf8());
    MainWindow window(db.session());
    FileDialog::setNextFileName(csv);

    int rows = 0;
    bool importEnabled = false;
    const bool shown = withModal<DepartmentImportDialog>(
        [&] { menuAction(&window, "importDepartmentsAction")->trigger(); },
        [&](DepartmentImportDialog* dialog) {
            auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("previewTableWidget"));
            auto* button = dialog->findChild<QPushButton*>(QStringLiteral("importPushButton"));
            CHECK(table != nullptr);
            CHECK(button != nullptr);
            if (!table || !button)
                return;
            rows = table->rowCount();
            importEnabled = button->isEnabled();
            button->click();
        });

    REQUIRE(shown);
    CHECK(rows == 2);
    CHECK(importEnabled);
    const Result<QList<DepartmentOverview>> stored = db.departments().overviews();
    REQUIRE(stored);
    CHECK(stored->size() == 2);
    const QList<BackupFile> backups = BackupManager(db.path(), db.clock()).backups();
    REQUIRE(backups.size() == 1);
    CHECK(backups.first().reason == BackupReason::Import);
}

TEST_CASE("an import with a bad row cannot be confirmed")
{
    TempDatabase db;
    DepartmentImportDialog dialog(db.session());
    const QString csv = db.filePath(QStringLiteral("departments.csv"));
    writeFile(csv, QStringLiteral("部门名称,类别\n市教育局,行政部门\n市公安局,公安部门\n").toUtf8());

    dialog.load(csv);

    CHECK_FALSE(child<QPushButton>(&dialog, "importPushButton")->isEnabled());
    CHECK(child<QLabel>(&dialog, "summaryLabel")->text().contains(QStringLiteral("1 with errors")));
    CHECK(child<QTableWidget>(&dialog, "previewTableWidget")->item(1, 3)->text().contains(QStringLiteral("公安部门")));
}

TEST_CASE("back up now makes a backup, and restoring asks first, then closes the window for the restart")
{
    TempDatabase db;
    db.signInAs(Role::Administrator);
    MainWindow window(db.session());
    window.show();

    MessageBox::setNextAnswer(QMessageBox::Ok);
    menuAction(&window, "backUpNowAction")->trigger();
    const QList<BackupFile> backups = BackupManager(db.path(), db.clock()).backups();
    REQUIRE(backups.size() == 1);
    CHECK(MessageBox::lastText().contains(backups.first().path));

    auto chooseListed = [](RestoreBackupDialog* dialog) {
        CHECK(child<QTableWidget>(dialog, "backupsTableWidget")->rowCount() == 1);
        child<QPushButton>(dialog, "restorePushButton")->click();
    };
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    REQUIRE(withModal<RestoreBackupDialog>([&] { menuAction(&window, "restoreFromBackupAction")->trigger(); },
                                           chooseListed));
    CHECK_FALSE(RestoreRequest::take().has_value());
    CHECK(window.isVisible());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(withModal<RestoreBackupDialog>([&] { menuAction(&window, "restoreFromBackupAction")->trigger(); },
                                           chooseListed));
    CHECK(RestoreRequest::take() == backups.first().path);
    CHECK_FALSE(window.isVisible());
}

TEST_CASE("a clerk may not restore a backup")
{
    TempDatabase db;
    MainWindow window(db.session());
    REQUIRE_FALSE(db.session().currentUser().isAdministrator());
    MessageBox::setNextAnswer(QMessageBox::Ok); // the refusal; no file is asked for

    menuAction(&window, "restoreFromBackupAction")->trigger();

    CHECK(MessageBox::lastText() == db.session().currentUser().requireAdmin().error().message);
    CHECK_FALSE(RestoreRequest::take().has_value());
}

TEST_CASE("the daily backup is made while the window is open, and the status bar says so")
{
    TempDatabase db;
    MainWindow window(db.session());
    window.show();
    DailyBackup daily(db.path(), db.clock());
    QSignalSpy done(&daily, &DailyBackup::finished);

    daily.start(&window);
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Making today's backup…"));
    REQUIRE((done.count() == 1 || done.wait(30000)));

    REQUIRE(daily.outcome().has_value());
    REQUIRE(*daily.outcome());
    REQUIRE((*daily.outcome())->has_value());
    const QList<BackupFile> backups = BackupManager(db.path(), db.clock()).backups();
    REQUIRE(backups.size() == 1);
    CHECK(backups.first().reason == BackupReason::Daily);
    CHECK(window.statusBar()->currentMessage().contains(QFileInfo(backups.first().path).fileName()));

    // The second start of the day makes none and says nothing.
    DailyBackup again(db.path(), db.clock());
    QSignalSpy againDone(&again, &DailyBackup::finished);
    again.start(&window);
    again.finish(&window);
    REQUIRE((againDone.count() == 1 || againDone.wait(30000)));
    REQUIRE(*again.outcome());
    CHECK_FALSE((*again.outcome())->has_value());
    CHECK(window.statusBar()->currentMessage().isEmpty());
    CHECK(BackupManager(db.path(), db.clock()).backups().size() == 1);
}

TEST_CASE("closing waits for a daily backup still running, so the file is whole")
{
    TempDatabase db;
    for (int i = 0; i < 50; ++i)
        REQUIRE(db.departments().add(aDepartment(QStringLiteral("部门%1").arg(i))));
    DailyBackup daily(db.path(), db.clock());

    daily.start(nullptr);
    daily.finish(nullptr);

    CHECK_FALSE(daily.isRunning());
    REQUIRE(daily.outcome().has_value());
    REQUIRE(*daily.outcome());
    REQUIRE((*daily.outcome())->has_value());
    CHECK(QFileInfo::exists((**daily.outcome())->path));
    CHECK(QDir(BackupManager::folderFor(db.path())).entryList({QStringLiteral("*.partial*")}, QDir::Files).isEmpty());
}

TEST_CASE("the restore dialog lists the backups newest first and offers yesterday's data first")
{
    const QDate today(2009, 5, 15);
    auto backup = [](const char* name, const QDate& day, int hour, BackupReason reason) {
        return BackupFile{QString::fromLatin1(name), QDateTime(day, QTime(hour, 0)), reason};
    };
    const QList<BackupFile> backups = {
        backup("/b/today.sqlite", today, 9, BackupReason::Daily),
        backup("/b/damaged.sqlite", today.addDays(-1), 18, BackupReason::Damaged),
        backup("/b/yesterday.sqlite", today.addDays(-1), 9, BackupReason::Daily),
        backup("/b/before.sqlite", today.addDays(-2), 9, BackupReason::Daily),
    };
    RestoreBackupDialog dialog(backups, today);
    auto* table = child<QTableWidget>(&dialog, "backupsTableWidget");

    REQUIRE(table->rowCount() == 4);
    CHECK(table->item(1, 1)->text() == BackupFile::reasonName(BackupReason::Damaged));
    REQUIRE(table->selectedItems().size() == 3);
    CHECK(table->selectedItems().first()->row() == 2);
    child<QPushButton>(&dialog, "restorePushButton")->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.chosenPath() == QStringLiteral("/b/yesterday.sqlite"));

    RestoreBackupDialog other(backups, today);
    FileDialog::setNextFileName(QStringLiteral("/elsewhere/copy.sqlite"));
    child<QPushButton>(&other, "otherFilePushButton")->click();
    CHECK(other.result() == QDialog::Accepted);
    CHECK(other.chosenPath() == QStringLiteral("/elsewhere/copy.sqlite"));

    RestoreBackupDialog none({}, today);
    CHECK_FALSE(child<QPushButton>(&none, "restorePushButton")->isEnabled());
}

TEST_CASE("render the restore list and the import preview for the documentation", "[.docs]")
{
    const QString folder = qEnvironmentVariable("BRANDDESK_SCREENSHOT_DIR", QStringLiteral("."));
    REQUIRE(QDir().mkpath(folder));
    TempDatabase db;
    BackupManager manager(db.path(), db.clock());
    for (int day = 3; day >= 0; --day) {
        db.clock().set(QDateTime(QDate(2009, 5, 15).addDays(-day), QTime(9, 0)));
        REQUIRE(manager.backUp(day == 0 ? BackupReason::Manual : BackupReason::Daily));
    }
    RestoreBackupDialog restore(manager.backups(), db.clock().today());
    restore.show();
    QApplication::processEvents();
    CHECK(restore.grab().save(folder + QStringLiteral("/restore-backup.png")));

    const QString csv = db.filePath(QStringLiteral("departments.csv"));
    writeFile(csv, QStringLiteral("部门名称,联系人\n常州市发展和改革委员会,张三\n常州市公安局,李四\n,王五\n").toUtf8());
    DepartmentImportDialog dialog(db.session());
    dialog.load(csv);
    dialog.show();
    QApplication::processEvents();
    CHECK(dialog.grab().save(folder + QStringLiteral("/import-departments.png")));
}
