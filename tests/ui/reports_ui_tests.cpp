// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Weekly reports in the real windows: the keyboard-first entry form, the history with full-text search, the
// compliance grid and its call list.
#include "core/demo/demodata.h"
#include "core/services/session.h"
#include "tests/support/builders.h"
#include "tests/support/tempdatabase.h"
#include "tests/ui/uidriver.h"
#include "ui/mainwindow.h"
#include "ui/reports/calllistmodel.h"
#include "ui/reports/compliancemodel.h"
#include "ui/reports/complianceview.h"
#include "ui/reports/highlightdelegate.h"
#include "ui/reports/reportentrydialog.h"
#include "ui/reports/reportlistmodel.h"
#include "ui/reports/reportsview.h"
#include "ui/widgets/departmentpicker.h"
#include "ui/widgets/filedialog.h"
#include "ui/widgets/itemroles.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/tableexport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

const char* const kDepartments[] = {"市财政局", "市公安局", "市教育局", "市民政局", "市卫生局",
                                    "市水利局", "市审计局", "市统计局", "市商务局", "市物价局",
                                    "市司法局", "市农林局", "市体育局", "市旅游局", "市规划局"};

/// The 2009 campaign on Friday 2009-05-15 with the departments above, registered before it began.
struct ReportDesk {
    TempDatabase temp;
    QList<Department> departments;

    ReportDesk()
    {
        temp.signInAs(Role::Administrator);
        REQUIRE(temp.session().campaigns().ensureCurrent(2009));
        temp.signInAs(Role::Clerk);
        const QDateTime start = temp.clock().nowUtc();
        temp.clock().set(QDateTime(QDate(2009, 4, 1), QTime(9, 0)));
        for (const char* name : kDepartments) {
            const Result<Department> added = temp.departments().add(aDepartment(utf8(name)));
            REQUIRE(added);
            departments.append(*added);
        }
        temp.clock().set(start);
    }
};

void logFromKeyboard(ReportEntryDialog& dialog, const QString& department, const QString& content)
{
    auto* combo = child<QComboBox>(&dialog, "departmentComboBox");
    typeText(combo->lineEdit(), department);
    auto* text = child<QPlainTextEdit>(&dialog, "contentPlainTextEdit");
    typeText(text, content);
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
}

} // namespace

TEST_CASE("a clerk logs ten reports from the keyboard, Ctrl+Enter saving each and clearing the form")
{
    ReportDesk desk;
    ReportEntryDialog dialog(desk.temp.session());
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    auto* week = child<QComboBox>(&dialog, "weekComboBox");
    CHECK(week->currentText() == QStringLiteral("2009 week 20 (5/11 – 5/17)"));
    CHECK(child<QDateTimeEdit>(&dialog, "receivedDateTimeEdit")->dateTime() == desk.temp.clock().nowLocal());

    for (int i = 0; i < 10; ++i) {
        // Part of the name is enough: "财政" for 市财政局.
        const QString name = utf8(kDepartments[i]);
        logFromKeyboard(dialog, name.mid(1, 2), QStringLiteral("第%1份：深入企业走访，协调解决问题。").arg(i + 1));
        INFO("report " << i + 1 << ": " << MessageBox::lastText().toStdString());
        REQUIRE(dialog.savedCount() == i + 1);
        CHECK(dialog.lastSaved().departmentId == desk.departments.at(i).id);
        // Cleared for the next one, the week kept, the focus back on the department.
        CHECK(child<QComboBox>(&dialog, "departmentComboBox")->currentText().isEmpty());
        CHECK(child<QPlainTextEdit>(&dialog, "contentPlainTextEdit")->toPlainText().isEmpty());
        CHECK(week->currentText() == QStringLiteral("2009 week 20 (5/11 – 5/17)"));
    }
    CHECK(child<QLabel>(&dialog, "savedLabel")->text().contains(QStringLiteral("(10 in this form)")));

    const Result<ReportSearchResult> stored = desk.temp.session().reports().search({});
    REQUIRE(stored);
    CHECK(stored->total == 10);
    for (const ReportListItem& item : stored->items) {
        CHECK(item.title.startsWith(QStringLiteral("第")));
        CHECK(item.week == ReportWeek::containing(QDate(2009, 5, 11)));
    }
    dialog.done(QDialog::Accepted);
}

