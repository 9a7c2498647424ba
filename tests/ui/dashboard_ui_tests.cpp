// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demodata.h"
#include "core/services/figurescollector.h"
#include "core/summary/dashboardfigures.h"
#include "tests/support/builders.h"
#include "tests/support/tempdatabase.h"
#include "tests/ui/uidriver.h"
#include "ui/dashboard/cardlistdialog.h"
#include "ui/dashboard/chartdatamodel.h"
#include "ui/dashboard/dashboardchartdata.h"
#include "ui/dashboard/dashboardlistmodel.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/dashboard/trafficlightmodel.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

/// The demo office on Monday 1 June 2009, 10:00, as the summary's tests see it.
void openDemoOffice(TempDatabase& temp)
{
    temp.clock().set(QDateTime(QDate(2009, 6, 1), QTime(10, 0)));
    REQUIRE(populateDemoData(temp.session()));
}

QString cardValue(DashboardView& view, DashboardCard card)
{
    QPushButton* button = view.cardButton(card);
    REQUIRE(button != nullptr);
    return child<QLabel>(button, "valueLabel")->text();
}

/// The figures the view asked for last are on screen (they are collected in the background).
void waitForFigures(const DashboardView& view)
{
    REQUIRE(QTest::qWaitFor([&] { return !view.isLoading(); }, 20000));
}

QStringList messages;
void collectMessage(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    // The offscreen platform's own remark on a window with size constraints is not the dashboard's.
    if (type != QtDebugMsg && type != QtInfoMsg && !message.contains(QLatin1String("propagateSizeHints")))
        messages.append(message);
}

} // namespace

