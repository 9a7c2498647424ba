// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/completeness.h"
#include "core/services/brandservice.h"
#include "tests/support/builders.h"
#include "tests/support/rawdatabase.h"
#include "tests/support/tempdatabase.h"

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

/// A TempDatabase holding 市财政局, ready for its brands.
struct BrandFixture {
    TempDatabase temp;
    qint64 departmentId = 0;

    BrandFixture()
    {
        const Result<Department> department = temp.departments().add(aDepartment("市财政局"));
        REQUIRE(department);
        departmentId = department->id;
    }

    int logoRows()
    {
        temp.close();
        const int rows = RawDatabase(temp, RawSqlite::Mode::ReadOnly)
                             .scalar(QStringLiteral("SELECT count(*) FROM brand_logos"))
                             .toInt();
        temp.reopen();
        return rows;
    }
};

} // namespace

TEST_CASE_METHOD(BrandFixture, "a brand added with a logo is found with the same logo bytes")
{
    Brand brand = aCompleteBrand(departmentId, "阳光财政");
    brand.logo = aLogo(QSize(300, 200), Qt::blue);
    const Result<Brand> added = temp.brands().add(brand);
    REQUIRE(added);
    CHECK(added->id > 0);
    CHECK(added->version == 1);
    CHECK(added->hasLogo);
    CHECK(added->createdAt == TempDatabase::startTime());
    CHECK(added->updatedAt == TempDatabase::startTime());

    const Result<Brand> found = temp.brands().find(added->id);
    REQUIRE(found);
    CHECK(found->departmentId == departmentId);
    CHECK(found->status == BrandStatus::Practising);
    for (BrandField field : allBrandFields())
        CHECK(found->text(field) == brand.text(field));
    CHECK(found->hasLogo);
    REQUIRE(found->logo);
    CHECK(found->logo->png == brand.logo->png);
    CHECK(found->logo->thumbnailPng == brand.logo->thumbnailPng);
    CHECK(found->logo->size == QSize(300, 200));
    CHECK(found->logo->sourceFormat == QStringLiteral("png"));
    CHECK(found->createdAt == TempDatabase::startTime());
    CHECK(found->version == 1);
    CHECK(Completeness::of(*found).percent() == 100);
}

TEST_CASE_METHOD(BrandFixture, "a brand without a logo is stored without one")
{
    const Result<Brand> added = temp.brands().add(aBrand(departmentId));
    REQUIRE(added);
    CHECK_FALSE(added->hasLogo);
    const Result<Brand> found = temp.brands().find(added->id);
    REQUIRE(found);
    CHECK_FALSE(found->logo);
    CHECK_FALSE(found->hasLogo);
    CHECK(logoRows() == 0);
}

TEST_CASE_METHOD(BrandFixture, "updating a brand without touching its logo keeps the logo")
{
    const Result<Brand> added = temp.brands().add(aCompleteBrand(departmentId));
    REQUIRE(added);
    temp.clock().advanceSecs(7 * 24 * 3600);

    SECTION("the brand as loaded for editing, logo included")
    {
        Result<Brand> brand = temp.brands().find(added->id);
        REQUIRE(brand);
        brand->setText(BrandField::Goal, QStringLiteral("成为全国知名品牌"));
        REQUIRE(temp.brands().update(*brand));
    }
    SECTION("the brand as a list shows it: only knowing it has a logo")
    {
        const Result<QList<BrandOverview>> overviews = temp.brands().overviews();
        REQUIRE(overviews);
        REQUIRE(overviews->size() == 1);
        Brand brand = overviews->constFirst().brand;
        REQUIRE(brand.hasLogo);
        REQUIRE_FALSE(brand.logo);
        brand.setText(BrandField::Goal, QStringLiteral("成为全国知名品牌"));
        REQUIRE(temp.brands().update(brand));
    }

    const Result<Brand> found = temp.brands().find(added->id);
    REQUIRE(found);
    CHECK(found->text(BrandField::Goal) == QStringLiteral("成为全国知名品牌"));
    CHECK(found->version == 2);
    CHECK(found->createdAt == TempDatabase::startTime());
    CHECK(found->updatedAt == TempDatabase::startTime().addDays(7));
    REQUIRE(found->logo);
    CHECK(found->logo->png == added->logo->png);
}

TEST_CASE_METHOD(BrandFixture, "clearing the logo removes it")
{
    const Result<Brand> added = temp.brands().add(aCompleteBrand(departmentId));
    REQUIRE(added);
    REQUIRE(logoRows() == 1);

    Result<Brand> brand = temp.brands().find(added->id);
    REQUIRE(brand);
    brand->logo.reset();
    brand->hasLogo = false;
    const Result<Brand> updated = temp.brands().update(*brand);
    REQUIRE(updated);
    CHECK_FALSE(updated->hasLogo);

    const Result<Brand> found = temp.brands().find(added->id);
    REQUIRE(found);
    CHECK_FALSE(found->logo);
    CHECK_FALSE(found->hasLogo);
    CHECK(logoRows() == 0);
    CHECK_FALSE(Completeness::of(*found).isMet(BrandStandard::Logo));
}

