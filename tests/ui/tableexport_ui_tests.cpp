// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Export of what a view shows: columns as the user arranged them, rows as the proxy sorted and filtered them.
#include "tests/support/stringmakers.h"
#include "ui/widgets/filedialog.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/tableexport.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QVBoxLayout>

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

QStandardItem* item(const QVariant& value)
{
    auto* cell = new QStandardItem;
    cell->setData(value, Qt::DisplayRole); // QStandardItem keeps Display and Edit in one slot
    return cell;
}

/// Departments with an internal id, a report count, a score, a deadline and a phone number.
void fill(QStandardItemModel& model)
{
    model.setHorizontalHeaderLabels({QStringLiteral("部门"), QStringLiteral("编号"), QStringLiteral("周报"),
                                     QStringLiteral("得分"), QStringLiteral("截止日期"), QStringLiteral("电话")});
    const auto add = [&model](const char* name, int id, int reports, double score, QDate due, const char* phone) {
        model.appendRow({item(QString::fromUtf8(name)), item(id), item(reports), item(score), item(due),
                         item(QString::fromUtf8(phone))});
    };
    add("市财政局", 11, 3, 85.5, QDate(2009, 5, 20), "0519-85681234");
    add("市教育局", 12, 7, 90.25, QDate(2009, 7, 31), "0519-85682345");
    add("市卫生局（停用）", 13, 9, 70.0, QDate(2009, 5, 20), "");
    add("市交通局", 14, 5, 60.0, QDate(), "=cmd");
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("an exported view holds its visible columns in visual order and the proxy's rows, typed by EditRole")
{
    QStandardItemModel model;
    fill(model);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterKeyColumn(0);
    proxy.setFilterRegularExpression(QStringLiteral("^(?!.*停用)"));
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(2, Qt::DescendingOrder);
    view.setColumnHidden(1, true);
    view.horizontalHeader()->moveSection(4, 0); // the deadline dragged to the front

    const ExportTable table = tableexport::fromView(&view, QStringLiteral("部门名单"));
    CHECK(table.title == QStringLiteral("部门名单"));
    CHECK(table.headers == QStringList{QStringLiteral("截止日期"), QStringLiteral("部门"), QStringLiteral("周报"),
                                       QStringLiteral("得分"), QStringLiteral("电话")});
    REQUIRE(table.rows.size() == 3);
    CHECK(table.rows.at(0) ==
          QVariantList{QDate(2009, 7, 31), QStringLiteral("市教育局"), 7, 90.25, QStringLiteral("0519-85682345")});
    CHECK(table.rows.at(1) ==
          QVariantList{QVariant(QString()), QStringLiteral("市交通局"), 5, 60.0, QStringLiteral("=cmd")});
    CHECK(table.rows.at(2) ==
          QVariantList{QDate(2009, 5, 20), QStringLiteral("市财政局"), 3, 85.5, QStringLiteral("0519-85681234")});
    CHECK(ExportTable::kindOf(table.rows.at(0).at(0)) == ExportTable::CellKind::Date);
    CHECK(ExportTable::kindOf(table.rows.at(0).at(2)) == ExportTable::CellKind::Integer);
    CHECK(ExportTable::kindOf(table.rows.at(0).at(3)) == ExportTable::CellKind::Decimal);
    CHECK(ExportTable::kindOf(table.rows.at(0).at(4)) == ExportTable::CellKind::Text);

    SECTION("rows hidden in the view are left out")
    {
        view.setRowHidden(1, true);
        const ExportTable shown = tableexport::fromView(&view, QString());
        REQUIRE(shown.rows.size() == 2);
        CHECK(shown.rows.at(1).at(1) == QStringLiteral("市财政局"));
    }
}

TEST_CASE("an exported tree view lists every row depth first, collapsed ones too")
{
    QStandardItemModel model;
    model.setHorizontalHeaderLabels({QStringLiteral("阶段"), QStringLiteral("任务数")});
    QList<QStandardItem*> first{item(QStringLiteral("培育打造")), item(5)};
    first.front()->appendRow({item(QStringLiteral("讨论活动")), item(1)});
    model.appendRow(first);
    model.appendRow({item(QStringLiteral("实践推进")), item(8)});
    QTreeView view;
    view.setModel(&model);

    const ExportTable table = tableexport::fromView(&view, QStringLiteral("阶段"));
    CHECK(table.headers == QStringList{QStringLiteral("阶段"), QStringLiteral("任务数")});
    CHECK(table.rows == QList<QVariantList>{{QStringLiteral("培育打造"), 5},
                                            {QStringLiteral("讨论活动"), 1},
                                            {QStringLiteral("实践推进"), 8}});
}

TEST_CASE("Ctrl+E on a page asks for a file name and writes the view's table there")
{
    QStandardItemModel model;
    fill(model);
    QWidget page;
    page.setObjectName(QStringLiteral("departmentsPage"));
    auto* view = new QTableView(&page);
    view->setModel(&model);
    view->setColumnHidden(1, true);
    (new QVBoxLayout(&page))->addWidget(view);
    QAction* action = tableexport::addExportAction(&page, view, QStringLiteral("部门名单"));
    CHECK(action->objectName() == QStringLiteral("exportAction"));
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E));
    CHECK(page.actions().contains(action));

    QTemporaryDir folder;
    SECTION("a CSV file")
    {
        const QString path = folder.filePath(QStringLiteral("部门名单.csv"));
        FileDialog::setNextFileName(path);
        action->trigger();
        const QString text = QString::fromUtf8(readFile(path).mid(3));
        CHECK(text.startsWith(
            QStringLiteral("部门,周报,得分,截止日期,电话\r\n市财政局,3,85.5,2009-05-20,0519-85681234\r\n")));
        CHECK(text.endsWith(QStringLiteral("市交通局,5,60,,'=cmd\r\n")));
    }
    SECTION("a name typed without a suffix becomes an Excel workbook")
    {
        FileDialog::setNextFileName(folder.filePath(QStringLiteral("名单")));
        CHECK(tableexport::exportView(&page, view, QStringLiteral("部门名单")));
        CHECK(readFile(folder.filePath(QStringLiteral("名单.xlsx"))).startsWith("PK"));
    }
    SECTION("cancelling the file dialog writes nothing")
    {
        FileDialog::setNextFileName(QString());
        CHECK_FALSE(tableexport::exportView(&page, view, QStringLiteral("部门名单")));
        CHECK(QDir(folder.path()).isEmpty());
    }
    SECTION("a folder that does not exist is reported, and nothing is written")
    {
        FileDialog::setNextFileName(folder.filePath(QStringLiteral("gone/部门名单.xlsx")));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        CHECK_FALSE(tableexport::exportView(&page, view, QStringLiteral("部门名单")));
        CHECK(MessageBox::lastText().contains(QStringLiteral("does not exist")));
        CHECK(QDir(folder.path()).isEmpty());
    }
}
