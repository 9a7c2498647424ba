// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Several PCs at once, as a user sees it: lists follow the others' saves without losing the selection, an open
// form says when its record changed elsewhere and merges a stale save, and who else is editing is shown.
#include "core/demo/demodata.h"
#include "tests/support/builders.h"
#include "tests/support/tempdatabase.h"
#include "tests/ui/uidriver.h"
#include "ui/accounts/connectedusersdialog.h"
#include "ui/dashboard/dashboardcards.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/departments/departmentdialog.h"
#include "ui/departments/departmentsview.h"
#include "ui/mainwindow.h"
#include "ui/reports/reportentrydialog.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/recordwatch.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTableWidget>

using namespace branddesk;
using namespace branddesk::test;

namespace {

/// Runs the event loop until `done` holds, at most `ms`; returns whether it held.
bool waitUntil(const std::function<bool()>& done, int ms = 3000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

QString cellText(QTableView* table, qint64 id, int column)
{
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, 0).data(Qt::UserRole + 1).toLongLong() == id)
            return table->model()->index(row, column).data().toString();
    return {};
}

/// A leader watches the dashboard on one PC while a clerk logs a report of this week on another: the card of this
/// week's reports counts it within two seconds.
void leaderSeesTheReportArrive(TempDatabase& db)
{
    db.clock().set(QDateTime(QDate(2009, 6, 1), QTime(10, 0))); // Monday: most of the week's reports are due
    REQUIRE(populateDemoData(db.session()));
    db.signInAs(Role::Leader);
    MainWindow window(db.session());
    window.show();
    REQUIRE(window.showView(QStringLiteral("dashboard")));
    auto* dashboard = window.findChild<DashboardView*>(QStringLiteral("dashboardView"));
    REQUIRE(dashboard != nullptr);
    QLabel* received = child<QLabel>(dashboard->cardButton(DashboardCard::ReportsThisWeek), "valueLabel");
    // The first figures are collected in the background when the dashboard is first shown.
    REQUIRE(waitUntil([&] { return !dashboard->isLoading() && !received->text().isEmpty(); }, 30000));
    const QString before = received->text();

    std::unique_ptr<Session> clerk = db.openAnotherSession();
    const ReportWeek week = ReportWeek::containing(QDate(2009, 6, 1));
    Result<QList<Department>> departments = clerk->departments().activeDepartments();
    REQUIRE(departments.has_value());
    qint64 silent = 0;
    for (const Department& department : *departments) {
        Result<QList<ReportListItem>> same = clerk->reports().sameWeek(department.id, week);
        REQUIRE(same.has_value());
        if (same->isEmpty()) {
            silent = department.id;
            break;
        }
    }
    REQUIRE(silent != 0);
    WeeklyReport report;
    report.departmentId = silent;
    report.week = week;
    report.receivedAt = db.clock().nowUtc();
    report.title = QStringLiteral("本周服务企业情况");
    report.content = QStringLiteral("走访重点企业三家，协调解决用地问题一项。");
    QElapsedTimer took;
    took.start();
    REQUIRE(clerk->reports().save(report).has_value());
    REQUIRE(waitUntil([&] { return received->text() != before; }));
    INFO("the dashboard changed after " << took.elapsed() << " ms");
    CHECK(took.elapsed() < 2000);
}

} // namespace

TEST_CASE("a leader's dashboard counts the report a clerk saves in another window within two seconds")
{
    TempDatabase db;
    leaderSeesTheReportArrive(db);
}

TEST_CASE("a leader's dashboard counts the report a clerk saves on another PC within two seconds", "[server]")
{
    TempDatabase db;
    leaderSeesTheReportArrive(db);
}

