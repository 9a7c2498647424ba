// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The department and brand registry driven through the real windows, by object name.
#include "core/domain/completeness.h"
#include "tests/support/builders.h"
#include "tests/support/filehash.h"
#include "tests/support/tempdatabase.h"
#include "tests/ui/uidriver.h"
#include "ui/brands/brandeditordialog.h"
#include "ui/brands/brandsview.h"
#include "ui/departments/departmentdialog.h"
#include "ui/departments/departmentsview.h"
#include "ui/mainwindow.h"
#include "ui/widgets/filedialog.h"
#include "ui/widgets/messagebox.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace branddesk;
using namespace branddesk::test;

namespace {

QAction* action(QWidget* view, const char* name)
{
    auto* found = view->findChild<QAction*>(QString::fromLatin1(name));
    INFO("action " << name);
    REQUIRE(found != nullptr);
    return found;
}

/// Fills the editor's name page and saves with Ctrl+S; used inside a modal handler (no REQUIRE there).
void fillNamePage(BrandEditorDialog* editor, qint64 departmentId, const QString& name)
{
    auto* department = editor->findChild<QComboBox*>(QStringLiteral("departmentComboBox"));
    auto* nameEdit = editor->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
    CHECK(department != nullptr);
    CHECK(nameEdit != nullptr);
    if (department == nullptr || nameEdit == nullptr)
        return;
    department->setCurrentIndex(department->findData(departmentId));
    typeText(nameEdit, name);
}

} // namespace

TEST_CASE("a clerk adds a department in the dialog and finds it after reopening the database")
{
    TempDatabase db;
    {
        MainWindow window(db.session());
        window.show();
        DepartmentsView* view = window.departmentsView();
        const bool opened = withModal<DepartmentDialog>(
            [&] { action(view, "addDepartmentAction")->trigger(); },
            [](DepartmentDialog* dialog) {
                auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
                auto* leader = dialog->findChild<QLineEdit*>(QStringLiteral("principalLeaderLineEdit"));
                auto* facing = dialog->findChild<QCheckBox*>(QStringLiteral("enterpriseFacingCheckBox"));
                CHECK((name && leader && facing));
                if (name && leader && facing) {
                    typeText(name, utf8("常州市发展和改革委员会"));
                    typeText(leader, utf8("王建国"));
                    facing->setChecked(true);
                }
                dialog->accept();
            });
        REQUIRE(opened);
        CHECK(view->selectedId() != 0);
    }
    db.close();
    db.reopen();
    Result<QList<DepartmentOverview>> all = db.departments().overviews();
    REQUIRE(all.has_value());
    REQUIRE(all->size() == 1);
    const Department& stored = all->first().department;
    CHECK(stored.name == utf8("常州市发展和改革委员会"));
    CHECK(stored.principalLeader == utf8("王建国"));
    CHECK(stored.enterpriseFacing);
    CHECK(all->first().lacksBrand());
}

TEST_CASE("a department with an empty name is refused and the dialog stays open with the reason")
{
    TempDatabase db;
    QUndoStack undoStack;
    DepartmentsView view(db.session(), undoStack);
    bool stayedOpen = false;
    withModal<DepartmentDialog>([&] { view.addDepartment(); },
                                [&stayedOpen](DepartmentDialog* dialog) {
                                    MessageBox::setNextAnswer(QMessageBox::Ok);
                                    dialog->accept(); // empty name
                                    stayedOpen = dialog->isVisible();
                                    dialog->reject();
                                });
    CHECK(stayedOpen);
    CHECK(MessageBox::lastText().contains(QStringLiteral("name")));
    CHECK(db.departments().overviews()->isEmpty());
}

