// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The table models are checked by Qt's own model tester, empty, with demo data, and across reloads.
#include "core/campaign/milestoneboard.h"
#include "core/demo/demodata.h"
#include "tests/support/builders.h"
#include "tests/support/tempdatabase.h"
#include "ui/brands/brandtablemodel.h"
#include "ui/campaign/behindlistmodel.h"
#include "ui/campaign/milestonematrixmodel.h"
#include "ui/departments/departmenttablemodel.h"
#include "ui/mainwindow.h"
#include "ui/widgets/filterproxymodel.h"

#include <QAbstractItemModelTester>

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

TEST_CASE("the department and brand models pass Qt's model tester, empty and with demo data")
{
    TempDatabase db;
    DepartmentTableModel departments(db.departments());
    BrandTableModel brands(db.brands());
    FilterProxyModel proxy;
    proxy.setSourceModel(&departments);
    QAbstractItemModelTester departmentTester(&departments, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester brandTester(&brands, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(departments.rowCount() == 0);
    CHECK(brands.rowCount() == 0);

    REQUIRE(populateDemoData(db.session()).has_value());
    departments.reload();
    brands.reload();
    CHECK(departments.rowCount() >= 40);
    CHECK(brands.rowCount() > 0);
    proxy.sort(DepartmentTableModel::BrandsColumn);
    proxy.setSearchText(utf8("市"));
    CHECK(proxy.rowCount() > 0);
}

TEST_CASE("a table of 500 departments loads and every row answers")
{
    TempDatabase db;
    REQUIRE(db.database()
                .transaction([&]() -> Result<void> {
                    for (int i = 0; i < 500; ++i) {
                        Result<Department> d = db.departments().add(aDepartment(utf8("测试部门%1").arg(i)));
                        if (!d)
                            return fail(d.error());
                    }
                    return {};
                })
                .has_value());
    DepartmentTableModel model(db.departments());
    REQUIRE(model.rowCount() == 500);
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK_FALSE(model.index(row, DepartmentTableModel::NameColumn).data().toString().isEmpty());
}

TEST_CASE("every area of the main window renders offscreen at 1280×800")
{
    TempDatabase db;
    REQUIRE(populateDemoData(db.session()).has_value());
    MainWindow window(db.session());
    window.resize(1280, 800);
    window.show();
    for (const QString& name : MainWindow::viewNames()) {
        INFO("view " << name.toStdString());
        REQUIRE(window.showView(name));
        CHECK(window.currentViewName() == name);
        const QImage image = window.grab().toImage();
        CHECK(image.size() == QSize(1280, 800));
    }
    CHECK_FALSE(window.showView(QStringLiteral("no-such-view")));
}

TEST_CASE("the milestone matrix and behind-today models pass Qt's model tester, empty, with demo data and at 500 "
          "departments")
{
    TempDatabase db;
    MilestoneMatrixModel matrix;
    BehindListModel behind;
    QAbstractItemModelTester matrixTester(&matrix, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester behindTester(&behind, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(matrix.rowCount() == 0);
    CHECK(matrix.columnCount() == MilestoneMatrixModel::FirstMilestoneColumn);

    REQUIRE(populateDemoData(db.session()).has_value());
    const Result<std::optional<Campaign>> current = db.session().campaigns().current();
    REQUIRE(current);
    REQUIRE(current->has_value());
    Result<MilestoneBoard> board = db.session().milestones().board((*current)->id);
    REQUIRE(board);
    matrix.setBoard(*board);
    behind.setItems(board->behind(), {});
    CHECK(matrix.rowCount() == board->rows().size());
    CHECK(matrix.columnCount() == MilestoneMatrixModel::FirstMilestoneColumn + (*current)->milestones.size());
    CHECK(behind.rowCount() == board->behind().size());

    QList<Department> many;
    for (int i = 0; i < 500; ++i) {
        Department d = aDepartment(utf8("部门%1").arg(i));
        d.id = i + 1;
        d.enterpriseFacing = i % 2 == 0;
        many.append(d);
    }
    const MilestoneBoard large = MilestoneBoard::build(**current, many, {}, (*current)->phases.last().dates.start);
    matrix.setBoard(large);
    behind.setItems(large.behind(), {});
    CHECK(matrix.rowCount() == 500);
    CHECK(behind.rowCount() > 500); // every department is behind on the phase-1 milestones at least
}
