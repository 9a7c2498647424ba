// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/builders.h"
#include "tests/support/rawdatabase.h"
#include "tests/support/tempdatabase.h"

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

/// Text that breaks SQL built by splicing strings together; bound values store it as it is.
const char* const kTrickyTexts[] = {
    "O'Brien 的“阳光”窗口",           "a;b;c; SELECT 1;",
    "'); DROP TABLE departments; --", "\"; DELETE FROM brands WHERE 1=1; --",
    "100% _done_ \\ LIKE '%'",        "市财政局（国库集中支付中心）",
    "𠮷野家 🏛 ÄÖÜ",         "第一行\n第二行\t制表",
};

} // namespace

TEST_CASE("quotes, semicolons, SQL fragments and Chinese text are stored exactly as given")
{
    TempDatabase temp;
    const QString tricky = utf8(GENERATE(from_range(std::begin(kTrickyTexts), std::end(kTrickyTexts))));
    CAPTURE(tricky);

    Department department = aDepartment(tricky);
    department.shortName = tricky.left(20);
    department.principalLeader = tricky.left(30);
    department.leaderInCharge = tricky.right(30);
    department.contactPerson = tricky.left(30);
    const Result<Department> added = temp.departments().add(department);
    REQUIRE(added);

    Brand brand = aCompleteBrand(added->id, tricky.left(60));
    brand.setText(BrandField::Mission, tricky);
    brand.setText(BrandField::SocialBenefit, tricky + QLatin1Char('\n') + tricky);
    const Result<Brand> addedBrand = temp.brands().add(brand);
    REQUIRE(addedBrand);

    temp.reopen();

    const Result<Department> found = temp.departments().find(added->id);
    REQUIRE(found);
    CHECK(found->name == tricky);
    CHECK(found->shortName == tricky.left(20));
    CHECK(found->principalLeader == tricky.left(30));
    CHECK(found->leaderInCharge == tricky.right(30));
    CHECK(found->contactPerson == tricky.left(30));

    const Result<Brand> foundBrand = temp.brands().find(addedBrand->id);
    REQUIRE(foundBrand);
    CHECK(foundBrand->name() == tricky.left(60).trimmed());
    CHECK(foundBrand->text(BrandField::Mission) == tricky.trimmed());
    CHECK(foundBrand->text(BrandField::SocialBenefit) == tricky + QLatin1Char('\n') + tricky);

    SECTION("the same text is recognised as a duplicate name")
    {
        const Result<Department> again = temp.departments().add(aDepartment(tricky));
        REQUIRE_FALSE(again);
        CHECK(again.error().code == Error::Code::Validation);
    }
    SECTION("every table is still there with its rows")
    {
        temp.close();
        RawDatabase raw(temp, RawSqlite::Mode::ReadOnly);
        const QStringList tables = raw.tables();
        for (const char* table : {"brand_logos", "brands", "departments"})
            CHECK(tables.contains(QString::fromLatin1(table)));
        CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM departments")).toInt() == 1);
        CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM brands")).toInt() == 1);
    }
}
