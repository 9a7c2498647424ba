// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Signing in, the first administrator, and a record's history, through the real dialogs.
#include "core/services/session.h"
#include "core/storage/database.h"
#include "tests/support/builders.h"
#include "tests/support/tempdatabase.h"
#include "tests/ui/uidriver.h"
#include "ui/accounts/firstadministratordialog.h"
#include "ui/accounts/logindialog.h"
#include "ui/accounts/signin.h"
#include "ui/audit/audithistorydialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

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
