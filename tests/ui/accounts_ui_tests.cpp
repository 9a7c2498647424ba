// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Signing in, the first administrator, and a record's history, through the real dialogs.
#include "core/services/session.h"
#include "core/storage/database.h"
#include "tests/support/builders.h"
#include "tests/support/rawsqlite.h"
#include "tests/support/tempdatabase.h"
#include "tests/ui/uidriver.h"
#include "ui/accounts/accountactions.h"
#include "ui/accounts/adduserdialog.h"
#include "ui/accounts/firstadministratordialog.h"
#include "ui/accounts/logindialog.h"
#include "ui/accounts/passworddialog.h"
#include "ui/accounts/signin.h"
#include "ui/accounts/signoutrequest.h"
#include "ui/accounts/usersview.h"
#include "ui/audit/audithistorydialog.h"
#include "ui/brands/brandeditordialog.h"
#include "ui/brands/brandsview.h"
#include "ui/campaign/milestoneactions.h"
#include "ui/departments/departmentsview.h"
#include "ui/mainwindow.h"
#include "ui/widgets/messagebox.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>

using namespace branddesk;
using namespace branddesk::test;

TEST_CASE("the sign-in dialog keeps a wrong password out and lets the right one in")
{
    TempDatabase temp;
    AccountService& accounts = temp.session().accounts();
    accounts.signOut();
    QString refusal;
    bool stayedOpen = false;
    bool accepted = false;
    const bool shown =
        withModal<LoginDialog>([&] { accepted = signInInteractively(accounts); },
                               [&](LoginDialog* dialog) {
                                   auto* user = dialog->findChild<QComboBox*>(QStringLiteral("userComboBox"));
                                   auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
                                   auto* message = dialog->findChild<QLabel*>(QStringLiteral("messageLabel"));
                                   CHECK((user && password && message));
                                   if (!user || !password || !message)
                                       return;
                                   CHECK(user->findText(TempDatabase::userName(Role::Leader)) >= 0);
                                   user->setEditText(TempDatabase::userName(Role::Leader));
                                   typeText(password, QStringLiteral("wrong password"));
                                   dialog->accept();
                                   stayedOpen = dialog->isVisible();
                                   refusal = message->text();
                                   CHECK(password->text().isEmpty());
                                   typeText(password, QString::fromLatin1(TempDatabase::kPassword));
                                   dialog->accept();
                               });
    REQUIRE(shown);
    CHECK(stayedOpen);
    CHECK_FALSE(refusal.isEmpty());
    CHECK(accepted);
    CHECK(temp.session().currentUser().name() == TempDatabase::userName(Role::Leader));
}

TEST_CASE("a database without accounts asks for the first administrator, twice the same password")
{
    TempDatabase temp;
    Result<std::unique_ptr<Database>> database = Database::open(temp.filePath(QStringLiteral("new.sqlite")));
    REQUIRE(database);
    Session session(std::move(*database), temp.clock());
    session.accounts().setPasswordCost(PasswordHasher::Cost::Minimal);
    QString mismatch;
    bool accepted = false;
    const bool shown = withModal<FirstAdministratorDialog>(
        [&] { accepted = signInInteractively(session.accounts()); },
        [&](FirstAdministratorDialog* dialog) {
            auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
            auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
            auto* repeat = dialog->findChild<QLineEdit*>(QStringLiteral("repeatLineEdit"));
            auto* message = dialog->findChild<QLabel*>(QStringLiteral("messageLabel"));
            CHECK((name && password && repeat && message));
            if (!name || !password || !repeat || !message)
                return;
            typeText(name, utf8("王建国"));
            typeText(password, QStringLiteral("campaign-2009"));
            typeText(repeat, QStringLiteral("campaign-2008"));
            dialog->accept();
            mismatch = message->text();
            typeText(repeat, QStringLiteral("campaign-2009"));
            dialog->accept();
        });
    REQUIRE(shown);
    CHECK_FALSE(mismatch.isEmpty());
    CHECK(accepted);
    CHECK(session.currentUser().isAdministrator());
    CHECK(session.userName() == utf8("王建国"));
}

