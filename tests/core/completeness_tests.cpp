// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/completeness.h"
#include "tests/support/builders.h"

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {
// One checklist item per text field, one for the logo image and one for the name's length.
constexpr int kChecklistItems = kBrandFieldCount + 2;
} // namespace

TEST_CASE("an empty brand is 0% complete and every checklist item is missing")
{
    const Completeness completeness = Completeness::of(Brand());

    CHECK(completeness.totalCount() == kChecklistItems);
    CHECK(completeness.metCount() == 0);
    CHECK(completeness.percent() == 0);
    const QStringList missing = completeness.missing();
    CHECK(missing.size() == kChecklistItems);
    for (const QString& hint : missing)
        CHECK_FALSE(hint.isEmpty());
    for (BrandStandard standard : allBrandStandards()) {
        CHECK(completeness.metCount(standard) == 0);
        CHECK(completeness.percent(standard) == 0);
        CHECK_FALSE(completeness.isMet(standard));
    }
}

TEST_CASE("a brand with every field filled and a logo is 100% complete")
{
    const Completeness completeness = Completeness::of(aCompleteBrand(1));

    CHECK(completeness.metCount() == kChecklistItems);
    CHECK(completeness.percent() == 100);
    CHECK(completeness.missing().isEmpty());
    for (BrandStandard standard : allBrandStandards()) {
        CHECK(completeness.isMet(standard));
        CHECK(completeness.percent(standard) == 100);
    }
    for (const CompletenessItem& item : completeness.items())
        CHECK(item.hint.isEmpty());
}

TEST_CASE("a logo counts when it is loaded and when a list only knows the brand has one")
{
    Brand brand = aCompleteBrand(1);
    SECTION("loaded")
    {
        brand.hasLogo = false;
        CHECK(Completeness::of(brand).isMet(BrandStandard::Logo));
    }
    SECTION("known from a list")
    {
        brand.logo.reset();
        brand.hasLogo = true;
        CHECK(Completeness::of(brand).isMet(BrandStandard::Logo));
    }
    SECTION("absent")
    {
        brand.logo.reset();
        brand.hasLogo = false;
        const Completeness completeness = Completeness::of(brand);
        CHECK(completeness.percent() == (kChecklistItems - 1) * 100 / kChecklistItems);
        CHECK(completeness.metCount(BrandStandard::Logo) == 1);
        CHECK(completeness.percent(BrandStandard::Logo) == 50);
        REQUIRE(completeness.missing().size() == 1);
    }
}

TEST_CASE("each standard is checked by its own items")
{
    const Completeness empty = Completeness::of(Brand());
    CHECK(empty.totalCount(BrandStandard::Name) == 2); // filled, and concise
    CHECK(empty.totalCount(BrandStandard::Logo) == 2); // image, and its meaning
    CHECK(empty.totalCount(BrandStandard::Culture) == 4);
    CHECK(empty.totalCount(BrandStandard::ServiceSystem) == 5);
    CHECK(empty.totalCount(BrandStandard::SocialBenefit) == 1);

    SECTION("half of the culture")
    {
        Brand brand = aBrand(1);
        brand.setText(BrandField::Mission, QStringLiteral("全心全意为人民服务"));
        brand.setText(BrandField::Spirit, QStringLiteral("争创一流"));
        const Completeness completeness = Completeness::of(brand);
        CHECK(completeness.metCount(BrandStandard::Culture) == 2);
        CHECK(completeness.percent(BrandStandard::Culture) == 50);
        CHECK(completeness.isMet(BrandStandard::Name));
        CHECK_FALSE(completeness.isMet(BrandStandard::Culture));
        CHECK(completeness.metCount() == 4);
        CHECK(completeness.percent() == 4 * 100 / kChecklistItems); // rounded down: 28
    }
    SECTION("a brand with only a name")
    {
        const Completeness completeness = Completeness::of(aBrand(1));
        CHECK(completeness.metCount() == 2);
        CHECK(completeness.percent() == 14);
    }
    SECTION("the service system fully described")
    {
        Brand brand = aBrand(1);
        for (BrandField field : fieldsOf(BrandStandard::ServiceSystem))
            brand.setText(field, QStringLiteral("首问负责、限时办结"));
        CHECK(Completeness::of(brand).isMet(BrandStandard::ServiceSystem));
        CHECK(Completeness::of(brand).metCount(BrandStandard::ServiceSystem) == 5);
    }
}