TEST_CASE("the department list shows another PC's save within two seconds and keeps the selection and scroll")
{
    TempDatabase db;
    QList<qint64> ids;
    for (int i = 0; i < 60; ++i) {
        Result<Department> added =
            db.departments().add(aDepartment(QStringLiteral("测试部门%1").arg(i, 2, 10, QLatin1Char('0'))));
        REQUIRE(added.has_value());
        ids.append(added->id);
    }
    MainWindow window(db.session());
    window.show();
    DepartmentsView* view = window.departmentsView();
    auto* table = child<QTableView>(view, "departmentsTableView");
    REQUIRE(view->select(ids.at(45)));
    table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum() / 2);
    const int scrolled = table->verticalScrollBar()->value();

    std::unique_ptr<Session> other = db.openAnotherSession();
    Result<Department> changed = other->departments().find(ids.at(3));
    REQUIRE(changed.has_value());
    changed->name = QStringLiteral("改名的部门");
    REQUIRE(other->departments().update(*changed).has_value());

    QElapsedTimer took;
    took.start();
    REQUIRE(waitUntil([&] { return cellText(table, ids.at(3), 0) == QStringLiteral("改名的部门"); }));
    CHECK(took.elapsed() < 2000);
    CHECK(view->selectedId() == ids.at(45));
    CHECK(table->verticalScrollBar()->value() == scrolled);
}

TEST_CASE("an open department form says another PC saved it, and Reload shows their version")
{
    TempDatabase db;
    Result<Department> department = db.departments().add(aDepartment("市统计局"));
    REQUIRE(department.has_value());
    REQUIRE(db.session().live().start().has_value());
    DepartmentDialog dialog(db.session(), *department);
    dialog.show();
    auto* watch = child<RecordWatch>(&dialog, "recordWatchFrame");
    CHECK_FALSE(watch->isVisible());

    std::unique_ptr<Session> other = db.openAnotherSession();
    Department theirs = *department;
    theirs.phone = QStringLiteral("0519-85680780");
    REQUIRE(other->departments().update(theirs).has_value());

    REQUIRE(waitUntil([&] { return watch->isVisible(); }));
    CHECK(watch->isStale());
    CHECK(child<QLabel>(&dialog, "recordWatchLabel")->text().contains(TempDatabase::secondClerkName()));
    auto* reload = child<QPushButton>(&dialog, "recordWatchReloadButton");
    REQUIRE(reload->isVisible());
    reload->click(); // no unsaved edits: nothing to ask
    CHECK(child<QLineEdit>(&dialog, "phoneLineEdit")->text() == QStringLiteral("0519-85680780"));
    CHECK_FALSE(watch->isVisible());
    db.session().live().stop();
}

TEST_CASE("a stale save of a department merges the fields that do not collide, when the clerk agrees")
{
    TempDatabase db;
    Result<Department> department = db.departments().add(aDepartment("市统计局"));
    REQUIRE(department.has_value());
    DepartmentDialog dialog(db.session(), *department);
    dialog.show();
    std::unique_ptr<Session> other = db.openAnotherSession();
    db.clock().advanceSecs(60); // the other PC saves a minute after the form was opened
    Department theirs = *department;
    theirs.phone = QStringLiteral("0519-85680780");
    REQUIRE(other->departments().update(theirs).has_value());

    auto* email = child<QLineEdit>(&dialog, "emailLineEdit");
    email->setText(QStringLiteral("tjj@example.gov.cn"));
    MessageBox::setNextAnswer(QMessageBox::Save);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(MessageBox::lastText().contains(TempDatabase::secondClerkName()));
    Result<Department> stored = db.departments().find(department->id);
    REQUIRE(stored.has_value());
    CHECK(stored->phone == QStringLiteral("0519-85680780"));
    CHECK(stored->email == QStringLiteral("tjj@example.gov.cn"));
    // Undo goes back to the other PC's version, not past it.
    REQUIRE(dialog.original().has_value());
    CHECK(dialog.original()->phone == QStringLiteral("0519-85680780"));
}