TEST_CASE("the history dialog shows who changed a department and what it was before")
{
    TempDatabase temp;
    Department department = aDepartment("市财政局");
    department.contactPerson = utf8("李明");
    const Result<Department> added = temp.departments().add(department);
    REQUIRE(added);
    Department edited = *added;
    edited.contactPerson = utf8("刘志强");
    REQUIRE(temp.departments().update(edited));

    AuditHistoryDialog dialog(temp.session().audit(), AuditEntities::kDepartment, added->id);
    CHECK(dialog.entryCount() == 2);
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("historyTableWidget"));
    REQUIRE(table != nullptr);
    const int last = table->rowCount() - 1;
    REQUIRE(last > 0);
    CHECK(table->item(last, 1)->text() == TempDatabase::userName(Role::Clerk));
    CHECK(table->item(last, 3)->text() == QStringLiteral("Contact person"));
    CHECK(table->item(last, 4)->text() == utf8("李明"));
    CHECK(table->item(last, 5)->text() == utf8("刘志强"));
    CHECK(dialog.windowTitle().contains(utf8("市财政局")));
}

namespace {

/// The Accounts menu's entries for the session's user, without a main window around them.
struct AccountMenu {
    explicit AccountMenu(Session& session)
        : actions(session, &window)
    {
        actions.addTo(&menu);
    }
    QWidget window;
    QMenu menu;
    AccountActions actions;
};

QAction* accountAction(const QMenu& menu, const char* name)
{
    for (QAction* action : menu.actions())
        if (action->objectName() == QLatin1String(name))
            return action;
    FAIL("no action " << name);
    return nullptr;
}

} // namespace

TEST_CASE("an administrator adds a user on the Users page, and that user can sign in")
{
    TempDatabase temp;
    temp.signInAs(Role::Administrator);
    UsersView view(temp.session());
    auto* table = view.findChild<QTableWidget*>(QStringLiteral("usersTableWidget"));
    REQUIRE(table != nullptr);
    const int before = table->rowCount();
    CHECK(before == 4);
    QString mismatch;
    const bool shown =
        withModal<AddUserDialog>([&] { view.addUser(); },
                                 [&](AddUserDialog* dialog) {
                                     auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
                                     auto* role = dialog->findChild<QComboBox*>(QStringLiteral("roleComboBox"));
                                     auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
                                     auto* repeat = dialog->findChild<QLineEdit*>(QStringLiteral("repeatLineEdit"));
                                     auto* message = dialog->findChild<QLabel*>(QStringLiteral("messageLabel"));
                                     CHECK((name && role && password && repeat && message));
                                     if (!name || !role || !password || !repeat || !message)
                                         return;
                                     typeText(name, utf8("张伟"));
                                     role->setCurrentIndex(role->findData(static_cast<int>(Role::Leader)));
                                     typeText(password, QStringLiteral("leader-of-2009"));
                                     typeText(repeat, QStringLiteral("leader-of-2008"));
                                     dialog->accept();
                                     mismatch = message->text();
                                     typeText(repeat, QStringLiteral("leader-of-2009"));
                                     dialog->accept();
                                 });
    REQUIRE(shown);
    CHECK_FALSE(mismatch.isEmpty());
    CHECK(table->rowCount() == before + 1);
    REQUIRE(view.selectedId() != 0);
    const QList<QTableWidgetItem*> selected = table->selectedItems();
    REQUIRE_FALSE(selected.isEmpty());
    CHECK(table->item(selected.first()->row(), 0)->text() == utf8("张伟"));

    AccountService& accounts = temp.session().accounts();
    accounts.signOut();
    const Result<User> signedIn = accounts.signIn(utf8("张伟"), QStringLiteral("leader-of-2009"));
    REQUIRE(signedIn);
    CHECK(signedIn->role == Role::Leader);
}

