// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Inspections in the real windows: the keyboard-first inspection form, the list with its filters, overdue
// rectifications in "behind today", and the models under Qt's model tester.
#include "core/demo/demodata.h"
#include "core/services/session.h"
#include "tests/support/builders.h"
#include "tests/support/tempdatabase.h"
#include "tests/ui/uidriver.h"
#include "ui/campaign/behindlistmodel.h"
#include "ui/campaign/behindview.h"
#include "ui/inspections/checklistmodel.h"
#include "ui/inspections/inspectiondialog.h"
#include "ui/inspections/inspectionlistmodel.h"
#include "ui/inspections/inspectionsview.h"
#include "ui/inspections/rectificationmodel.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"
#include "ui/widgets/messagebox.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

/// The 2009 campaign on Monday 2009-06-15 with 市财政局 (administrative, enterprise-facing, brand 阳光财政 with
/// only its name) and 市委宣传部 (party, no brand), registered before the campaign began; a clerk signed in.
struct InspectionDesk {
    TempDatabase temp;
    Department finance;
    Department publicity;

    InspectionDesk()
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
        REQUIRE(temp.brands().add(aBrand(finance.id, "阳光财政")));
        temp.clock().set(QDateTime(QDate(2009, 6, 15), QTime(10, 0)));
    }

    InspectionService& inspections() { return temp.session().inspections(); }

    /// An inspection of `department` on `date` with one open demand due on `deadline`.
    Inspection record(const Department& department, const QDate& date, const QDate& deadline)
    {
        Result<QList<InspectionCheck>> checks = inspections().checklistFor(department.id, date);
        REQUIRE(checks);
        Inspection inspection;
        inspection.departmentId = department.id;
        inspection.date = date;
        inspection.inspectors = QStringLiteral("张建华、李明");
        inspection.checks = *checks;
        inspection.findings = QStringLiteral("品牌标识尚未确定。");
        Rectification r;
        r.demand = QStringLiteral("确定品牌标识并报送。");
        r.deadline = deadline;
        inspection.rectifications = {r};
        const Result<Inspection> saved = inspections().save(inspection);
        INFO((saved ? std::string() : saved.error().message.toStdString()));
        REQUIRE(saved);
        return *saved;
    }
};

} // namespace