TEST_CASE("a name that fits several departments is refused, and nothing is saved")
{
    ReportDesk desk;
    ReportEntryDialog dialog(desk.temp.session());
    dialog.show();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    logFromKeyboard(dialog, QStringLiteral("市"), QStringLiteral("内容"));
    CHECK(dialog.savedCount() == 0);
    CHECK(MessageBox::lastText().contains(QStringLiteral("No single department matches")));
    // The typed content stays for the clerk to correct the department.
    CHECK(child<QPlainTextEdit>(&dialog, "contentPlainTextEdit")->toPlainText() == QStringLiteral("内容"));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    dialog.reject();
}

TEST_CASE("the form says when a report is a supplement, back-filled, or late as entered")
{
    ReportDesk desk;
    ReportEntryDialog dialog(desk.temp.session());
    dialog.show();
    logFromKeyboard(dialog, QStringLiteral("财政"), QStringLiteral("第一份"));
    REQUIRE(dialog.savedCount() == 1);

    auto* combo = child<QComboBox>(&dialog, "departmentComboBox");
    typeText(combo->lineEdit(), QStringLiteral("财政"));
    auto* note = child<QLabel>(&dialog, "weekNoteLabel");
    CHECK(note->text().contains(QStringLiteral("supplement")));
    CHECK(note->text().contains(QStringLiteral("On time")));

    auto* week = child<QComboBox>(&dialog, "weekComboBox");
    week->setCurrentIndex(week->findData(QDate(2009, 5, 4)));
    CHECK_FALSE(note->text().contains(QStringLiteral("supplement")));
    CHECK(note->text().contains(QStringLiteral("back-filled")));
    CHECK(note->text().contains(QStringLiteral("Late"))); // received now, after last Friday
    MessageBox::setNextAnswer(QMessageBox::Discard);
    dialog.reject();
}

TEST_CASE("closing the form with an unsaved report asks first, and Cancel keeps it")
{
    ReportDesk desk;
    ReportEntryDialog dialog(desk.temp.session());
    dialog.show();
    typeText(child<QPlainTextEdit>(&dialog, "contentPlainTextEdit"), QStringLiteral("尚未保存的内容"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    dialog.reject();
    CHECK(dialog.isVisible());
    CHECK(MessageBox::lastText().contains(QStringLiteral("Discard")));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    dialog.reject();
    CHECK_FALSE(dialog.isVisible());
}

TEST_CASE("pasting from Word keeps the text and drops the formatting")
{
    ReportDesk desk;
    ReportEntryDialog dialog(desk.temp.session());
    auto* content = child<QPlainTextEdit>(&dialog, "contentPlainTextEdit");
    auto* mime = new QMimeData;
    mime->setHtml(QStringLiteral("<p style=\"color:red\"><b>优化营商环境</b>，<i>提升效能</i></p>"));
    mime->setText(QStringLiteral("优化营商环境，提升效能"));
    QGuiApplication::clipboard()->setMimeData(mime);
    content->paste();
    CHECK(content->toPlainText() == QStringLiteral("优化营商环境，提升效能"));
    CHECK_FALSE(content->document()->toHtml().contains(QStringLiteral("color:red")));
    content->clear();
    dialog.done(QDialog::Rejected);
}

TEST_CASE("the history finds a report by a term in its content and marks the match")
{
    ReportDesk desk;
    ReportService& reports = desk.temp.session().reports();
    WeeklyReport report;
    report.departmentId = desk.departments.at(0).id;
    report.week = ReportWeek::containing(QDate(2009, 4, 27));
    report.receivedAt = QDateTime(QDate(2009, 4, 30), QTime(10, 0)).toUTC();
    report.content = QStringLiteral("本周围绕优化营商环境开展专项整治。");
    REQUIRE(reports.save(report));
    report.departmentId = desk.departments.at(1).id;
    report.content = QStringLiteral("本周开展治安巡逻。");
    REQUIRE(reports.save(report));

    ReportsView view(desk.temp.session());
    view.show();
    CHECK(view.isLoading()); // read in the background
    REQUIRE(QTest::qWaitFor([&] { return !view.isLoading(); }, 20000));
    CHECK(view.model()->rowCount() == 2);
    auto* search = child<QLineEdit>(&view, "searchLineEdit");
    typeText(search, QStringLiteral("营商环境"));
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return !view.isLoading(); }, 20000));
    REQUIRE(view.model()->rowCount() == 1);
    CHECK(view.model()->itemAt(0).departmentId == desk.departments.at(0).id);
    auto* table = child<QTableView>(&view, "reportsTableView");
    auto* delegate = qobject_cast<HighlightDelegate*>(table->itemDelegateForColumn(ReportListModel::ExcerptColumn));
    REQUIRE(delegate != nullptr);
    CHECK(delegate->terms() == QStringList{QStringLiteral("营商环境")});
    CHECK(HighlightDelegate::matches(view.model()->itemAt(0).excerpt, delegate->terms()).size() == 1);
    CHECK(child<QLabel>(&view, "resultLabel")->text() == QStringLiteral("1 report(s)"));
    // The grid rendered with the marked match paints without trouble.
    CHECK_FALSE(view.grab().isNull());
}

