// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// One fact, one figure: the Milestones view, Behind today and the dashboard agree on the demo database.
#include "core/demo/demodata.h"
#include "core/services/figurescollector.h"
#include "tests/support/tempdatabase.h"
#include "tests/ui/uidriver.h"
#include "ui/campaign/behindview.h"
#include "ui/campaign/milestonematrixmodel.h"
#include "ui/campaign/milestonesview.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/dashboard/trafficlightmodel.h"
#include "ui/widgets/itemroles.h"

#include <QLabel>

#include <QTest>

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

TEST_CASE("the Milestones view, Behind today, the dashboard and the summary show one figure per fact")
{
    TempDatabase temp;
    temp.clock().set(QDateTime(QDate(2009, 6, 1), QTime(10, 0)));
    REQUIRE(populateDemoData(temp.session()));

    MilestonesView milestones(temp.session());
    BehindView behind(temp.session());
    DashboardView dashboard(temp.session());
    dashboard.setPeriod(DashboardView::Period::ThisWeek); // ends after today: judged as of today, as the board
    for (QWidget* view : std::initializer_list<QWidget*>{&milestones, &behind, &dashboard}) {
        view->show(); // the lists load when first shown
        QApplication::processEvents();
    }
    // The board is read in the background.
    REQUIRE(QTest::qWaitFor([&] { return !milestones.isLoading() && !behind.isLoading(); }, 20000));
    const CampaignFigures& figures = dashboard.figures();
    REQUIRE(figures.cutoff == temp.clock().today());
    const Result<CampaignFigures> summary = collectCampaignFigures(temp.session(), figures.period);
    REQUIRE(summary);

    // "Done / due so far": the same pair, department by department, in the Milestones view, the dashboard's traffic
    // lights and the summary's table; "done / applicable" is a different figure under a different label.
    const MilestoneMatrixModel* matrix = milestones.model();
    QHash<QString, QString> doneOfDue;
    int departmentsBehind = 0;
    int differentFigures = 0;
    for (int row = 0; row < matrix->rowCount(); ++row) {
        const QString name = matrix->index(row, MilestoneMatrixModel::DepartmentColumn).data().toString();
        const QString dueFigure = matrix->index(row, MilestoneMatrixModel::DueColumn).data().toString();
        doneOfDue.insert(name, dueFigure);
        if (dueFigure != matrix->index(row, MilestoneMatrixModel::ProgressColumn).data().toString())
            ++differentFigures;
        if (matrix->index(row, 0).data(NeedsAttentionRole).toBool())
            ++departmentsBehind;
    }
    CHECK(differentFigures > 0); // the demo has milestones done ahead of their deadline: two facts, told apart
    CHECK(matrix->headerData(MilestoneMatrixModel::ProgressColumn, Qt::Horizontal) !=
          matrix->headerData(MilestoneMatrixModel::DueColumn, Qt::Horizontal));
    REQUIRE(doneOfDue.size() == summary->rows.size());
    const TrafficLightModel* lights = dashboard.trafficLights();
    REQUIRE(lights->rowCount() == summary->rows.size());
    int summaryBehind = 0;
    for (int row = 0; row < lights->rowCount(); ++row) {
        const QString name = lights->index(row, TrafficLightModel::DepartmentColumn).data().toString();
        const QString shown = lights->index(row, TrafficLightModel::MilestonesColumn).data().toString();
        INFO(name.toStdString() << ": " << shown.toStdString());
        REQUIRE(doneOfDue.contains(name));
        CHECK(shown.section(QLatin1Char(','), 0, 0) == doneOfDue.value(name));
    }
    for (const DepartmentFigures& row : summary->rows) {
        INFO(row.department.name.toStdString());
        CHECK(QStringLiteral("%1/%2").arg(row.milestonesDone).arg(row.milestonesDue) ==
              doneOfDue.value(row.department.name));
        if (row.milestonesOverdue > 0)
            ++summaryBehind;
    }

    // "Behind on milestones": one count in the Milestones view, Behind today and the summary.
    REQUIRE(departmentsBehind > 0);
    CHECK(summaryBehind == departmentsBehind);
    const QString milestonesSummary = child<QLabel>(&milestones, "summaryLabel")->text();
    CHECK(milestonesSummary.contains(QStringLiteral("; %1 are behind").arg(departmentsBehind)));
    const QString headline = child<QLabel>(&behind, "headlineLabel")->text();
    INFO(headline.toStdString());
    CHECK(headline.contains(QStringLiteral("<b>%1 departments are behind on milestones</b>").arg(departmentsBehind)));
}