TEST_CASE("a clerk records an inspection from the keyboard: checklist by 1, 2, 3 and a demand by Ctrl+Ins")
{
    InspectionDesk desk;
    InspectionDialog dialog(desk.temp.session());
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    CHECK(child<QDateEdit>(&dialog, "dateDateEdit")->date() == QDate(2009, 6, 15));
    CHECK(dialog.checklistModel()->rowCount() == 0);

    typeText(child<QComboBox>(&dialog, "departmentComboBox")->lineEdit(), QStringLiteral("财政"));
    // Five standards, the five milestones of phase 1 and 局长直通车 (enterprise-facing, due 10 June).
    REQUIRE(dialog.checklistModel()->rowCount() == 11);
    CHECK(dialog.checklistModel()->checks().at(0).result == CheckResult::Met); // the brand has its name
    typeText(child<QLineEdit>(&dialog, "inspectorsLineEdit"), QStringLiteral("张建华、李明"));

    auto* checklist = child<QTableView>(&dialog, "checklistTableView");
    checklist->setFocus();
    checklist->setCurrentIndex(dialog.checklistModel()->index(1, ChecklistModel::ResultColumn));
    QTest::keyClick(checklist, Qt::Key_2);
    QTest::keyClick(checklist, Qt::Key_3);
    QTest::keyClick(checklist, Qt::Key_1);
    QTest::keyClick(checklist, Qt::Key_0);
    const QList<InspectionCheck>& checks = dialog.checklistModel()->checks();
    CHECK(checks.at(1).result == CheckResult::Partly);
    CHECK(checks.at(2).result == CheckResult::NotMet);
    CHECK(checks.at(3).result == CheckResult::Met);
    CHECK(checks.at(4).result == CheckResult::NotChecked);
    CHECK(checklist->currentIndex().row() == 5); // each key moves on to the next item

    typeText(child<QPlainTextEdit>(&dialog, "findingsPlainTextEdit"), QStringLiteral("品牌标识尚未确定，宣传不够。"));
    QTest::keyClick(&dialog, Qt::Key_Insert, Qt::ControlModifier);
    REQUIRE(dialog.rectificationModel()->rowCount() == 1);
    QWidget* editor = QApplication::focusWidget();
    REQUIRE(qobject_cast<QLineEdit*>(editor) != nullptr);
    typeText(editor, QStringLiteral("一个月内确定品牌标识并报送。"));
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents(); // the delegate commits on Enter through a queued call
    CHECK(dialog.rectificationModel()->rectifications().at(0).demand == QStringLiteral("一个月内确定品牌标识并报送。"));
    CHECK(dialog.rectificationModel()->rectifications().at(0).deadline == QDate(2009, 7, 15));

    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    INFO(MessageBox::lastText().toStdString());
    REQUIRE(dialog.saved().id != 0);
    CHECK_FALSE(dialog.isVisible());

    const Result<Inspection> stored = desk.inspections().find(dialog.saved().id);
    REQUIRE(stored);
    CHECK(stored->departmentId == desk.finance.id);
    CHECK(stored->date == QDate(2009, 6, 15));
    CHECK(stored->inspectors == QStringLiteral("张建华、李明"));
    CHECK(stored->checks.size() == 11);
    CHECK(stored->checks.at(1).result == CheckResult::Partly);
    CHECK(stored->checks.at(2).result == CheckResult::NotMet);
    CHECK(stored->findings == QStringLiteral("品牌标识尚未确定，宣传不够。"));
    REQUIRE(stored->rectifications.size() == 1);
    CHECK(stored->rectifications.at(0).demand == QStringLiteral("一个月内确定品牌标识并报送。"));
    CHECK(stored->rectifications.at(0).deadline == QDate(2009, 7, 15));
    CHECK(stored->rectifications.at(0).status == RectificationStatus::Open);
}

TEST_CASE("following a demand up: marked done in the form, it is dated today")
{
    InspectionDesk desk;
    const Inspection saved = desk.record(desk.finance, QDate(2009, 6, 1), QDate(2009, 6, 30));
    InspectionDialog dialog(desk.temp.session(), saved);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    CHECK(child<QComboBox>(&dialog, "departmentComboBox")->currentText() == QStringLiteral("市财政局"));
    RectificationModel* demands = dialog.rectificationModel();
    REQUIRE(demands->setData(demands->index(0, RectificationModel::StatusColumn), int(RectificationStatus::Done)));
    REQUIRE(demands->setData(demands->index(0, RectificationModel::FollowUpColumn), QStringLiteral("已整改到位。")));
    CHECK(demands->index(0, RectificationModel::DoneDateColumn).data().toString() == QStringLiteral("2009-06-15"));
    REQUIRE(dialog.save());
    const Result<Inspection> stored = desk.inspections().find(saved.id);
    REQUIRE(stored);
    CHECK(stored->version == 2);
    CHECK(stored->rectifications.at(0).isDone());
    CHECK(stored->rectifications.at(0).doneDate == QDate(2009, 6, 15));
    CHECK(stored->rectifications.at(0).followUp == QStringLiteral("已整改到位。"));
    CHECK(stored->checks == saved.checks); // a stored inspection keeps the checklist it was made with
}