TEST_CASE_METHOD(BrandFixture, "a new logo replaces the old one")
{
    const Result<Brand> added = temp.brands().add(aCompleteBrand(departmentId));
    REQUIRE(added);
    Result<Brand> brand = temp.brands().find(added->id);
    REQUIRE(brand);
    const Result<Logo> svg = Logo::fromData(anSvg());
    REQUIRE(svg);
    brand->logo = *svg;
    REQUIRE(temp.brands().update(*brand));

    const Result<Brand> found = temp.brands().find(added->id);
    REQUIRE(found);
    REQUIRE(found->logo);
    CHECK(found->logo->png == svg->png);
    CHECK(found->logo->sourceFormat == QStringLiteral("svg"));
    CHECK(logoRows() == 1);
}

TEST_CASE_METHOD(BrandFixture, "a brand name already in use is refused, in any department")
{
    REQUIRE(temp.brands().add(aBrand(departmentId, "阳光财政")));
    const Result<Department> audit = temp.departments().add(aDepartment("市审计局"));
    REQUIRE(audit);

    SECTION("the same department")
    {
        const Result<Brand> again = temp.brands().add(aBrand(departmentId, " 阳光财政 "));
        REQUIRE_FALSE(again);
        CHECK(again.error().code == Error::Code::Validation);
        CHECK(again.error().message.contains(QStringLiteral("阳光财政")));
    }
    SECTION("another department")
    {
        const Result<Brand> again = temp.brands().add(aBrand(audit->id, "阳光财政"));
        REQUIRE_FALSE(again);
        CHECK(again.error().code == Error::Code::Validation);
    }
    SECTION("renaming another brand to it")
    {
        Result<Brand> other = temp.brands().add(aBrand(audit->id, "阳光审计"));
        REQUIRE(other);
        other->setText(BrandField::Name, QStringLiteral("阳光财政"));
        const Result<Brand> updated = temp.brands().update(*other);
        REQUIRE_FALSE(updated);
        CHECK(updated.error().code == Error::Code::Validation);
    }
}

TEST_CASE_METHOD(BrandFixture, "a brand of a department that does not exist is refused")
{
    const Result<Brand> added = temp.brands().add(aBrand(departmentId + 100));
    REQUIRE_FALSE(added);
    CHECK(added.error().code == Error::Code::NotFound);
}

TEST_CASE_METHOD(BrandFixture, "a stale brand update from another session is refused as a conflict")
{
    const Result<Brand> added = temp.brands().add(aBrand(departmentId));
    REQUIRE(added);
    std::unique_ptr<Session> other = temp.openAnotherSession();
    Result<Brand> mine = temp.brands().find(added->id);
    Result<Brand> theirs = other->brands().find(added->id);
    REQUIRE(mine);
    REQUIRE(theirs);

    mine->setText(BrandField::Spirit, QStringLiteral("团结务实"));
    REQUIRE(temp.brands().update(*mine));
    theirs->setText(BrandField::Spirit, QStringLiteral("开拓创新"));
    const Result<Brand> stale = other->brands().update(*theirs);
    REQUIRE_FALSE(stale);
    CHECK(stale.error().code == Error::Code::Conflict);

    const Result<Brand> found = temp.brands().find(added->id);
    REQUIRE(found);
    CHECK(found->text(BrandField::Spirit) == QStringLiteral("团结务实"));
}

TEST_CASE_METHOD(BrandFixture, "removing a brand removes its logo too")
{
    const Result<Brand> added = temp.brands().add(aCompleteBrand(departmentId));
    REQUIRE(added);
    REQUIRE(temp.brands().remove(added->id));
    const Result<Brand> found = temp.brands().find(added->id);
    REQUIRE_FALSE(found);
    CHECK(found.error().code == Error::Code::NotFound);
    CHECK(logoRows() == 0);
}

TEST_CASE_METHOD(BrandFixture, "the brand list shows each brand with its department, without loading logos")
{
    const Result<Department> audit = temp.departments().add(aDepartment("市审计局"));
    REQUIRE(audit);
    Department legal = aDepartment("市公安局");
    legal.category = DepartmentCategory::PoliticalLegal;
    const Result<Department> police = temp.departments().add(legal);
    REQUIRE(police);
    REQUIRE(temp.brands().add(aBrand(audit->id, "阳光审计")));
    REQUIRE(temp.brands().add(aCompleteBrand(departmentId, "阳光财政")));
    REQUIRE(temp.brands().add(aBrand(departmentId, "财政e服务")));
    REQUIRE(temp.brands().add(aBrand(police->id, "110为民服务")));

    const Result<QList<BrandOverview>> overviews = temp.brands().overviews();
    REQUIRE(overviews);
    QStringList order;
    for (const BrandOverview& overview : *overviews) {
        order.append(overview.departmentName + QLatin1Char('/') + overview.brand.name());
        CHECK_FALSE(overview.brand.logo);
        CHECK(overview.brand.hasLogo == (overview.brand.name() == QStringLiteral("阳光财政")));
        CHECK(overview.departmentActive);
    }
    // By department in pinyin order (财 cái, 公 gōng, 审 shěn), then by brand name.
    CHECK(order == QStringList{utf8("市财政局/财政e服务"), utf8("市财政局/阳光财政"), utf8("市公安局/110为民服务"),
                               utf8("市审计局/阳光审计")});
    CHECK(overviews->at(2).departmentCategory == DepartmentCategory::PoliticalLegal);
}
