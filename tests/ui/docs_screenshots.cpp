// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Renders dialogs for the README: hidden from the normal run ([.docs]); run with
//   BRANDDESK_SCREENSHOT_DIR=docs tests/ui/ui_tests "[.docs]"
#include "core/demo/demodata.h"
#include "tests/support/tempdatabase.h"
#include "tests/ui/uidriver.h"
#include "ui/brands/brandeditordialog.h"
#include "ui/brands/brandtablemodel.h"
#include "ui/departments/departmentdialog.h"
#include "ui/translations.h"

#include <QDir>
#include <QTabWidget>

using namespace branddesk;
using namespace branddesk::test;

TEST_CASE("render the brand editor and the department dialog for the documentation", "[.docs]")
{
    const QString folder = qEnvironmentVariable("BRANDDESK_SCREENSHOT_DIR", QStringLiteral("."));
    REQUIRE(QDir().mkpath(folder));
    installTranslations(qEnvironmentVariable("BRANDDESK_LANG", QStringLiteral("zh_CN")));
    TempDatabase db;
    REQUIRE(populateDemoData(db.session()).has_value());
    BrandTableModel brands(db.brands());
    REQUIRE(brands.rowCount() > 2);

    BrandEditorDialog editor(db.session(), brands.overviewAt(1).brand.id, 0);
    REQUIRE(editor.isLoaded());
    editor.resize(1000, 640);
    editor.show();
    for (int tab : {0, 1, 2}) {
        editor.findChild<QTabWidget*>(QStringLiteral("pagesTabWidget"))->setCurrentIndex(tab);
        QApplication::processEvents();
        CHECK(editor.grab().save(folder + QStringLiteral("/brand-editor-%1.png").arg(tab)));
    }
    editor.done(QDialog::Rejected);

    Result<Department> department = db.departments().find(brands.overviewAt(1).brand.departmentId);
    REQUIRE(department.has_value());
    DepartmentDialog dialog(db.session(), *department);
    dialog.show();
    QApplication::processEvents();
    CHECK(dialog.grab().save(folder + QStringLiteral("/department-dialog.png")));
}