TEST_CASE("closing the inspection form with unsaved input asks first, and Cancel keeps it")
{
    InspectionDesk desk;
    InspectionDialog dialog(desk.temp.session());
    dialog.show();
    typeText(child<QLineEdit>(&dialog, "inspectorsLineEdit"), QStringLiteral("张建华"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    dialog.reject();
    CHECK(dialog.isVisible());
    CHECK(MessageBox::lastText().contains(QStringLiteral("Discard")));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    dialog.reject();
    CHECK_FALSE(dialog.isVisible());

    const Inspection saved = desk.record(desk.publicity, QDate(2009, 6, 1), QDate(2009, 6, 30));
    InspectionDialog unchanged(desk.temp.session(), saved);
    unchanged.show();
    MessageBox::setNextAnswer(QMessageBox::Cancel); // not asked: nothing changed
    unchanged.reject();
    CHECK_FALSE(unchanged.isVisible());
}

TEST_CASE("a mistake in the form is explained and nothing is saved")
{
    InspectionDesk desk;
    InspectionDialog dialog(desk.temp.session(), desk.finance.id);
    dialog.show();
    CHECK(child<QComboBox>(&dialog, "departmentComboBox")->currentText() == QStringLiteral("市财政局"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(dialog.save());
    CHECK(MessageBox::lastText().contains(QStringLiteral("Enter at least one inspector.")));
    CHECK(dialog.isVisible());
    const Result<QList<InspectionListItem>> none = desk.inspections().list();
    REQUIRE(none);
    CHECK(none->isEmpty());
    MessageBox::setNextAnswer(QMessageBox::Discard);
    dialog.reject();
}

TEST_CASE("behind today lists an overdue rectification, and activating it opens the inspection")
{
    InspectionDesk desk;
    const Inspection overdue = desk.record(desk.publicity, QDate(2009, 5, 25), QDate(2009, 6, 5));
    desk.record(desk.finance, QDate(2009, 6, 10), QDate(2009, 6, 15)); // due today: not yet overdue
    BehindView view(desk.temp.session());
    view.show();
    REQUIRE(QTest::qWaitFor([&] { return !view.isLoading(); }, 20000)); // read in the background
    int found = -1;
    for (int row = 0; row < view.model()->rowCount(); ++row)
        if (view.model()->itemAt(row).kind == BehindItem::Kind::Rectification) {
            CHECK(found == -1);
            found = row;
        }
    REQUIRE(found >= 0);
    const BehindItem& item = view.model()->itemAt(found);
    CHECK(item.title == QStringLiteral("Rectification: 确定品牌标识并报送。"));
    CHECK(item.departmentId == desk.publicity.id);
    CHECK(item.itemId == overdue.id);
    CHECK(item.due == QDate(2009, 6, 5));
    CHECK(item.daysOverdue == 10);
    CHECK(item.light == Light::Red);
    CHECK(view.model()->index(found, BehindListModel::StateColumn).data().toString() ==
          QStringLiteral("10 day(s) overdue"));
    CHECK(child<QLabel>(&view, "headlineLabel")->text().contains(QStringLiteral("1 rectification demand(s)")));

    auto* table = child<QTableView>(&view, "behindTableView");
    auto* proxy = qobject_cast<QSortFilterProxyModel*>(table->model());
    REQUIRE(proxy != nullptr);
    const QModelIndex cell = proxy->mapFromSource(view.model()->index(found, BehindListModel::ItemColumn));
    qint64 opened = 0;
    const bool shown = withModal<InspectionDialog>(
        [&] { emit table->activated(cell); },
        [&](InspectionDialog* dialog) {
            opened = dialog->rectificationModel()->rectifications().size();
            CHECK(child<QComboBox>(dialog, "departmentComboBox")->currentText() == QStringLiteral("市委宣传部"));
            dialog->reject();
        });
    CHECK(shown);
    CHECK(opened == 1);

    SECTION("and once done, it leaves the list")
    {
        Inspection done = overdue;
        done.rectifications[0].status = RectificationStatus::Done;
        done.rectifications[0].doneDate = QDate(2009, 6, 14);
        REQUIRE(desk.inspections().save(done));
        REQUIRE(QTest::qWaitFor([&] { return !view.isLoading(); }, 20000));
        for (int row = 0; row < view.model()->rowCount(); ++row)
            CHECK(view.model()->itemAt(row).kind == BehindItem::Kind::Milestone);
    }
}

TEST_CASE("the inspections list filters by department, category and overdue rectifications")
{
    InspectionDesk desk;
    desk.record(desk.publicity, QDate(2009, 5, 25), QDate(2009, 6, 5)); // overdue
    desk.record(desk.finance, QDate(2009, 6, 10), QDate(2009, 7, 10));
    desk.record(desk.finance, QDate(2009, 6, 12), QDate(2009, 7, 12));
    InspectionsView view(desk.temp.session());
    view.show();
    REQUIRE(view.model()->rowCount() == 3);
    CHECK(view.model()->itemAt(0).date == QDate(2009, 6, 12)); // newest first
    CHECK(view.shownCount() == 3);
    CHECK(child<QLabel>(&view, "resultLabel")->text() ==
          QStringLiteral("3 inspection(s); 1 rectification demand(s) overdue"));

    auto* overdueOnly = child<QCheckBox>(&view, "overdueOnlyCheckBox");
    overdueOnly->setChecked(true);
    CHECK(view.shownCount() == 1);
    overdueOnly->setChecked(false);

    auto* departments = child<QComboBox>(&view, "departmentComboBox");
    departments->setCurrentIndex(departments->findData(desk.finance.id));
    CHECK(view.shownCount() == 2);
    departments->setCurrentIndex(0);
    auto* categories = child<QComboBox>(&view, "categoryComboBox");
    categories->setCurrentIndex(categories->findData(int(DepartmentCategory::PartyMass)));
    CHECK(view.shownCount() == 1);
    categories->setCurrentIndex(0);
    typeText(child<QLineEdit>(&view, "searchLineEdit"), QStringLiteral("宣传部"));
    CHECK(view.shownCount() == 1);

    CHECK(view.model()->itemAt(1).departmentId == desk.finance.id);
    CHECK(view.model()->index(1, InspectionListModel::RectificationsColumn).data().toString() ==
          QStringLiteral("1 open"));
    CHECK(view.model()->index(2, InspectionListModel::RectificationsColumn).data().toString() ==
          QStringLiteral("1 open, 1 overdue"));
}

TEST_CASE("deleting an inspection from the list asks first")
{
    InspectionDesk desk;
    desk.record(desk.finance, QDate(2009, 6, 10), QDate(2009, 7, 10));
    InspectionsView view(desk.temp.session());
    view.show();
    auto* table = child<QTableView>(&view, "inspectionsTableView");
    table->selectRow(0);
    MessageBox::setNextAnswer(QMessageBox::No);
    view.deleteSelected();
    CHECK(view.model()->rowCount() == 1);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    view.deleteSelected();
    CHECK(view.model()->rowCount() == 0);
}

TEST_CASE("a leader sees the inspections but cannot record, change or delete one")
{
    InspectionDesk desk;
    const Inspection saved = desk.record(desk.finance, QDate(2009, 6, 10), QDate(2009, 7, 10));
    desk.temp.signInAs(Role::Leader);
    InspectionsView view(desk.temp.session());
    CHECK_FALSE(child<QAction>(&view, "newInspectionAction")->isEnabled());
    CHECK_FALSE(child<QAction>(&view, "deleteInspectionAction")->isEnabled());
    CHECK(child<QAction>(&view, "openInspectionAction")->isEnabled());
    CHECK(child<QAction>(&view, "exportAction")->isEnabled());

    InspectionDialog dialog(desk.temp.session(), saved);
    CHECK(dialog.isReadOnly());
    CHECK_FALSE(child<QPushButton>(&dialog, "savePushButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(&dialog, "addRectificationPushButton")->isEnabled());
    CHECK(child<QLineEdit>(&dialog, "inspectorsLineEdit")->isReadOnly());
    CHECK_FALSE(dialog.checklistModel()->flags(dialog.checklistModel()->index(0, ChecklistModel::ResultColumn)) &
                Qt::ItemIsEditable);
    CHECK_FALSE(dialog.save());
}

TEST_CASE("the main window opens the inspections with Ctrl+8")
{
    InspectionDesk desk;
    MainWindow window(desk.temp.session());
    window.show();
    QApplication::setActiveWindow(&window);
    CHECK(MainWindow::viewNames().contains(QStringLiteral("inspections")));
    QTest::keyClick(&window, Qt::Key_8, Qt::ControlModifier);
    CHECK(window.currentViewName() == QStringLiteral("inspections"));
    CHECK(window.findChild<InspectionsView*>(QStringLiteral("inspectionsView")) != nullptr);
}

TEST_CASE("the inspection models pass Qt's model tester, empty, with demo data and at 500 rows")
{
    TempDatabase temp;
    InspectionListModel list;
    ChecklistModel checklist;
    RectificationModel demands;
    QAbstractItemModelTester listTester(&list, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester checklistTester(&checklist, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester demandsTester(&demands, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(list.rowCount() == 0);
    CHECK(list.columnCount() == InspectionListModel::ColumnCount);

    REQUIRE(populateDemoData(temp.session()));
    const Result<QList<InspectionListItem>> items = temp.session().inspections().list();
    REQUIRE(items);
    CHECK(items->size() >= 5);
    list.setItems(*items);
    CHECK(list.rowCount() == items->size());
    const Result<Inspection> first = temp.session().inspections().find(items->at(0).id);
    REQUIRE(first);
    checklist.setChecks(first->checks);
    demands.setToday(temp.clock().today());
    demands.setRectifications(first->rectifications);
    CHECK(checklist.rowCount() == first->checks.size());
    checklist.setResult(0, CheckResult::NotMet);
    demands.addRectification(QDate(2009, 6, 30));
    demands.removeRectification(0);

    // The demo has demands overdue and demands done.
    const Result<QList<RectificationItem>> overdue = temp.session().inspections().overdueRectifications();
    REQUIRE(overdue);
    CHECK_FALSE(overdue->isEmpty());
    CHECK(std::any_of(items->begin(), items->end(),
                      [](const InspectionListItem& item) { return item.rectificationCount > item.openCount; }));

    QList<InspectionListItem> many;
    for (int i = 0; i < 500; ++i) {
        InspectionListItem item;
        item.id = i + 1;
        item.departmentId = i % 40 + 1;
        item.departmentName = utf8("部门%1").arg(i % 40);
        item.date = QDate(2009, 5, 1).addDays(i % 60);
        item.kind = allInspectionKinds().at(i % 3);
        item.inspectors = QStringLiteral("张建华、李明");
        item.checkCount = 12;
        item.notMetCount = i % 5;
        item.rectificationCount = i % 3;
        item.openCount = i % 2 == 0 ? item.rectificationCount : 0;
        item.overdueCount = i % 4 == 0 ? item.openCount : 0;
        many.append(item);
    }
    list.setItems(many);
    CHECK(list.rowCount() == 500);
    CHECK(list.index(499, InspectionListModel::DepartmentColumn).data().toString() == QStringLiteral("部门19"));
}

TEST_CASE("render the inspection form and list for the documentation", "[.docs]")
{
    const QString folder = qEnvironmentVariable("BRANDDESK_SCREENSHOT_DIR", QStringLiteral("."));
    REQUIRE(QDir().mkpath(folder));
    installTranslations(qEnvironmentVariable("BRANDDESK_LANG", QStringLiteral("zh_CN")));
    TempDatabase temp;
    REQUIRE(populateDemoData(temp.session()));
    const Result<QList<InspectionListItem>> items = temp.session().inspections().list();
    REQUIRE(items);
    REQUIRE_FALSE(items->isEmpty());
    const auto withDemands = std::find_if(items->begin(), items->end(), [](const InspectionListItem& item) {
        return item.overdueCount > 0 && item.rectificationCount > 1;
    });
    const Result<Inspection> inspection =
        temp.session().inspections().find(withDemands != items->end() ? withDemands->id : items->at(0).id);
    REQUIRE(inspection);
    InspectionDialog dialog(temp.session(), *inspection);
    dialog.show();
    QApplication::processEvents();
    CHECK(dialog.grab().save(folder + QStringLiteral("/inspection-dialog.png")));
    dialog.done(QDialog::Rejected);
}
