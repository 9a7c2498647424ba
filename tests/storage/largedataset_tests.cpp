// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/largedataset.h"
#include "core/services/figurescollector.h"
#include "tests/support/tempdatabase.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace branddesk;
using branddesk::test::TempDatabase;

namespace {

struct Generated {
    LargeDatasetCounts counts;
    QString firstTitle;
    QString lastTitle;
    int stored = 0;
};

Generated generate(TempDatabase& db, quint32 seed)
{
    const Result<LargeDatasetCounts> counts = generateLargeDataset(db.session(), LargeDatasetOptions{20, 1, seed});
    REQUIRE(counts);
    ReportFilter all;
    all.limit = 1'000'000;
    const Result<ReportSearchResult> reports = db.session().reports().search(all);
    REQUIRE(reports);
    REQUIRE_FALSE(reports->items.isEmpty());
    return {*counts, reports->items.first().title, reports->items.last().title, reports->total};
}

} // namespace

TEST_CASE("the large data set has the departments, brands, milestones and weekly reports asked for")
{
    TempDatabase db;
    const Generated generated = generate(db, 7);
    CHECK(generated.counts.departments == 20);
    CHECK(generated.counts.brands >= 14);
    CHECK(generated.counts.brands < 20);
    CHECK(generated.counts.milestoneCompletions > 0);
    CHECK(generated.stored == generated.counts.reports);

    const Result<QList<Department>> departments = db.departments().activeDepartments();
    REQUIRE(departments);
    REQUIRE(departments->size() == 20);
    QSet<DepartmentCategory> categories;
    QSet<QString> names;
    for (const Department& d : *departments) {
        categories.insert(d.category);
        names.insert(d.name);
        CHECK(d.name.startsWith(QStringLiteral("市")));
    }
    CHECK(names.size() == 20);
    CHECK(categories.size() >= 3);

    SECTION("a year of weekly reports, with late and missing weeks among them")
    {
        const Result<std::optional<Campaign>> campaign = db.session().campaigns().current();
        REQUIRE(campaign);
        REQUIRE(*campaign);
        CHECK((*campaign)->year == TempDatabase::startTime().date().year() - 1);
        const DateRange whole = figuresPeriod(FiguresPeriod::WholeCampaign, **campaign, db.clock().today());
        const Result<CampaignFigures> figures = collectCampaignFigures(db.session(), whole);
        REQUIRE(figures);
        // Twenty departments over more than fifty weeks.
        CHECK(figures->reports.owed() > 20 * 50);
        CHECK(figures->reports.onTime > figures->reports.owed() / 2);
        CHECK(figures->reports.late > 0);
        CHECK(figures->reports.missing > 0);
        CHECK(generated.counts.reports > figures->reports.reported() - 1);
    }
}

TEST_CASE("the large data set is the same for the same seed, and another for another seed")
{
    TempDatabase first;
    TempDatabase second;
    TempDatabase other;
    const Generated a = generate(first, 11);
    const Generated b = generate(second, 11);
    const Generated c = generate(other, 12);
    CHECK(a.counts.reports == b.counts.reports);
    CHECK(a.counts.brands == b.counts.brands);
    CHECK(a.counts.milestoneCompletions == b.counts.milestoneCompletions);
    CHECK(a.firstTitle == b.firstTitle);
    CHECK(a.lastTitle == b.lastTitle);
    CHECK(a.counts.reports != c.counts.reports);
}

TEST_CASE("past the pool of bureau names, departments are numbered branch offices")
{
    TempDatabase db;
    REQUIRE(generateLargeDataset(db.session(), LargeDatasetOptions{40, 1, 3}));
    const Result<QList<Department>> departments = db.departments().activeDepartments();
    REQUIRE(departments);
    QSet<QString> names;
    int branches = 0;
    for (const Department& d : *departments) {
        names.insert(d.name);
        branches += d.name.contains(QStringLiteral("分局")) ? 1 : 0;
    }
    CHECK(names.size() == 40);
    CHECK(branches > 0);
}

TEST_CASE("a generated file's full-text indexes hold every report, and new reports are indexed again")
{
    TempDatabase db;
    REQUIRE(generateLargeDataset(db.session(), LargeDatasetOptions{12, 1, 5}));
    // Words of the invented practices: 满意率 goes to the trigram index, 企业 to the two-character one, 窗 (one
    // character) to a scan of the reports themselves, which is the truth the indexes must agree with.
    const auto count = [&db](const QString& text, int limit = 1'000'000) {
        ReportFilter filter;
        filter.text = text;
        filter.limit = limit;
        const Result<ReportSearchResult> found = db.session().reports().search(filter);
        REQUIRE(found);
        return found->total;
    };
    const auto scanned = [&db](const QString& word) {
        ReportFilter all;
        all.limit = 1'000'000;
        const Result<ReportSearchResult> reports = db.session().reports().search(all);
        REQUIRE(reports);
        int matches = 0;
        for (const ReportListItem& item : reports->items) {
            const Result<WeeklyReport> report = db.session().reports().find(item.id);
            REQUIRE(report);
            matches += (report->title.contains(word) || report->content.contains(word)) ? 1 : 0;
        }
        return matches;
    };
    const int satisfied = count(QStringLiteral("满意率"));
    const int enterprises = count(QStringLiteral("企业"));
    CHECK(satisfied > 0);
    CHECK(enterprises > 0);
    CHECK(satisfied == scanned(QStringLiteral("满意率")));
    CHECK(enterprises == scanned(QStringLiteral("企业")));

    // The indexes' triggers are back: a report logged afterwards is found by both.
    const Result<QList<Department>> departments = db.departments().activeDepartments();
    REQUIRE(departments);
    WeeklyReport report;
    report.departmentId = departments->first().id;
    report.week = ReportWeek::containing(db.clock().today());
    report.receivedAt = db.clock().nowUtc();
    report.content = QStringLiteral("本周窗口服务满意率再创新高，走访企业一家。");
    REQUIRE(db.session().reports().save(report));
    CHECK(count(QStringLiteral("满意率")) == satisfied + 1);
    CHECK(count(QStringLiteral("企业")) == enterprises + 1);
}