TEST_CASE("a report opened from the search results has every match marked, in Chinese and Latin of either case")
{
    ReportDesk desk;
    WeeklyReport report;
    report.departmentId = desk.departments.at(0).id;
    report.week = ReportWeek::containing(QDate(2009, 4, 27));
    report.receivedAt = QDateTime(QDate(2009, 4, 30), QTime(10, 0)).toUTC();
    report.content =
        QStringLiteral("本周优化营商环境，开通OneStop窗口。\n营商环境专项整治继续；ONESTOP 窗口日均办件 120 件。");
    REQUIRE(desk.temp.session().reports().save(report));

    ReportsView view(desk.temp.session());
    view.show();
    auto* search = child<QLineEdit>(&view, "searchLineEdit");
    typeText(search, QStringLiteral("营商环境 onestop"));
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return !view.isLoading(); }, 20000));
    REQUIRE(view.model()->rowCount() == 1);
    child<QTableView>(&view, "reportsTableView")->selectRow(0);

    QStringList marked;
    const bool opened = withModal<ReportEntryDialog>(
        [&view] { child<QAction>(&view, "openReportAction")->trigger(); },
        [&marked](ReportEntryDialog* dialog) {
            const QTextDocument* document = child<QPlainTextEdit>(dialog, "contentPlainTextEdit")->document();
            const QBrush mark = HighlightDelegate::matchFormat().background();
            for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
                for (const QTextLayout::FormatRange& range : block.layout()->formats())
                    if (range.format.background() == mark)
                        marked.append(block.text().mid(range.start, range.length));
            dialog->reject();
        });
    REQUIRE(opened);
    CHECK(marked == QStringList{QStringLiteral("营商环境"), QStringLiteral("OneStop"), QStringLiteral("营商环境"),
                                QStringLiteral("ONESTOP")});
}

TEST_CASE("a leader sees the reports but cannot log or delete one")
{
    ReportDesk desk;
    desk.temp.signInAs(Role::Leader);
    ReportsView view(desk.temp.session());
    CHECK_FALSE(child<QAction>(&view, "newReportAction")->isEnabled());
    CHECK_FALSE(child<QAction>(&view, "deleteReportAction")->isEnabled());
    CHECK(child<QAction>(&view, "exportAction")->isEnabled());
}

TEST_CASE("a double-click on a week of the compliance grid shows that week's reports of the department")
{
    TempDatabase temp;
    REQUIRE(populateDemoData(temp.session()));
    MainWindow window(temp.session());
    window.show();
    REQUIRE(window.showView(QStringLiteral("compliance")));
    auto* compliance = window.findChild<ComplianceView*>(QStringLiteral("complianceView"));
    REQUIRE(compliance != nullptr);
    REQUIRE(QTest::qWaitFor([&] { return !compliance->isLoading(); }, 20000)); // read in the background
    REQUIRE(compliance->model()->rowCount() > 40);
    auto* grid = child<QTableView>(compliance, "complianceTableView");
    const QModelIndex cell = grid->model()->index(3, ComplianceModel::FirstWeekColumn + 1);
    const qint64 department = cell.data(IdRole).toLongLong();
    emit grid->activated(cell);
    CHECK(window.currentViewName() == QStringLiteral("reports"));
    auto* reports = window.findChild<ReportsView*>(QStringLiteral("reportsView"));
    REQUIRE(reports != nullptr);
    CHECK(reports->filter().departmentId == department);
    CHECK(reports->filter().fromWeek == compliance->model()->weekAt(ComplianceModel::FirstWeekColumn + 1));
    REQUIRE(QTest::qWaitFor([&] { return !reports->isLoading(); }, 20000));
    for (int row = 0; row < reports->model()->rowCount(); ++row)
        CHECK(reports->model()->itemAt(row).departmentId == department);
}

