// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The File menu's data-safety entries, driven through the real main window.
#include "core/backup/backupmanager.h"
#include "tests/support/builders.h"
#include "tests/support/filehash.h"
#include "tests/support/tempdatabase.h"
#include "tests/ui/uidriver.h"
#include "ui/backup/restorerequest.h"
#include "ui/import/departmentimportdialog.h"
#include "ui/mainwindow.h"
#include "ui/widgets/filedialog.h"
#include "ui/widgets/messagebox.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
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

    FileDialog::setNextFileName(backups.first().path);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    menuAction(&window, "restoreFromBackupAction")->trigger();
    CHECK_FALSE(RestoreRequest::take().has_value());
    CHECK(window.isVisible());

    FileDialog::setNextFileName(backups.first().path);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    menuAction(&window, "restoreFromBackupAction")->trigger();
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