TEST_CASE("each dashboard card shows the summary's figure for the period and lists exactly as many rows")
{
    TempDatabase temp;
    openDemoOffice(temp);
    const Result<std::optional<Campaign>> campaign = temp.session().campaigns().current();
    REQUIRE(campaign);
    REQUIRE(campaign->has_value());
    DashboardView view(temp.session());
    const QDate today(2009, 6, 1);

    const QList<std::pair<DashboardView::Period, std::optional<FiguresPeriod>>> periods = {
        {DashboardView::Period::ThisWeek, FiguresPeriod::ThisWeek},
        {DashboardView::Period::ThisMonth, FiguresPeriod::ThisMonth},
        {DashboardView::Period::ThisPhase, FiguresPeriod::ThisPhase},
        {DashboardView::Period::WholeCampaign, FiguresPeriod::WholeCampaign},
        {DashboardView::Period::Custom, std::nullopt}};
    for (const auto& [choice, kind] : periods) {
        const DateRange expected =
            kind ? figuresPeriod(*kind, **campaign, today) : DateRange{QDate(2009, 5, 1), QDate(2009, 5, 31)};
        if (kind)
            view.setPeriod(choice);
        else
            view.setCustomPeriod(expected);
        waitForFigures(view);
        INFO("period " << expected.start.toString(Qt::ISODate).toStdString() << " – "
                       << expected.end.toString(Qt::ISODate).toStdString());
        REQUIRE(view.period() == expected);

        // The summary's calculation, made afresh for the same period.
        const Result<CampaignFigures> summary = collectCampaignFigures(temp.session(), expected);
        REQUIRE(summary);
        const CampaignFigures& shown = view.figures();
        CHECK(shown.departments == summary->departments);
        CHECK(shown.brands == summary->brands);
        CHECK(shown.departmentsWithoutBrand == summary->departmentsWithoutBrand);
        CHECK(shown.currentPhase == summary->currentPhase);
        CHECK(shown.phaseDaysLeft == summary->phaseDaysLeft);
        CHECK(shown.reportsExpectedThisWeek == summary->reportsExpectedThisWeek);
        CHECK(shown.reportsReceivedThisWeek == summary->reportsReceivedThisWeek);
        CHECK(shown.reports == summary->reports);
        CHECK(shown.milestonesDue == summary->milestonesDue);
        CHECK(shown.milestonesDone == summary->milestonesDone);
        CHECK(shown.milestonesOverdue == summary->milestonesOverdue);
        CHECK(shown.openRectifications == summary->openRectifications);
        CHECK(shown.overdueRectifications == summary->overdueRectifications);

        CHECK(cardValue(view, DashboardCard::Departments) == QString::number(summary->departments));
        CHECK(cardValue(view, DashboardCard::Brands) == QString::number(summary->brands));
        CHECK(cardValue(view, DashboardCard::WithoutBrand) == QString::number(summary->departmentsWithoutBrand));
        CHECK(cardValue(view, DashboardCard::Phase) == summary->currentPhase);
        CHECK(cardValue(view, DashboardCard::ReportsThisWeek) ==
              QStringLiteral("%1/%2").arg(summary->reportsReceivedThisWeek).arg(summary->reportsExpectedThisWeek));
        CHECK(cardValue(view, DashboardCard::OnTimeRate) == summary->reports.onTimeRate());
        CHECK(cardValue(view, DashboardCard::MilestonesOverdue) == QString::number(summary->milestonesOverdue));
        CHECK(cardValue(view, DashboardCard::RectificationsOverdue) == QString::number(summary->overdueRectifications));

        CHECK(dashboardcards::count(DashboardCard::ReportsThisWeek, *summary) == summary->notYetReported.size());
        for (DashboardCard card : dashboardcards::all()) {
            const int count = dashboardcards::count(card, *summary);
            if (count >= 0) {
                INFO("card " << dashboardcards::objectName(card).toStdString());
                CHECK(view.cardList(card).rows.size() == count);
            }
        }
        CHECK(view.cardList(DashboardCard::OnTimeRate).rows.size() == summary->departments);
        CHECK(view.trafficLights()->rowCount() == summary->departments);
    }
    // The demo has something behind every card worth a call.
    CHECK(view.figures().departmentsWithoutBrand > 0);
    CHECK(view.figures().milestonesOverdue > 0);

    // Clicking a card opens its list: as many rows as the card says.
    view.setPeriod(DashboardView::Period::WholeCampaign);
    waitForFigures(view);
    for (DashboardCard card : dashboardcards::all()) {
        INFO("card " << dashboardcards::objectName(card).toStdString());
        const int count = dashboardcards::count(card, view.figures());
        int rows = -1;
        CHECK(withModal<CardListDialog>([&] { view.cardButton(card)->click(); },
                                        [&](CardListDialog* dialog) {
                                            QAbstractItemModelTester tester(
                                                dialog->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
                                            rows = dialog->model()->rowCount();
                                        }));
        if (count >= 0)
            CHECK(rows == count);
        else
            CHECK(rows >= 0);
    }
}

TEST_CASE("the dashboard's chart and traffic-light models pass Qt's model tester, empty and with 500 departments")
{
    TrafficLightModel lights;
    ChartDataModel weekly, categories, completeness, behind;
    DashboardListModel list;
    QAbstractItemModelTester lightsTester(&lights, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester weeklyTester(&weekly, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester categoriesTester(&categories, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester completenessTester(&completeness, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester behindTester(&behind, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester listTester(&list, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // A fresh database: no campaign, no department.
    TempDatabase fresh;
    DashboardView empty(fresh.session());
    CHECK(empty.figures().departments == 0);
    for (ChartDataModel* model : empty.chartModels())
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(empty.trafficLights()->rowCount() == 0);
    CHECK(empty.cardList(DashboardCard::Departments).rows.isEmpty());
    const CampaignFigures none;
    lights.setFigures(none);
    dashboardcharts::fillWeeklyOnTime(&weekly, {}, {});
    dashboardcharts::fillMilestonesByCategory(&categories, none);
    dashboardcharts::fillCompleteness(&completeness, none);
    dashboardcharts::fillFurthestBehind(&behind, none);
    CHECK(lights.rowCount() == 0);
    CHECK(weekly.rowCount() == 0);
    CHECK(categories.rowCount() == 0);
    CHECK(behind.rowCount() == 0);
    const dashboardcards::List departments = dashboardcards::list(DashboardCard::Departments, none, {}, {});
    list.setList(departments.headers, departments.rows);
    CHECK(list.rowCount() == 0);

    // 500 departments on the demo campaign, two in three behind somewhere.
    TempDatabase temp;
    openDemoOffice(temp);
    const Result<std::optional<Campaign>> campaign = temp.session().campaigns().current();
    REQUIRE(campaign);
    REQUIRE(campaign->has_value());
    QList<Department> many;
    QList<DepartmentOverview> overviews;
    QList<RectificationFact> rectifications;
    for (int i = 0; i < 500; ++i) {
        Department d = aDepartment(QStringLiteral("部门%1").arg(i));
        d.id = i + 1;
        d.category = allDepartmentCategories().at(i % allDepartmentCategories().size());
        d.createdAt = QDateTime(QDate(2009, 1, 1), QTime(0, 0));
        many.append(d);
        overviews.append({d, i % 3, i % 3 == 0 ? -1 : (i * 7) % 101});
        if (i % 5 == 0)
            rectifications.append({d.id, QDate(2009, 5, 20), true, 1, QStringLiteral("整改%1").arg(i)});
    }
    const QDate today(2009, 6, 1);
    const ReportCompliance compliance = ReportCompliance::build(**campaign, many, {}, temp.clock().nowUtc());
    const MilestoneBoard board = MilestoneBoard::build(**campaign, many, {}, today);
    const DateRange period = figuresPeriod(FiguresPeriod::WholeCampaign, **campaign, today);
    const CampaignFigures large =
        CampaignFigures::build(**campaign, period, today, overviews, board, compliance, rectifications, {});
    REQUIRE(large.departments == 500);
    lights.setFigures(large);
    dashboardcharts::fillWeeklyOnTime(&weekly, compliance, period);
    dashboardcharts::fillMilestonesByCategory(&categories, large);
    dashboardcharts::fillCompleteness(&completeness, large);
    dashboardcharts::fillFurthestBehind(&behind, large);
    CHECK(lights.rowCount() == 500);
    CHECK(weekly.rowCount() == dashboardfigures::onTimeRateByWeek(compliance, period).size());
    CHECK(weekly.rowCount() > 0);
    CHECK(categories.rowCount() == allDepartmentCategories().size());
    CHECK(categories.columnCount() == 3);
    CHECK(completeness.rowCount() == 5);
    CHECK(behind.rowCount() == 10);
    CHECK(behind.value(0, 0) >= behind.value(9, 0));
    for (DashboardCard card : dashboardcards::all()) {
        const dashboardcards::List rows = dashboardcards::list(card, large, {}, **campaign);
        list.setList(rows.headers, rows.rows);
        if (const int count = dashboardcards::count(card, large); count >= 0 && card != DashboardCard::Brands)
            CHECK(list.rowCount() == count);
    }
    CHECK(large.overdueRectifications == 100);
}

TEST_CASE("the dashboard renders offscreen at 1280×800 without warnings and offers a leader no edit action")
{
    TempDatabase temp;
    openDemoOffice(temp);
    temp.signInAs(Role::Leader);
    messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectMessage);
    {
        MainWindow window(temp.session());
        window.resize(1280, 800);
        window.show();
        REQUIRE(window.showView(QStringLiteral("dashboard")));
        auto* view = window.findChild<DashboardView*>(QStringLiteral("dashboardView"));
        REQUIRE(view != nullptr);
        waitForFigures(*view);
        QApplication::processEvents();
        const QImage image = window.grab().toImage();
        CHECK_FALSE(image.isNull());
        CHECK(image.size() == QSize(1280, 800));
        view->setLargeFont(true);
        CHECK_FALSE(window.grab().isNull());
        view->setLargeFont(false);

        const QStringList readOnly = {
            QStringLiteral("printDashboardAction"),   QStringLiteral("saveDashboardPdfAction"),
            QStringLiteral("exportAction"),           QStringLiteral("largeFontAction"),
            QStringLiteral("refreshDashboardAction"), QStringLiteral("findAction")};
        for (QAction* action : view->findChildren<QAction*>()) {
            if (action->objectName().isEmpty() || action->objectName().startsWith(QLatin1String("_q_")) ||
                !action->isEnabled())
                continue; // Qt's own actions: a tool bar's extension, a line edit's clear button
            INFO("action " << action->objectName().toStdString());
            CHECK(readOnly.contains(action->objectName()));
        }
        for (QTableView* table : view->findChildren<QTableView*>())
            CHECK(table->editTriggers() == QAbstractItemView::NoEditTriggers);
        const QModelIndex cell = view->trafficLights()->index(0, TrafficLightModel::BrandColumn);
        CHECK_FALSE(view->trafficLights()->flags(cell) & Qt::ItemIsEditable);

        // Double-clicking a department asks for its page: the main window shows the departments.
        auto* table = child<QTableView>(view, "trafficLightTableView");
        emit table->activated(table->model()->index(0, 0));
        CHECK(window.currentViewName() == QStringLiteral("departments"));
    }
    qInstallMessageHandler(previous);
    INFO(messages.join(QLatin1Char('\n')).toStdString());
    CHECK(messages.isEmpty());
}

TEST_CASE("the dashboard refreshes when a service reports a change")
{
    TempDatabase temp;
    openDemoOffice(temp);
    DashboardView view(temp.session());
    view.resize(1280, 800);
    view.show();
    waitForFigures(view);
    const int before = view.figures().departments;
    Department added = aDepartment(QStringLiteral("新设局"));
    REQUIRE(temp.departments().add(added));
    CHECK(QTest::qWaitFor([&] { return view.figures().departments == before + 1; }, 2000));
    CHECK(cardValue(view, DashboardCard::Departments) == QString::number(before + 1));
}