TEST_CASE("the report, compliance and call-list models pass Qt's model tester, empty, demo and at 500 departments")
{
    TempDatabase temp;
    ReportListModel list;
    ComplianceModel grid;
    CallListModel calls;
    QAbstractItemModelTester listTester(&list, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester gridTester(&grid, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester callTester(&calls, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(grid.columnCount() == ComplianceModel::FirstWeekColumn);

    REQUIRE(populateDemoData(temp.session()));
    const Result<std::optional<Campaign>> campaign = temp.session().campaigns().current();
    REQUIRE(campaign);
    REQUIRE(campaign->has_value());
    const Result<ReportSearchResult> found = temp.session().reports().search({});
    REQUIRE(found);
    list.setItems(found->items, **campaign);
    CHECK(list.rowCount() == found->items.size());
    CHECK(list.rowCount() > 50);
    const Result<ReportCompliance> compliance = temp.session().reports().compliance((*campaign)->id);
    REQUIRE(compliance);
    grid.setCompliance(*compliance);
    calls.setCompliance(*compliance);
    CHECK(grid.rowCount() == compliance->rows().size());
    CHECK(calls.rowCount() == compliance->notYetReported().size());

    QList<Department> many;
    for (int i = 0; i < 500; ++i) {
        Department d = aDepartment(utf8("部门%1").arg(i));
        d.id = i + 1;
        d.createdAt = QDateTime(QDate(2009, 1, 1), QTime(0, 0));
        many.append(d);
    }
    const ReportCompliance large = ReportCompliance::build(**campaign, many, {}, temp.clock().nowUtc());
    grid.setCompliance(large);
    calls.setCompliance(large);
    CHECK(grid.rowCount() == 500);
    CHECK(calls.rowCount() == int(large.notYetReported().size()));
    const QModelIndex last = grid.index(499, grid.columnCount() - 1);
    CHECK(last.data(Qt::ToolTipRole).toString().contains(QStringLiteral("部门499")));
}

TEST_CASE("the compliance grid exported to XLSX reads back the same cells in openpyxl")
{
    TempDatabase temp;
    REQUIRE(populateDemoData(temp.session()));
    ComplianceView view(temp.session());
    view.show(); // a view reads its data when it is first shown, in the background
    REQUIRE(QTest::qWaitFor([&] { return !view.isLoading(); }, 20000));
    auto* grid = child<QTableView>(&view, "complianceTableView");
    const QAbstractItemModel* model = grid->model();
    REQUIRE(model->rowCount() > 40);
    const QString path = temp.filePath(QStringLiteral("报送情况.xlsx"));
    FileDialog::setNextFileName(path);
    REQUIRE(tableexport::exportView(&view, grid, QStringLiteral("报送情况")));

    // An independent reader: Debian's python3-openpyxl dumps the sheet as JSON rows.
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import json, sys, openpyxl\n"
                                 "sheet = openpyxl.load_workbook(sys.argv[1]).worksheets[0]\n"
                                 "print(json.dumps([[c for c in row] for row in sheet.iter_rows(values_only=True)], "
                                 "ensure_ascii=False, default=str))"),
                  path});
    REQUIRE(python.waitForFinished(60000));
    INFO(python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() == 0);
    const QJsonArray rows = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    REQUIRE(rows.size() == model->rowCount() + 1);
    const QJsonArray header = rows.at(0).toArray();
    REQUIRE(header.size() == model->columnCount());
    for (int column = 0; column < model->columnCount(); ++column)
        CHECK(header.at(column).toString() == model->headerData(column, Qt::Horizontal).toString());
    for (int row = 0; row < model->rowCount(); ++row) {
        const QJsonArray cells = rows.at(row + 1).toArray();
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString shown = model->index(row, column).data().toString();
            const QJsonValue cell = cells.at(column);
            const QString read = cell.isDouble() ? QString::number(cell.toDouble()) : cell.toString();
            INFO("row " << row << " column " << column);
            CHECK(read == shown);
        }
    }
}

TEST_CASE("Enter in the department list before choosing a row takes the first match the list shows")
{
    ReportDesk desk;
    ReportEntryDialog dialog(desk.temp.session());
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    auto* combo = child<QComboBox>(&dialog, "departmentComboBox");
    QCompleter* completer = combo->completer();
    REQUIRE(completer != nullptr);
    const QString typed = utf8(kDepartments[0]).mid(1, 2); // "财政" of 市财政局
    combo->lineEdit()->setFocus();
    combo->lineEdit()->setText(typed);
    completer->setCompletionPrefix(typed);
    completer->complete();
    QAbstractItemView* list = completer->popup();
    REQUIRE(list->isVisible());
    REQUIRE_FALSE(list->currentIndex().isValid());
    QTest::keyClick(list, Qt::Key_Return);
    CHECK(combo->currentText().startsWith(utf8(kDepartments[0])));
    CHECK(departmentpicker::selectedId(combo) == desk.departments.first().id);
}
