// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demodata.h"
#include "core/domain/completeness.h"
#include "tests/support/tempdatabase.h"

#include <QSet>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace branddesk;
using namespace branddesk::test;

TEST_CASE("the demo data is a realistic municipal register")
{
    TempDatabase temp;
    REQUIRE(populateDemoData(temp.session()));

    const Result<QList<DepartmentOverview>> departments = temp.departments().overviews();
    REQUIRE(departments);
    CHECK(departments->size() >= 40);

    QSet<DepartmentCategory> categories;
    int withoutBrand = 0;
    int inactive = 0;
    for (const DepartmentOverview& overview : *departments) {
        categories.insert(overview.department.category);
        if (overview.lacksBrand())
            ++withoutBrand;
        if (!overview.department.active)
            ++inactive;
        // Registered before the campaign began (21 April), so each owes every week's report.
        if (overview.department.active)
            CHECK(overview.department.createdAt < QDateTime(QDate(2009, 4, 21), QTime(0, 0)));
        else
            CHECK(overview.department.createdAt == TempDatabase::startTime());
    }
    CHECK(categories.contains(DepartmentCategory::PartyMass));
    CHECK(categories.contains(DepartmentCategory::Administrative));
    CHECK(categories.contains(DepartmentCategory::PoliticalLegal));
    CHECK(withoutBrand >= 1);
    CHECK(inactive >= 1);

    const Result<QList<BrandOverview>> brands = temp.brands().overviews();
    REQUIRE(brands);
    int withLogo = 0;
    QSet<int> percentages;
    QSet<BrandStatus> statuses;
    for (const BrandOverview& overview : *brands) {
        if (overview.brand.hasLogo)
            ++withLogo;
        percentages.insert(Completeness::of(overview.brand).percent());
        statuses.insert(overview.brand.status);
    }
    CHECK(withLogo >= 1);
    CHECK(withLogo < brands->size());
    const QList<int> percentageList(percentages.begin(), percentages.end());
    CAPTURE(percentageList);
    CHECK(percentages.size() >= 4);
    CHECK(std::any_of(percentages.begin(), percentages.end(), [](int p) { return p < 50; }));
    CHECK(percentages.contains(100));
    CHECK(statuses.size() >= 2);

    SECTION("and its logos are real pictures")
    {
        const auto withLogoIt = std::find_if(brands->begin(), brands->end(),
                                             [](const BrandOverview& overview) { return overview.brand.hasLogo; });
        REQUIRE(withLogoIt != brands->end());
        const Result<Brand> brand = temp.brands().find(withLogoIt->brand.id);
        REQUIRE(brand);
        REQUIRE(brand->logo);
        CHECK_FALSE(brand->logo->image().isNull());
        CHECK_FALSE(brand->logo->thumbnail().isNull());
    }
}

TEST_CASE("the demo data is the same for the same seed")
{
    auto snapshot = [](TempDatabase& temp) {
        REQUIRE(populateDemoData(temp.session(), 7));
        const Result<QList<DepartmentOverview>> departments = temp.departments().overviews();
        REQUIRE(departments);
        QStringList lines;
        for (const DepartmentOverview& overview : *departments) {
            lines.append(overview.department.name + QLatin1Char(' ') + overview.department.principalLeader +
                         QLatin1Char(' ') + overview.department.phone + QLatin1Char(' ') +
                         QString::number(overview.bestCompleteness));
        }
        return lines;
    };
    TempDatabase first;
    TempDatabase second;
    CHECK(snapshot(first) == snapshot(second));
}

TEST_CASE("the demo reports are mostly on time, with some late, some missing, supplements and highlights")
{
    TempDatabase temp;
    REQUIRE(populateDemoData(temp.session()));
    const Result<std::optional<Campaign>> campaign = temp.session().campaigns().current();
    REQUIRE(campaign);
    REQUIRE(campaign->has_value());
    const Result<ReportCompliance> compliance = temp.session().reports().compliance((*campaign)->id);
    REQUIRE(compliance);
    const ComplianceCounts overall = compliance->overall();
    CHECK(overall.onTime > overall.late);
    CHECK(overall.late > 0);
    CHECK(overall.missing > 0);
    ReportFilter highlights;
    highlights.highlightOnly = true;
    const Result<ReportSearchResult> typical = temp.session().reports().search(highlights);
    REQUIRE(typical);
    CHECK(typical->total > 0);
    const Result<ReportSearchResult> all = temp.session().reports().search({});
    REQUIRE(all);
    CHECK(all->total >= overall.reported());
    CHECK(std::any_of(all->items.begin(), all->items.end(), [](const ReportListItem& item) {
        return !item.isBackFilled() && item.receivedAt <= item.enteredAt;
    }));
}