TEST_CASE("an administrator deactivates a user on the Users page, who then cannot sign in; the history shows it")
{
    TempDatabase temp;
    temp.signInAs(Role::Administrator);
    const Result<QList<User>> users = temp.session().accounts().users();
    REQUIRE(users);
    qint64 leaderId = 0;
    for (const User& user : *users)
        if (user.name == TempDatabase::userName(Role::Leader))
            leaderId = user.id;
    REQUIRE(leaderId != 0);
    UsersView view(temp.session());
    REQUIRE(view.select(leaderId));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    view.toggleActiveSelected();
    CHECK(view.selectedId() == leaderId);
    auto* toggle = view.findChild<QAction*>(QStringLiteral("toggleUserActiveAction"));
    REQUIRE(toggle != nullptr);
    CHECK(toggle->text() == QStringLiteral("Re&activate"));
    int entries = 0;
    auto* history = view.findChild<QAction*>(QStringLiteral("historyAction"));
    REQUIRE(history != nullptr);
    CHECK(withModal<AuditHistoryDialog>([&] { history->trigger(); },
                                        [&](AuditHistoryDialog* dialog) { entries = dialog->entryCount(); }));
    CHECK(entries >= 2); // created, deactivated
    temp.session().accounts().signOut();
    CHECK_FALSE(temp.session().accounts().signIn(TempDatabase::userName(Role::Leader),
                                                 QString::fromLatin1(TempDatabase::kPassword)));
}

TEST_CASE("only an administrator is offered the Users page and the audit trail check")
{
    TempDatabase temp;
    for (Role role : {Role::Leader, Role::Clerk, Role::Administrator}) {
        temp.signInAs(role);
        MainWindow window(temp.session());
        auto* menu = window.findChild<QMenu*>(QStringLiteral("accountsMenu"));
        REQUIRE(menu != nullptr);
        const bool administrator = role == Role::Administrator;
        INFO("signed in as " << TempDatabase::userName(role).toStdString());
        CHECK(accountAction(*menu, "usersAction")->isEnabled() == administrator);
        CHECK(accountAction(*menu, "checkAuditTrailAction")->isEnabled() == administrator);
        CHECK(accountAction(*menu, "changePasswordAction")->isEnabled());
    }
    // And should the action be reached anyway, the page refuses.
    temp.signInAs(Role::Leader);
    AccountMenu menu(temp.session());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    menu.actions.showUsers();
    CHECK_FALSE(MessageBox::lastText().isEmpty());
}