TEST_CASE("a field holding only spaces is not filled in")
{
    Brand brand = aCompleteBrand(1);
    brand.setText(BrandField::Goal, QStringLiteral(" \t\u3000 "));
    const Completeness completeness = Completeness::of(brand);
    CHECK_FALSE(completeness.isMet(BrandStandard::Culture));
    REQUIRE(completeness.missing().size() == 1);
    CHECK(completeness.missing().constFirst().contains(brandFieldName(BrandField::Goal)));
}

TEST_CASE("a brand name is concise from 2 to 16 characters")
{
    Brand brand = aCompleteBrand(1);
    auto conciseWith = [&brand](const QString& name) {
        brand.setText(BrandField::Name, name);
        return Completeness::of(brand);
    };

    SECTION("1 character is too short")
    {
        const Completeness completeness = conciseWith(QStringLiteral("勤"));
        CHECK_FALSE(completeness.isMet(BrandStandard::Name));
        CHECK(completeness.metCount(BrandStandard::Name) == 1); // it has a name, just not a good one
        REQUIRE(completeness.missing().size() == 1);
        CHECK(completeness.missing().constFirst().contains(QStringLiteral("short")));
    }
    SECTION("2 characters are enough")
    {
        CHECK(conciseWith(QStringLiteral("勤政")).percent() == 100);
    }
    SECTION("16 characters are still concise")
    {
        CHECK(conciseWith(QString(Completeness::kNameMaxLength, QChar(u'服'))).percent() == 100);
    }
    SECTION("17 characters are too many, and the hint says how many there are")
    {
        const Completeness completeness = conciseWith(QString(Completeness::kNameMaxLength + 1, QChar(u'服')));
        CHECK_FALSE(completeness.isMet(BrandStandard::Name));
        REQUIRE(completeness.missing().size() == 1);
        CHECK(completeness.missing().constFirst().contains(QStringLiteral("17")));
        CHECK(completeness.missing().constFirst().contains(QStringLiteral("16")));
    }
    SECTION("spaces around the name do not count")
    {
        CHECK(conciseWith(QStringLiteral("  ") + QString(16, QChar(u'服')) + QStringLiteral("  ")).percent() == 100);
    }
}

TEST_CASE("the missing hints follow the checklist and name what is missing")
{
    Brand brand = aCompleteBrand(1);
    brand.setText(BrandField::Mission, QString());
    brand.setText(BrandField::SocialBenefit, QString());
    brand.logo.reset();
    brand.hasLogo = false;

    const Completeness completeness = Completeness::of(brand);
    const QStringList missing = completeness.missing();
    REQUIRE(missing.size() == 3);
    CHECK(missing.at(0).contains(QStringLiteral("logo")));
    CHECK(missing.at(1).contains(brandFieldName(BrandField::Mission)));
    CHECK(missing.at(2).contains(brandFieldName(BrandField::SocialBenefit)));

    QStringList unmetHints;
    for (const CompletenessItem& item : completeness.items()) {
        CHECK_FALSE(item.label.isEmpty());
        if (!item.met)
            unmetHints.append(item.hint);
    }
    CHECK(unmetHints == missing);
}

TEST_CASE("a rare character outside the basic plane counts as one character of a brand name")
{
    Brand brand = aBrand(1, "阳光");
    // 𠮷 (U+20BB7) is two UTF-16 units; sixteen of them are sixteen characters, still concise.
    QString name;
    for (int i = 0; i < 16; ++i)
        name += QString::fromUtf8("𠮷");
    REQUIRE(name.size() == 32);
    brand.setText(BrandField::Name, name);
    CHECK(Completeness::of(brand).isMet(BrandStandard::Name));
    brand.setText(BrandField::Name, name + QString::fromUtf8("𠮷"));
    CHECK_FALSE(Completeness::of(brand).isMet(BrandStandard::Name));
}