TEST_CASE("a stale save of a weekly report merges the other PC's change of another field")
{
    TempDatabase db;
    Result<Department> department = db.departments().add(aDepartment("市统计局"));
    REQUIRE(department.has_value());
    WeeklyReport report;
    report.departmentId = department->id;
    report.week = ReportWeek::containing(db.clock().today());
    report.receivedAt = db.clock().nowUtc();
    report.title = QStringLiteral("本周服务企业情况");
    report.content = QStringLiteral("走访企业三家。");
    Result<WeeklyReport> stored = db.session().reports().save(report);
    REQUIRE(stored.has_value());
    ReportEntryDialog dialog(db.session(), *stored);
    dialog.show();

    std::unique_ptr<Session> other = db.openAnotherSession();
    db.clock().advanceSecs(60);
    WeeklyReport theirs = *stored;
    theirs.content = QStringLiteral("走访企业三家，协调解决用地问题一项。");
    REQUIRE(other->reports().save(theirs).has_value());

    child<QLineEdit>(&dialog, "titleLineEdit")->setText(QStringLiteral("统计局本周服务企业情况"));
    MessageBox::setNextAnswer(QMessageBox::Save);
    CHECK(dialog.saveAndClose());
    Result<WeeklyReport> merged = db.session().reports().find(stored->id);
    REQUIRE(merged.has_value());
    CHECK(merged->title == QStringLiteral("统计局本周服务企业情况"));
    CHECK(merged->content == QStringLiteral("走访企业三家，协调解决用地问题一项。"));
}

TEST_CASE("a stale save that changes the same field as another PC is refused and names the field")
{
    TempDatabase db;
    Result<Department> department = db.departments().add(aDepartment("市统计局"));
    REQUIRE(department.has_value());
    DepartmentDialog dialog(db.session(), *department);
    dialog.show();
    std::unique_ptr<Session> other = db.openAnotherSession();
    Department theirs = *department;
    theirs.phone = QStringLiteral("0519-1111");
    REQUIRE(other->departments().update(theirs).has_value());

    child<QLineEdit>(&dialog, "phoneLineEdit")->setText(QStringLiteral("0519-2222"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog.accept();
    CHECK(dialog.isVisible()); // stays open: nothing typed is lost
    CHECK(dialog.result() != QDialog::Accepted);
    Result<Department> stored = db.departments().find(department->id);
    REQUIRE(stored.has_value());
    CHECK(stored->phone == QStringLiteral("0519-1111"));
    dialog.reject();
}

TEST_CASE("an open form says who else has the record open on another PC", "[server]")
{
    TempDatabase db;
    Result<Department> department = db.departments().add(aDepartment("市统计局"));
    REQUIRE(department.has_value());
    std::unique_ptr<Session> other = db.openAnotherSession();
    other->presence().setPcName(QStringLiteral("PC-2"));
    REQUIRE(other->presence().editingStarted(QStringLiteral("department"), department->id).has_value());

    DepartmentDialog dialog(db.session(), *department);
    dialog.show();
    auto* label = child<QLabel>(&dialog, "recordWatchLabel");
    REQUIRE(waitUntil([&] { return label->text().contains(QStringLiteral("PC-2")); }));
    CHECK(label->text().contains(TempDatabase::secondClerkName()));
    CHECK_FALSE(child<QPushButton>(&dialog, "recordWatchReloadButton")->isVisible()); // nothing to reload yet

    db.signInAs(Role::Administrator);
    ConnectedUsersDialog connected(db.session());
    auto* users = child<QTableWidget>(&connected, "usersTableWidget");
    CHECK(users->rowCount() >= 2);
    bool listed = false;
    for (int row = 0; row < users->rowCount(); ++row)
        listed = listed || (users->item(row, 1)->text() == QStringLiteral("PC-2") &&
                            users->item(row, 0)->text() == TempDatabase::secondClerkName());
    CHECK(listed);
}

TEST_CASE("on a file, the administrator's list of connections names only this PC")
{
    TempDatabase db;
    db.signInAs(Role::Administrator);
    ConnectedUsersDialog dialog(db.session());
    auto* users = child<QTableWidget>(&dialog, "usersTableWidget");
    REQUIRE(users->rowCount() == 1);
    CHECK(users->item(0, 0)->text().contains(TempDatabase::userName(Role::Administrator)));
}
