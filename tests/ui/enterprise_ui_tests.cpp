// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Enterprise service in the real windows: the quick-entry form (Ctrl+Enter saves and clears), the problem
// ledger with overdue rows red and its filters, the leader/team/plan rule in the problem dialog, a leader's
// read-only view, overdue problems in "behind today", the main window's Ctrl+0 and the models under Qt's tester.
#include "core/demo/demodata.h"
#include "core/documents/pdfexport.h"
#include "core/enterprise/problemledgersheet.h"
#include "core/services/concentratedweeks.h"
#include "core/services/session.h"
#include "tests/support/builders.h"
#include "tests/support/tempdatabase.h"
#include "tests/ui/uidriver.h"
#include "ui/campaign/behindlistmodel.h"
#include "ui/campaign/behindview.h"
#include "ui/campaign/milestoneactions.h"
#include "ui/enterprise/activityentrydialog.h"
#include "ui/enterprise/activitylistmodel.h"
#include "ui/enterprise/enterprisepagedialog.h"
#include "ui/enterprise/enterpriseview.h"
#include "ui/enterprise/problemdialog.h"
#include "ui/enterprise/problemlistmodel.h"
#include "ui/mainwindow.h"
#include "ui/widgets/messagebox.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

/// The 2009 campaign on Monday 2009-06-15 with 市财政局 (enterprise-facing) and 市委宣传部, registered on
/// 1 April 2009; a clerk signed in.
struct EnterpriseDesk {
    TempDatabase temp;
    Department finance;
    Department publicity;

    EnterpriseDesk()
    {
        temp.signInAs(Role::Administrator);
        REQUIRE(temp.session().campaigns().ensureCurrent(2009));
        temp.signInAs(Role::Clerk);
        temp.clock().set(QDateTime(QDate(2009, 4, 1), QTime(9, 0)));
        const Result<Department> f = temp.departments().add(aDepartment("市财政局"));
        REQUIRE(f);
        finance = *f;
        Department p = aDepartment("市委宣传部");
        p.category = DepartmentCategory::PartyMass;
        p.enterpriseFacing = false;
        const Result<Department> added = temp.departments().add(p);
        REQUIRE(added);
        publicity = *added;
        temp.clock().set(QDateTime(QDate(2009, 6, 15), QTime(10, 0)));
    }

    EnterpriseService& service() { return temp.session().enterprise(); }

    Problem problem(const Department& department, const QDate& raised, const QDate& deadline,
                    const char* enterprise = "常州某某科技有限公司")
    {
        Problem p;
        p.departmentId = department.id;
        p.enterpriseName = utf8(enterprise);
        p.raisedDate = raised;
        p.deadline = deadline;
        p.description = utf8("新厂房竣工验收手续办理缓慢。");
        p.leader = utf8("张副局长");
        p.team = utf8("规划处、建管处");
        p.plan = utf8("两周内办结验收。");
        const Result<Problem> saved = service().saveProblem(p);
        INFO((saved ? std::string() : saved.error().message.toStdString()));
        REQUIRE(saved);
        return *saved;
    }
};

} // namespace

TEST_CASE("a clerk records two visits in a row from the quick-entry form, Ctrl+Enter saving and clearing")
{
    EnterpriseDesk desk;
    ActivityEntryDialog dialog(desk.temp.session(), desk.finance.id);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    CHECK(child<QComboBox>(&dialog, "departmentComboBox")->currentText().contains(utf8("市财政局")));
    auto* enterprise = child<QLineEdit>(&dialog, "enterpriseLineEdit");
    typeText(enterprise, utf8("常州某某科技有限公司"));
    typeText(child<QPlainTextEdit>(&dialog, "descriptionPlainTextEdit"), utf8("走访企业。"));
    QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
    CHECK(dialog.savedCount() == 1);
    CHECK(enterprise->text().isEmpty());

    // The second visit picks the remembered name from the completer's list.
    CHECK(enterprise->completer()->model()->rowCount() == 1);
    typeText(enterprise, utf8("常州某某机械有限公司"));
    QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
    CHECK(dialog.savedCount() == 2);
    const Result<QList<Activity>> all = desk.service().activities();
    REQUIRE(all);
    CHECK(all->size() == 2);
    dialog.reject();
}

