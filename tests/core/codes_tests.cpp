// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/brand.h"
#include "core/domain/department.h"
#include "tests/support/stringmakers.h"

#include <QSet>
#include <QStringList>

#include <catch2/catch.hpp>

using namespace branddesk;

TEST_CASE("every department category survives the round trip through its stored code")
{
    QSet<QString> codes;
    QSet<QString> names;
    for (DepartmentCategory category : allDepartmentCategories()) {
        const QString code = departmentCategoryCode(category);
        CAPTURE(code);
        CHECK(departmentCategoryFromCode(code) == category);
        CHECK_FALSE(departmentCategoryName(category).isEmpty());
        codes.insert(code);
        names.insert(departmentCategoryName(category));
    }
    CHECK(codes.size() == 4);
    CHECK(names.size() == 4);
}

TEST_CASE("department category codes are the ones the database accepts")
{
    // The schema's CHECK constraint lists these; changing one needs a migration.
    CHECK(departmentCategoryCode(DepartmentCategory::PartyMass) == QStringLiteral("party"));
    CHECK(departmentCategoryCode(DepartmentCategory::Administrative) == QStringLiteral("admin"));
    CHECK(departmentCategoryCode(DepartmentCategory::PoliticalLegal) == QStringLiteral("legal"));
    CHECK(departmentCategoryCode(DepartmentCategory::Other) == QStringLiteral("other"));
}

TEST_CASE("an unknown category or status code is not guessed")
{
    CHECK_FALSE(departmentCategoryFromCode(QStringLiteral("Party")).has_value());
    CHECK_FALSE(departmentCategoryFromCode(QString()).has_value());
    CHECK_FALSE(brandStatusFromCode(QStringLiteral("typical ")).has_value());
    CHECK_FALSE(brandStatusFromCode(QStringLiteral("优质服务品牌")).has_value());
}

TEST_CASE("every brand status survives the round trip through its stored code")
{
    QSet<QString> codes;
    QSet<QString> names;
    for (BrandStatus status : allBrandStatuses()) {
        const QString code = brandStatusCode(status);
        CAPTURE(code);
        CHECK(brandStatusFromCode(code) == status);
        CHECK_FALSE(brandStatusName(status).isEmpty());
        codes.insert(code);
        names.insert(brandStatusName(status));
    }
    CHECK(codes.size() == 5);
    CHECK(names.size() == 5);
}

TEST_CASE("brand statuses follow the campaign from cultivating to named")
{
    CHECK(allBrandStatuses() == QList<BrandStatus>{BrandStatus::Cultivating, BrandStatus::Practising,
                                                   BrandStatus::Nominated, BrandStatus::Typical, BrandStatus::Named});
    const QStringList stored = {QStringLiteral("cultivating"), QStringLiteral("practising"),
                                QStringLiteral("nominated"), QStringLiteral("typical"), QStringLiteral("named")};
    for (int i = 0; i < stored.size(); ++i)
        CHECK(brandStatusCode(allBrandStatuses().at(i)) == stored.at(i));
}

TEST_CASE("the twelve brand fields belong to the five standards in the notice's order")
{
    CHECK(allBrandFields().size() == kBrandFieldCount);
    CHECK(allBrandStandards().size() == 5);
    int total = 0;
    for (BrandStandard standard : allBrandStandards()) {
        CHECK_FALSE(brandStandardName(standard).isEmpty());
        for (BrandField field : fieldsOf(standard))
            CHECK(standardOf(field) == standard);
        total += static_cast<int>(fieldsOf(standard).size());
    }
    CHECK(total == kBrandFieldCount);
    CHECK(fieldsOf(BrandStandard::Name) == QList<BrandField>{BrandField::Name});
    CHECK(fieldsOf(BrandStandard::Logo) == QList<BrandField>{BrandField::LogoMeaning});
    CHECK(fieldsOf(BrandStandard::SocialBenefit) == QList<BrandField>{BrandField::SocialBenefit});
}
