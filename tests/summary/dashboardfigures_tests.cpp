// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/pdfexport.h"
#include "core/services/figurescollector.h"
#include "core/summary/dashboardfigures.h"
#include "core/summary/dashboardsheet.h"
#include "tests/summary/summarytesting.h"
#include "tests/support/poppler.h"

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;
using namespace branddesk::dashboardfigures;

namespace {

QList<DateRange> leadersPeriods(Session& session)
{
    const Result<std::optional<Campaign>> campaign = session.campaigns().current();
    REQUIRE(campaign);
    REQUIRE(campaign->has_value());
    const QDate today = session.clock().today();
    return {figuresPeriod(FiguresPeriod::ThisWeek, **campaign, today),
            figuresPeriod(FiguresPeriod::ThisMonth, **campaign, today),
            figuresPeriod(FiguresPeriod::ThisPhase, **campaign, today),
            figuresPeriod(FiguresPeriod::WholeCampaign, **campaign, today),
            {QDate(2009, 5, 1), QDate(2009, 5, 31)}};
}

} // namespace

TEST_CASE("the dashboard's charts add up to the summary's figures for every period")
{
    DemoOffice office;
    Session& session = office.session();
    const Result<std::optional<Campaign>> campaign = session.campaigns().current();
    REQUIRE(campaign);
    const Result<ReportCompliance> compliance = session.reports().compliance((*campaign)->id);
    REQUIRE(compliance);
    const Result<QList<BrandOverview>> allBrands = session.brands().overviews();
    REQUIRE(allBrands);
    for (const DateRange& period : leadersPeriods(session)) {
        INFO("period " << period.start.toString(Qt::ISODate).toStdString() << " – "
                       << period.end.toString(Qt::ISODate).toStdString());
        const Result<CampaignFigures> figures = collectCampaignFigures(session, period);
        REQUIRE(figures);

        ComplianceCounts weekly;
        for (const WeekCompliance& week : onTimeRateByWeek(*compliance, period))
            weekly += week.counts;
        CHECK(weekly == figures->reports);

        int done = 0, overdue = 0, due = 0;
        for (const CategoryMilestones& category : milestonesByCategory(*figures)) {
            done += category.done;
            overdue += category.overdue;
            due += category.due();
            CHECK(category.open >= 0);
        }
        CHECK(done == figures->milestonesDone);
        CHECK(overdue == figures->milestonesOverdue);
        CHECK(due == figures->milestonesDue);

        int departments = 0;
        const QList<CompletenessBucket> buckets = completenessDistribution(*figures);
        for (const CompletenessBucket& bucket : buckets)
            departments += bucket.departments;
        CHECK(departments == figures->departments);
        CHECK(buckets.first().departments == figures->departmentsWithoutBrand);

        CHECK(brandsOf(*figures, *allBrands).size() == figures->brands);
        CHECK(figures->overdueMilestoneItems.size() == figures->milestonesOverdue);
        CHECK(figures->overdueRectificationItems.size() == figures->overdueRectifications);
    }
    // The whole campaign's line covers every week so far.
    CHECK(onTimeRateByWeek(*compliance).size() == compliance->weeks().size());
}

TEST_CASE("each overdue milestone and rectification is listed once, with its department and title")
{
    DemoOffice office;
    const Result<CampaignFigures> figures =
        collectCampaignFigures(office.session(), {QDate(2009, 4, 21), QDate(2009, 6, 1)});
    REQUIRE(figures);
    REQUIRE(figures->milestonesOverdue > 0);
    for (const BehindItem& item : figures->overdueMilestoneItems) {
        CHECK(item.kind == BehindItem::Kind::Milestone);
        CHECK_FALSE(item.departmentName.isEmpty());
        CHECK_FALSE(item.title.isEmpty());
        CHECK(item.due < figures->cutoff);
        CHECK(item.daysOverdue > 0);
    }

    Campaign campaign;
    campaign.title = QStringLiteral("活动");
    Department finance;
    finance.id = 7;
    finance.name = QStringLiteral("财政局");
    const QList<RectificationFact> facts = {{7, QDate(2009, 5, 10), true, 3, QStringLiteral("补充品牌标识释义")},
                                            {7, QDate(2009, 6, 10), true, 3, QStringLiteral("未到期")},
                                            {7, QDate(2009, 5, 1), false, 2, QStringLiteral("已整改")}};
    const CampaignFigures built =
        CampaignFigures::build(campaign, {QDate(2009, 5, 1), QDate(2009, 5, 31)}, QDate(2009, 6, 1),
                               {DepartmentOverview{finance, 1, 90}}, {}, {}, facts, {});
    CHECK(built.openRectifications == 2);
    REQUIRE(built.overdueRectifications == 1);
    REQUIRE(built.overdueRectificationItems.size() == 1);
    const BehindItem& item = built.overdueRectificationItems.first();
    CHECK(item.kind == BehindItem::Kind::Rectification);
    CHECK(item.departmentName == QStringLiteral("财政局"));
    CHECK(item.title == QStringLiteral("补充品牌标识释义"));
    CHECK(item.itemId == 3);
    CHECK(item.daysOverdue == 21);
}