TEST_CASE("the problem ledger shows overdue problems red and filters them")
{
    EnterpriseDesk desk;
    desk.problem(desk.finance, QDate(2009, 5, 1), QDate(2009, 6, 1));
    desk.problem(desk.publicity, QDate(2009, 6, 10), QDate(2009, 7, 10), "常州某某机械有限公司");
    EnterpriseView view(desk.temp.session());
    view.show(); // areas load when shown
    ProblemListModel* model = view.problemModel();
    REQUIRE(model->rowCount() == 2);
    const int overdueRow = model->itemAt(0).isOverdue(QDate(2009, 6, 15)) ? 0 : 1;
    CHECK(model->index(overdueRow, ProblemListModel::StatusColumn).data().toString().contains(QStringLiteral("14")));
    CHECK(model->index(overdueRow, ProblemListModel::DescriptionColumn).data(Qt::ForegroundRole).value<QBrush>() !=
          QBrush());
    CHECK_FALSE(model->index(1 - overdueRow, 0).data(Qt::ForegroundRole).isValid());

    child<QCheckBox>(&view, "overdueOnlyCheckBox")->setChecked(true);
    CHECK(model->rowCount() == 1);
    CHECK(model->itemAt(0).leader == utf8("张副局长"));
}

TEST_CASE("the problem dialog refuses a problem without its leader, team and plan")
{
    EnterpriseDesk desk;
    Problem blank;
    blank.departmentId = desk.finance.id;
    ProblemDialog dialog(desk.temp.session(), blank);
    dialog.show();
    typeText(child<QLineEdit>(&dialog, "enterpriseLineEdit"), utf8("常州某某科技有限公司"));
    typeText(child<QPlainTextEdit>(&dialog, "descriptionPlainTextEdit"), utf8("融资难。"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(MessageBox::lastText().contains(QStringLiteral("Name the one leader responsible")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("Enter the plan")));

    typeText(child<QLineEdit>(&dialog, "leaderLineEdit"), utf8("张副局长"));
    typeText(child<QLineEdit>(&dialog, "teamLineEdit"), utf8("企业处"));
    typeText(child<QPlainTextEdit>(&dialog, "planPlainTextEdit"), utf8("对接银行。"));
    typeText(child<QLineEdit>(&dialog, "noteLineEdit"), utf8("已召开银企对接会。"));
    dialog.accept();
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.problem().id > 0);
    REQUIRE(dialog.problem().notes.size() == 1);
    CHECK(dialog.problem().notes.at(0).date == QDate(2009, 6, 15));
}

TEST_CASE("a leader sees the enterprise service but cannot record or delete")
{
    EnterpriseDesk desk;
    const Problem saved = desk.problem(desk.finance, QDate(2009, 5, 1), QDate(2009, 6, 1));
    desk.temp.signInAs(Role::Leader);
    EnterpriseView view(desk.temp.session());
    view.show(); // areas load when shown
    CHECK_FALSE(child<QAction>(&view, "newActivityAction")->isEnabled());
    CHECK_FALSE(child<QAction>(&view, "deleteActivityAction")->isEnabled());
    CHECK_FALSE(child<QAction>(&view, "newProblemAction")->isEnabled());
    CHECK(view.problemModel()->rowCount() == 1);

    ProblemDialog dialog(desk.temp.session(), saved);
    CHECK(child<QLineEdit>(&dialog, "leaderLineEdit")->isReadOnly());
    auto* note = child<QLineEdit>(&dialog, "noteLineEdit"); // no note can be typed, nor added
    CHECK((note->isReadOnly() || !note->isEnabled()));
    CHECK_FALSE(child<QPushButton>(&dialog, "addNotePushButton")->isEnabled());
}

TEST_CASE("behind today lists an overdue enterprise problem")
{
    EnterpriseDesk desk;
    const Problem saved = desk.problem(desk.finance, QDate(2009, 5, 1), QDate(2009, 6, 1));
    BehindView view(desk.temp.session());
    view.show(); // areas load when shown, in the background
    REQUIRE(QTest::qWaitFor([&] { return !view.isLoading(); }, 20000));
    bool found = false;
    for (int row = 0; row < view.model()->rowCount(); ++row)
        if (view.model()->itemAt(row).kind == BehindItem::Kind::Problem) {
            found = true;
            CHECK(view.model()->itemAt(row).itemId == saved.id);
            CHECK(view.model()->itemAt(row).daysOverdue == 14);
        }
    CHECK(found);
}

TEST_CASE("the enterprise page lists the visits and problems of every department")
{
    EnterpriseDesk desk;
    Activity visit;
    visit.kind = ActivityKind::ThreeInto;
    visit.departmentId = desk.publicity.id;
    visit.startDate = QDate(2009, 6, 1);
    visit.enterpriseName = utf8("常州某某科技有限公司");
    REQUIRE(desk.service().saveActivity(visit));
    const Problem saved = desk.problem(desk.finance, QDate(2009, 5, 1), QDate(2009, 6, 1));
    const Result<EnterprisePage> page = desk.service().enterprisePage(saved.enterpriseId);
    REQUIRE(page);
    const QString html = EnterprisePageDialog::html(*page, QDate(2009, 6, 15));
    CHECK(html.contains(utf8("市委宣传部")));
    CHECK(html.contains(utf8("市财政局")));
    CHECK(html.contains(utf8("新厂房竣工验收手续办理缓慢。")));
}

TEST_CASE("the main window opens the enterprise service with Ctrl+0")
{
    EnterpriseDesk desk;
    MainWindow window(desk.temp.session());
    window.show();
    QApplication::setActiveWindow(&window);
    CHECK(MainWindow::viewNames().contains(QStringLiteral("enterprise")));
    QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
    CHECK(window.currentViewName() == QStringLiteral("enterprise"));
    CHECK(window.findChild<EnterpriseView*>(QStringLiteral("enterpriseView")) != nullptr);
}

TEST_CASE("the enterprise models pass Qt's model tester, empty and with records")
{
    EnterpriseDesk desk;
    ActivityListModel activities;
    ProblemListModel problems;
    QAbstractItemModelTester activityTester(&activities, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester problemTester(&problems, QAbstractItemModelTester::FailureReportingMode::Fatal);
    desk.problem(desk.finance, QDate(2009, 5, 1), QDate(2009, 6, 1));
    Activity visit;
    visit.kind = ActivityKind::DirectLine;
    visit.departmentId = desk.finance.id;
    visit.startDate = QDate(2009, 6, 1);
    REQUIRE(desk.service().saveActivity(visit));
    activities.setItems(*desk.service().activities());
    problems.setItems(*desk.service().problems(), QDate(2009, 6, 15));
    CHECK(activities.rowCount() == 1);
    CHECK(problems.rowCount() == 1);
    for (int column = 0; column < ProblemListModel::ColumnCount; ++column)
        CHECK(problems.headerData(column, Qt::Horizontal).isValid());
}

TEST_CASE("a problem raised from a visit starts with its department, enterprise and day, and is linked to it")
{
    EnterpriseDesk desk;
    Activity visit;
    visit.kind = ActivityKind::ThreeInto;
    visit.departmentId = desk.finance.id;
    visit.startDate = QDate(2009, 6, 10);
    visit.enterpriseName = utf8("常州某某机械有限公司");
    const Result<Activity> saved = desk.service().saveActivity(visit);
    REQUIRE(saved);
    EnterpriseView view(desk.temp.session());
    view.show();
    auto* table = child<QTableView>(&view, "activitiesTableView");
    REQUIRE(table->model()->rowCount() == 1);
    table->setCurrentIndex(table->model()->index(0, 0));

    REQUIRE(withModal<ProblemDialog>(
        [&] { child<QAction>(&view, "raiseProblemAction")->trigger(); },
        [](ProblemDialog* dialog) {
            CHECK(child<QLineEdit>(dialog, "enterpriseLineEdit")->text() == utf8("常州某某机械有限公司"));
            CHECK(child<QDateEdit>(dialog, "raisedDateEdit")->date() == QDate(2009, 6, 10));
            typeText(child<QPlainTextEdit>(dialog, "descriptionPlainTextEdit"), utf8("用工招聘难。"));
            typeText(child<QLineEdit>(dialog, "leaderLineEdit"), utf8("张副局长"));
            typeText(child<QLineEdit>(dialog, "teamLineEdit"), utf8("就业处"));
            typeText(child<QPlainTextEdit>(dialog, "planPlainTextEdit"), utf8("组织专场招聘会。"));
            dialog->accept();
        }));

    const Result<QList<Problem>> problems = desk.service().problems();
    REQUIRE(problems);
    REQUIRE(problems->size() == 1);
    CHECK(problems->first().activityId == saved->id);
    CHECK(problems->first().departmentId == desk.finance.id);
    CHECK(problems->first().enterpriseId == saved->enterpriseId);
    CHECK(child<QTabWidget>(&view, "enterpriseTabWidget")->currentWidget() == child<QWidget>(&view, "problemsTab"));
}

TEST_CASE("opening the concentrated-week milestone explains that it follows the records, and offers no tick")
{
    EnterpriseDesk desk;
    const Result<std::optional<Campaign>> campaign = desk.temp.session().campaigns().current();
    REQUIRE(campaign);
    REQUIRE(campaign->has_value());
    const Milestone* week = nullptr;
    for (const Milestone& m : (*campaign)->milestones) {
        if (m.code == ConcentratedWeeks::kMilestoneCode)
            week = &m;
    }
    REQUIRE(week != nullptr);
    const Result<MilestoneBoard> board = desk.temp.session().milestones().board((*campaign)->id);
    REQUIRE(board);

    MessageBox::setNextAnswer(QMessageBox::Ok); // the explanation; no completion dialog opens
    CHECK_FALSE(editMilestoneCompletion(desk.temp.session(), *board, week->id, desk.finance.id, nullptr));
    CHECK(MessageBox::lastText().contains(week->name));
    CHECK(MessageBox::lastText().contains(ConcentratedWeeks::notTickedByHand(week->name)));
    CHECK_FALSE(desk.temp.session().milestones().completion(week->id, desk.finance.id)->has_value());
}

TEST_CASE("render the enterprise service's tabs and the problem dialog for the documentation", "[.docs]")
{
    const QString folder = qEnvironmentVariable("BRANDDESK_SCREENSHOT_DIR", QStringLiteral("."));
    REQUIRE(QDir().mkpath(folder));
    TempDatabase db;
    REQUIRE(populateDemoData(db.session()).has_value());
    EnterpriseView view(db.session());
    view.show(); // areas load when shown
    view.resize(1280, 720);
    view.show();
    auto* tabs = child<QTabWidget>(&view, "enterpriseTabWidget");
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QApplication::processEvents();
        CHECK(view.grab().save(folder + QStringLiteral("/enterprise-%1.png").arg(tab)));
    }
    REQUIRE(view.problemModel()->rowCount() > 0);
    ProblemDialog dialog(db.session(), view.problemModel()->itemAt(0));
    dialog.show();
    QApplication::processEvents();
    CHECK(dialog.grab().save(folder + QStringLiteral("/enterprise-problem.png")));
    const Result<QList<Problem>> problems = db.session().enterprise().problems();
    REQUIRE(problems);
    CHECK(PdfExport::write(folder + QStringLiteral("/problem-ledger.pdf"),
                           problemledgersheet::build(*problems, db.session().enterprise().today())));
}
