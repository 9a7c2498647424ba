// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/validation.h"
#include "tests/support/builders.h"

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

TEST_CASE("the test department and brand builders are valid")
{
    CHECK(validateDepartment(aDepartment()));
    CHECK(validateBrand(aBrand(1)));
    CHECK(validateBrand(aCompleteBrand(1)));
}

TEST_CASE("a department needs a name")
{
    Department department = aDepartment();
    department.name = GENERATE(QString(), QStringLiteral("   "), QStringLiteral("\u3000"));
    CAPTURE(department.name);
    const Result<void> valid = validateDepartment(department);
    REQUIRE_FALSE(valid);
    CHECK(valid.error().code == Error::Code::Validation);
    CHECK(valid.error().message.contains(QStringLiteral("name")));
}

TEST_CASE("a department name may have 60 characters but not 61")
{
    Department department = aDepartment();
    department.name = QString(TextLimits::kName, QChar(u'局'));
    CHECK(validateDepartment(department));

    department.name = QString(TextLimits::kName + 1, QChar(u'局'));
    const Result<void> valid = validateDepartment(department);
    REQUIRE_FALSE(valid);
    CHECK(valid.error().code == Error::Code::Validation);
    CHECK(valid.error().message.contains(QStringLiteral("61")));
}

TEST_CASE("a phone number holds digits and separators only")
{
    Department department = aDepartment();
    SECTION("the usual ways of writing a number are accepted")
    {
        department.phone =
            GENERATE(QStringLiteral("0519-85681234"), QStringLiteral("(0519) 8568 1234"),
                     QStringLiteral("+86 519 85681234"), QStringLiteral("85681234转801"),
                     QStringLiteral("85681234, 85681235"), QStringLiteral("85681234、85681235"), QString());
        CAPTURE(department.phone);
        CHECK(validateDepartment(department));
    }
    SECTION("letters and other signs are refused")
    {
        department.phone = GENERATE(QStringLiteral("0519-8568ABCD"), QStringLiteral("call me"),
                                    QStringLiteral("85681234#1"), QStringLiteral("电话85681234"));
        CAPTURE(department.phone);
        const Result<void> valid = validateDepartment(department);
        REQUIRE_FALSE(valid);
        CHECK(valid.error().code == Error::Code::Validation);
        CHECK(valid.error().message.contains(QStringLiteral("phone")));
    }
}

TEST_CASE("an e-mail address must look like name@domain; several are separated by semicolons")
{
    Department department = aDepartment();
    SECTION("well-formed or empty addresses are accepted")
    {
        department.email =
            GENERATE(QStringLiteral("czf@czmail.gov.cn"), QStringLiteral("li.hongmei@cz.gov.cn"), QString(),
                     QStringLiteral("czf@czmail.gov.cn; tjj@cz.gov.cn"), QString::fromUtf8("a@cz.gov.cn，b@cz.gov.cn"));
        CAPTURE(department.email);
        CHECK(validateDepartment(department));
    }
    SECTION("malformed addresses are refused")
    {
        department.email = GENERATE(QStringLiteral("czmail.gov.cn"), QStringLiteral("czf@localhost"),
                                    QStringLiteral("czf@@czmail.gov.cn"), QStringLiteral("cz f@czmail.gov.cn"),
                                    QStringLiteral("czf@czmail.gov.cn; nobody"));
        CAPTURE(department.email);
        const Result<void> valid = validateDepartment(department);
        REQUIRE_FALSE(valid);
        CHECK(valid.error().code == Error::Code::Validation);
        CHECK(valid.error().message.contains(QStringLiteral("e-mail")));
    }
}

TEST_CASE("a refused department lists every problem, one a line")
{
    Department department = aDepartment();
    department.name.clear();
    department.phone = QStringLiteral("call me");
    department.email = QStringLiteral("nobody");
    const Result<void> valid = validateDepartment(department);
    REQUIRE_FALSE(valid);
    CHECK(valid.error().message.split(QLatin1Char('\n')).size() == 3);
}

TEST_CASE("a brand must belong to a department")
{
    Brand brand = aCompleteBrand(0);
    const Result<void> valid = validateBrand(brand);
    REQUIRE_FALSE(valid);
    CHECK(valid.error().code == Error::Code::Validation);
    CHECK(valid.error().message.contains(QStringLiteral("department")));
}

TEST_CASE("a brand needs a name of at most 60 characters")
{
    Brand brand = aCompleteBrand(1);
    SECTION("no name")
    {
        brand.setText(BrandField::Name, QStringLiteral("  "));
        const Result<void> valid = validateBrand(brand);
        REQUIRE_FALSE(valid);
        CHECK(valid.error().code == Error::Code::Validation);
    }
    SECTION("60 characters")
    {
        brand.setText(BrandField::Name, QString(TextLimits::kName, QChar(u'服')));
        CHECK(validateBrand(brand));
    }
    SECTION("61 characters")
    {
        brand.setText(BrandField::Name, QString(TextLimits::kName + 1, QChar(u'服')));
        const Result<void> valid = validateBrand(brand);
        REQUIRE_FALSE(valid);
        CHECK(valid.error().code == Error::Code::Validation);
        CHECK(valid.error().message.contains(QStringLiteral("61")));
    }
}

TEST_CASE("a brand text may have 5000 characters but not more")
{
    Brand brand = aCompleteBrand(1);
    brand.setText(BrandField::ServiceRules, QString(TextLimits::kBrandText, QChar(u'制')));
    CHECK(validateBrand(brand));
    brand.setText(BrandField::ServiceRules, QString(TextLimits::kBrandText + 1, QChar(u'制')));
    const Result<void> valid = validateBrand(brand);
    REQUIRE_FALSE(valid);
    CHECK(valid.error().message.contains(brandFieldName(BrandField::ServiceRules)));
}

TEST_CASE("text limits count characters, not UTF-16 units")
{
    Department department = aDepartment("市财政局");
    QString name;
    for (int i = 0; i < TextLimits::kName; ++i)
        name += QString::fromUtf8("𠮷");
    department.name = name; // 60 characters, 120 UTF-16 units
    CHECK(validateDepartment(department).has_value());
    department.name += QString::fromUtf8("𠮷");
    CHECK_FALSE(validateDepartment(department).has_value());
}