TEST_CASE("a department's lights turn red for what is missing or overdue and yellow for what is open")
{
    DepartmentFigures row;
    DepartmentLights lights = departmentLights(row);
    CHECK(lights.brand == Light::Red); // no brand
    CHECK(lights.milestones == Light::Grey);
    CHECK(lights.reports == Light::Grey);
    CHECK(lights.rectifications == Light::Green);

    row.brandCount = 1;
    row.bestCompleteness = kGoodCompleteness - 1;
    row.milestonesDue = 2;
    row.milestonesDone = 1;
    row.reports.onTime = 3;
    row.reports.late = 1;
    row.openRectifications = 1;
    lights = departmentLights(row);
    CHECK(lights.brand == Light::Yellow);
    CHECK(lights.milestones == Light::Yellow);
    CHECK(lights.reports == Light::Yellow);
    CHECK(lights.rectifications == Light::Yellow);

    row.bestCompleteness = kGoodCompleteness;
    row.milestonesDone = 2;
    row.reports.late = 0;
    row.openRectifications = 0;
    lights = departmentLights(row);
    CHECK(lights.brand == Light::Green);
    CHECK(lights.milestones == Light::Green);
    CHECK(lights.reports == Light::Green);

    row.milestonesDone = 1;
    row.milestonesOverdue = 1;
    row.reports.missing = 1;
    row.openRectifications = 1;
    row.overdueRectifications = 1;
    lights = departmentLights(row);
    CHECK(lights.milestones == Light::Red);
    CHECK(lights.reports == Light::Red);
    CHECK(lights.rectifications == Light::Red);
}

TEST_CASE("brand completeness falls into five buckets, the first for departments without a brand")
{
    CampaignFigures figures;
    for (int percent : {-1, -1, 0, 49, 50, 79, 80, 99, 100}) {
        DepartmentFigures row;
        row.bestCompleteness = percent;
        row.brandCount = percent < 0 ? 0 : 1;
        figures.rows.append(row);
    }
    const QList<CompletenessBucket> buckets = completenessDistribution(figures);
    REQUIRE(buckets.size() == 5);
    CHECK(buckets.at(0).departments == 2);
    CHECK(buckets.at(1).departments == 2);
    CHECK(buckets.at(2).departments == 2);
    CHECK(buckets.at(3).departments == 2);
    CHECK(buckets.at(4).departments == 1);
    CHECK_FALSE(buckets.at(0).label().isEmpty());
}

TEST_CASE("the dashboard prints on one A4 landscape page with the call list, the furthest behind and the lights")
{
    REQUIRE(Poppler::available());
    DemoOffice office;
    const Result<std::optional<Campaign>> campaign = office.session().campaigns().current();
    REQUIRE(campaign);
    const DateRange period = figuresPeriod(FiguresPeriod::WholeCampaign, **campaign, QDate(2009, 6, 1));
    const Result<CampaignFigures> figures = collectCampaignFigures(office.session(), period);
    REQUIRE(figures);
    const PrintDocument sheet = buildDashboardSheet(*figures);
    CHECK(sheet.style().orientation == QPageLayout::Landscape);
    const QString path = office.temp.filePath(QStringLiteral("dashboard.pdf"));
    REQUIRE(PdfExport::write(path, sheet));
    if (qEnvironmentVariableIsSet("BRANDDESK_KEEP_PDF"))
        QFile::copy(path, qEnvironmentVariable("BRANDDESK_KEEP_PDF"));
    CHECK(Poppler::pageCount(path) == 1);
    for (const QSize& size : Poppler::pageSizes(path))
        CHECK(size == QSize(842, 595));
    const QString text = Poppler::squeezed(Poppler::text(path));
    CHECK(Poppler::radicals(text).isEmpty());
    CHECK(text.contains(Poppler::squeezed(figures->currentPhase)));
    for (const DepartmentFigures& row : figures->rows)
        CHECK(text.contains(Poppler::squeezed(row.department.name)));
    for (const DepartmentFigures& row : figures->furthestBehind(5))
        CHECK(text.contains(Poppler::squeezed(row.latenessReason())));
}