TEST_CASE("deactivating a department hides it from the list, and undo brings it back")
{
    TempDatabase db;
    Result<Department> added = db.departments().add(aDepartment("市审计局"));
    REQUIRE(added.has_value());
    MainWindow window(db.session());
    DepartmentsView* view = window.departmentsView();
    auto* table = child<QTableView>(view, "departmentsTableView");
    REQUIRE(table->model()->rowCount() == 1);
    REQUIRE(view->select(added->id));

    action(view, "toggleActiveAction")->trigger();
    CHECK(table->model()->rowCount() == 0);
    CHECK_FALSE(db.departments().find(added->id)->active);

    action(&window, "undoAction")->trigger();
    CHECK(db.departments().find(added->id)->active);
    CHECK(table->model()->rowCount() == 1);

    action(&window, "redoAction")->trigger();
    CHECK_FALSE(db.departments().find(added->id)->active);
}

TEST_CASE("a department that has a brand cannot be deleted, only deactivated")
{
    TempDatabase db;
    Result<Department> added = db.departments().add(aDepartment("市审计局"));
    REQUIRE(added.has_value());
    REQUIRE(db.brands().add(aBrand(added->id, "阳光审计")).has_value());
    MainWindow window(db.session());
    REQUIRE(window.departmentsView()->select(added->id));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action(window.departmentsView(), "deleteDepartmentAction")->trigger();
    CHECK(MessageBox::lastText().contains(utf8("市审计局")));
    CHECK(db.departments().find(added->id).has_value());
}

TEST_CASE("a clerk registers a brand with a logo and sees what it still lacks")
{
    TempDatabase db;
    Result<Department> department = db.departments().add(aDepartment("市财政局"));
    REQUIRE(department.has_value());
    const QString logoPath = db.filePath(QStringLiteral("logo.png"));
    writeFile(logoPath, encoded(anImage(QSize(300, 300)), "PNG"));

    int percentBeforeLogo = -1;
    int percentAfterLogo = -1;
    {
        MainWindow window(db.session());
        window.show();
        REQUIRE(window.showView(QStringLiteral("brands")));
        const bool opened = withModal<BrandEditorDialog>(
            [&] { action(window.brandsView(), "newBrandAction")->trigger(); },
            [&](BrandEditorDialog* editor) {
                fillNamePage(editor, department->id, utf8("阳光财政"));
                auto* progress = editor->findChild<QProgressBar*>(QStringLiteral("completenessProgressBar"));
                auto* tabs = editor->findChild<QTabWidget*>(QStringLiteral("pagesTabWidget"));
                auto* choose = editor->findChild<QPushButton*>(QStringLiteral("chooseLogoPushButton"));
                auto* meaning = editor->findChild<QPlainTextEdit*>(QStringLiteral("logoMeaningPlainTextEdit"));
                CHECK((progress && tabs && choose && meaning));
                if (progress && tabs && choose && meaning) {
                    percentBeforeLogo = progress->value();
                    tabs->setCurrentIndex(1);
                    FileDialog::setNextFileName(logoPath);
                    choose->click();
                    meaning->setPlainText(utf8("外圆象征服务无止境。"));
                    percentAfterLogo = progress->value();
                }
                QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
                CHECK_FALSE(editor->isModified());
                editor->reject();
            });
        REQUIRE(opened);
    }
    CHECK(percentBeforeLogo == 2 * 100 / 14);
    CHECK(percentAfterLogo == 4 * 100 / 14);

    db.close();
    db.reopen();
    Result<QList<BrandOverview>> brands = db.brands().overviews();
    REQUIRE(brands.has_value());
    REQUIRE(brands->size() == 1);
    Result<Brand> stored = db.brands().find(brands->first().brand.id);
    REQUIRE(stored.has_value());
    CHECK(stored->name() == utf8("阳光财政"));
    CHECK(stored->departmentId == department->id);
    REQUIRE(stored->logo.has_value());
    CHECK(stored->logo->size == QSize(300, 300));
    const Completeness completeness = Completeness::of(*stored);
    CHECK(completeness.isMet(BrandStandard::Logo));
    CHECK_FALSE(completeness.isMet(BrandStandard::Culture));
    CHECK(completeness.missing().size() == 10);
}