TEST_CASE("signing out asks first, then closes the window and asks the start-up loop for the sign-in dialog")
{
    TempDatabase temp;
    temp.signInAs(Role::Leader);
    MainWindow window(temp.session());
    window.show();
    auto* menu = window.findChild<QMenu*>(QStringLiteral("accountsMenu"));
    REQUIRE(menu != nullptr);
    QAction* signOut = accountAction(*menu, "signOutAction");
    CHECK(signOut->isEnabled());
    CHECK(signOut->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    signOut->trigger();
    CHECK(MessageBox::lastText().contains(TempDatabase::userName(Role::Leader)));
    CHECK(window.isVisible());
    CHECK_FALSE(SignOutRequest::take());

    MessageBox::setNextAnswer(QMessageBox::Ok);
    signOut->trigger();
    CHECK_FALSE(window.isVisible());
    CHECK(SignOutRequest::take());
    CHECK_FALSE(SignOutRequest::take()); // once
}

TEST_CASE("changing my password refuses a wrong current password and accepts the right one")
{
    TempDatabase temp;
    temp.signInAs(Role::Leader);
    AccountMenu menu(temp.session());
    const QString newPassword = QStringLiteral("a new password 2009");
    QString refusal;
    bool stayedOpen = false;
    MessageBox::setNextAnswer(QMessageBox::Ok); // the confirmation after success
    const bool shown = withModal<PasswordDialog>(
        [&] { menu.actions.changeMyPassword(); },
        [&](PasswordDialog* dialog) {
            auto* current = dialog->findChild<QLineEdit*>(QStringLiteral("currentPasswordLineEdit"));
            auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
            auto* repeat = dialog->findChild<QLineEdit*>(QStringLiteral("repeatLineEdit"));
            auto* message = dialog->findChild<QLabel*>(QStringLiteral("messageLabel"));
            CHECK((current && password && repeat && message));
            if (!current || !password || !repeat || !message)
                return;
            typeText(current, QStringLiteral("not my password"));
            typeText(password, newPassword);
            typeText(repeat, newPassword);
            dialog->accept();
            stayedOpen = dialog->isVisible();
            refusal = message->text();
            CHECK(current->text().isEmpty());
            typeText(current, QString::fromLatin1(TempDatabase::kPassword));
            dialog->accept();
        });
    REQUIRE(shown);
    CHECK(stayedOpen);
    CHECK_FALSE(refusal.isEmpty());
    CHECK(MessageBox::lastText().contains(QStringLiteral("changed")));

    AccountService& accounts = temp.session().accounts();
    accounts.signOut();
    CHECK_FALSE(accounts.signIn(TempDatabase::userName(Role::Leader), QString::fromLatin1(TempDatabase::kPassword)));
    CHECK(accounts.signIn(TempDatabase::userName(Role::Leader), newPassword));
}

TEST_CASE("an administrator resets a user's password on the Users page")
{
    TempDatabase temp;
    temp.signInAs(Role::Administrator);
    const Result<QList<User>> users = temp.session().accounts().users();
    REQUIRE(users);
    qint64 clerkId = 0;
    for (const User& user : *users)
        if (user.name == TempDatabase::userName(Role::Clerk))
            clerkId = user.id;
    UsersView view(temp.session());
    REQUIRE(view.select(clerkId));
    const QString newPassword = QStringLiteral("reset by the admin");
    MessageBox::setNextAnswer(QMessageBox::Ok);
    const bool shown = withModal<PasswordDialog>(
        [&] { view.resetPasswordOfSelected(); },
        [&](PasswordDialog* dialog) {
            auto* current = dialog->findChild<QLineEdit*>(QStringLiteral("currentPasswordLineEdit"));
            auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
            auto* repeat = dialog->findChild<QLineEdit*>(QStringLiteral("repeatLineEdit"));
            CHECK((current && password && repeat));
            if (!current || !password || !repeat)
                return;
            CHECK_FALSE(current->isVisibleTo(dialog));
            typeText(password, newPassword);
            typeText(repeat, newPassword);
            dialog->accept();
        });
    REQUIRE(shown);
    AccountService& accounts = temp.session().accounts();
    accounts.signOut();
    CHECK(accounts.signIn(TempDatabase::userName(Role::Clerk), newPassword));
}

TEST_CASE("the audit trail check tells the administrator it is intact, and which entry was edited behind its back")
{
    TempDatabase temp;
    REQUIRE(temp.departments().add(aDepartment("市财政局")));
    temp.signInAs(Role::Administrator);
    {
        AccountMenu menu(temp.session());
        MessageBox::setNextAnswer(QMessageBox::Ok);
        menu.actions.checkAuditTrail();
        CHECK(MessageBox::lastText().contains(QStringLiteral("intact")));
    }
    temp.close();
    qint64 target = 0;
    {
        RawSqlite raw(temp.path());
        raw.exec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
        target = raw.scalar(QStringLiteral("SELECT MAX(id) FROM audit_log WHERE entity = 'department'")).toLongLong();
        REQUIRE(target > 0);
        raw.exec(QStringLiteral("UPDATE audit_log SET user_name = '领导' WHERE id = %1").arg(target));
    }
    temp.reopen();
    temp.signInAs(Role::Administrator);
    AccountMenu menu(temp.session());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    menu.actions.checkAuditTrail();
    const QString report = MessageBox::lastText();
    CHECK(report.contains(QStringLiteral("broken at entry %1").arg(target)));
    CHECK(report.contains(QStringLiteral("outside BrandDesk")));

    // At sign-in an administrator is warned without asking.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    menu.actions.warnIfAuditTrailBroken();
    CHECK(MessageBox::lastText() == report);
}

TEST_CASE("a leader's department and brand pages offer no edits")
{
    TempDatabase temp;
    const Result<Department> added = temp.departments().add(aDepartment("市财政局"));
    REQUIRE(added);
    QUndoStack undoStack;
    SECTION("a clerk may edit the selected department")
    {
        DepartmentsView view(temp.session(), undoStack);
        REQUIRE(view.select(added->id));
        for (QAction* action : view.editActions())
            CHECK(action->isEnabled());
    }
    SECTION("a leader may not")
    {
        temp.signInAs(Role::Leader);
        DepartmentsView departments(temp.session(), undoStack);
        REQUIRE(departments.select(added->id));
        for (QAction* action : departments.editActions()) {
            INFO(action->objectName().toStdString());
            CHECK_FALSE(action->isEnabled());
        }
        BrandsView brands(temp.session());
        for (QAction* action : brands.editActions()) {
            INFO(action->objectName().toStdString());
            CHECK_FALSE(action->isEnabled());
        }
    }
}

TEST_CASE("a leader opens a brand to read it, and the editor offers no change")
{
    TempDatabase temp;
    const Result<Department> department = temp.departments().add(aDepartment("市财政局"));
    REQUIRE(department);
    const Result<Brand> brand = temp.brands().add(aCompleteBrand(department->id));
    REQUIRE(brand);
    temp.signInAs(Role::Leader);
    BrandsView view(temp.session());
    REQUIRE(view.select(brand->id));
    CHECK(child<QAction>(&view, "editBrandAction")->isEnabled()); // "View…"
    CHECK_FALSE(child<QAction>(&view, "deleteBrandAction")->isEnabled());
    CHECK_FALSE(child<QAction>(&view, "newBrandAction")->isEnabled());

    BrandEditorDialog editor(temp.session(), brand->id, 0);
    REQUIRE(editor.isLoaded());
    const QList<QLineEdit*> edits = editor.findChildren<QLineEdit*>();
    REQUIRE_FALSE(edits.isEmpty());
    for (QLineEdit* edit : edits)
        CHECK(edit->isReadOnly());
    CHECK_FALSE(child<QDialogButtonBox>(&editor, "buttonBox")->button(QDialogButtonBox::Save)->isVisibleTo(&editor));
    CHECK(editor.windowTitle().contains(QStringLiteral("read only")));
}

TEST_CASE("a leader opening a milestone record reads it and is offered no change")
{
    TempDatabase temp;
    temp.signInAs(Role::Administrator);
    const Result<Campaign> campaign = temp.session().campaigns().ensureCurrent(2009);
    REQUIRE(campaign);
    temp.signInAs(Role::Clerk);
    const Result<Department> department = temp.departments().add(aDepartment("市财政局"));
    REQUIRE(department);
    const Milestone& milestone = campaign->milestones.first();
    MilestoneCompletion done;
    done.milestoneId = milestone.id;
    done.departmentId = department->id;
    done.doneDate = temp.clock().today();
    done.evidence = QStringLiteral("已召开专题讨论会");
    REQUIRE(temp.session().milestones().record(done));

    temp.signInAs(Role::Leader);
    const Result<MilestoneBoard> board = temp.session().milestones().board(campaign->id);
    REQUIRE(board);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(editMilestoneCompletion(temp.session(), *board, milestone.id, department->id, nullptr));
    CHECK(MessageBox::lastText().contains(milestone.name));
    CHECK(MessageBox::lastText().contains(QStringLiteral("已召开专题讨论会")));
}