TEST_CASE("closing the brand editor with unsaved edits asks first, and cancel keeps the edits")
{
    TempDatabase db;
    Result<Department> department = db.departments().add(aDepartment("市财政局"));
    REQUIRE(department.has_value());
    BrandsView view(db.session());
    bool stillOpenAfterCancel = false;
    withModal<BrandEditorDialog>([&] { view.openEditor(0, department->id); },
                                 [&](BrandEditorDialog* editor) {
                                     fillNamePage(editor, department->id, utf8("阳光财政"));
                                     CHECK(editor->isModified());
                                     MessageBox::setNextAnswer(QMessageBox::Cancel);
                                     editor->reject();
                                     stillOpenAfterCancel = editor->isVisible();
                                     MessageBox::setNextAnswer(QMessageBox::Discard);
                                     editor->reject();
                                 });
    CHECK(stillOpenAfterCancel);
    CHECK(db.brands().overviews()->isEmpty());
}

TEST_CASE("a file that is not an image is refused as a logo with a reason, and the brand keeps its logo")
{
    TempDatabase db;
    Result<Department> department = db.departments().add(aDepartment("市财政局"));
    REQUIRE(department.has_value());
    Result<Brand> brand = db.brands().add(aCompleteBrand(department->id, "阳光财政"));
    REQUIRE(brand.has_value());
    const QString bogus = db.filePath(QStringLiteral("logo.png"));
    writeFile(bogus, QByteArray("this is not an image at all"));

    BrandsView view(db.session());
    withModal<BrandEditorDialog>([&] { view.openEditor(brand->id); },
                                 [&](BrandEditorDialog* editor) {
                                     auto* choose =
                                         editor->findChild<QPushButton*>(QStringLiteral("chooseLogoPushButton"));
                                     CHECK(choose != nullptr);
                                     if (choose) {
                                         FileDialog::setNextFileName(bogus);
                                         MessageBox::setNextAnswer(QMessageBox::Ok);
                                         choose->click();
                                     }
                                     CHECK_FALSE(editor->isModified());
                                     editor->reject();
                                 });
    CHECK(MessageBox::lastText().contains(QStringLiteral("PNG")));
    Result<Brand> stored = db.brands().find(brand->id);
    REQUIRE(stored.has_value());
    CHECK(stored->logo.has_value());
}

TEST_CASE("the department list filters by text and category and sorts names in pinyin order")
{
    TempDatabase db;
    for (const char* name : {"市政法委员会", "市安全生产监督管理局", "市财政局"}) {
        Department d = aDepartment(name);
        if (QString::fromUtf8(name).contains(utf8("政法")))
            d.category = DepartmentCategory::PoliticalLegal;
        REQUIRE(db.departments().add(d).has_value());
    }
    QUndoStack undoStack;
    DepartmentsView view(db.session(), undoStack);
    auto* table = child<QTableView>(&view, "departmentsTableView");
    QAbstractItemModel* model = table->model();
    REQUIRE(model->rowCount() == 3);
    table->sortByColumn(0, Qt::AscendingOrder);
    CHECK(model->index(0, 0).data().toString() == utf8("市安全生产监督管理局"));
    CHECK(model->index(1, 0).data().toString() == utf8("市财政局"));
    CHECK(model->index(2, 0).data().toString() == utf8("市政法委员会"));

    auto* category = child<QComboBox>(&view, "categoryComboBox");
    category->setCurrentIndex(category->findData(static_cast<int>(DepartmentCategory::PoliticalLegal)));
    CHECK(model->rowCount() == 1);
    category->setCurrentIndex(0);
    typeText(child<QLineEdit>(&view, "searchLineEdit"), utf8("财政"));
    CHECK(model->rowCount() == 1);
    CHECK(model->index(0, 0).data().toString() == utf8("市财政局"));
}
