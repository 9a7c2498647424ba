// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/evaluation/evaluationcalculator.h"
#include "core/evaluation/rational.h"
#include "tests/support/stringmakers.h"

#include <catch2/catch.hpp>

using namespace branddesk;

TEST_CASE("a decimal text becomes an exact fraction", "[evaluation][rational]")
{
    CHECK(*Rational::fromDecimal(QStringLiteral("0.6")) == Rational::fraction(3, 5));
    CHECK(*Rational::fromDecimal(QStringLiteral("17.5")) == Rational::fraction(35, 2));
    CHECK(*Rational::fromDecimal(QStringLiteral("100")) == Rational(100));
    CHECK(*Rational::fromDecimal(QStringLiteral("-2.25")) == Rational::fraction(-9, 4));
    CHECK_FALSE(Rational::fromDecimal(QStringLiteral("")));
    CHECK_FALSE(Rational::fromDecimal(QStringLiteral("1.2.3")));
    CHECK_FALSE(Rational::fromDecimal(QStringLiteral("1e3")));
    CHECK_FALSE(Rational::fromDecimal(QStringLiteral(".")));
}

TEST_CASE("a third stays a third and 0.6 + 0.4 is exactly 1", "[evaluation][rational]")
{
    const Rational third = Rational(1) / Rational(3);
    CHECK(third * Rational(3) == Rational(1));
    CHECK(*Rational::fromDecimal(QStringLiteral("0.6")) + *Rational::fromDecimal(QStringLiteral("0.4")) == Rational(1));
    CHECK(Rational::fraction(2, 4) == Rational::fraction(1, 2));
    CHECK(Rational::fraction(1, -2) == Rational::fraction(-1, 2));
    CHECK(Rational::fraction(1, 3) < Rational::fraction(34, 100));
    CHECK(Rational(5) / Rational(0) == Rational(0));
}

TEST_CASE("figures are rounded half up to two decimals only when shown", "[evaluation][rational]")
{
    CHECK(Rational::fraction(86175, 1000).toString() == QStringLiteral("86.18"));
    CHECK(Rational::fraction(86165, 1000).toString() == QStringLiteral("86.17"));
    CHECK(Rational::fraction(1, 3).toString() == QStringLiteral("0.33"));
    CHECK(Rational::fraction(2, 3).toString() == QStringLiteral("0.67"));
    CHECK(Rational::fraction(1, 200).toString() == QStringLiteral("0.01"));
    CHECK(Rational(60).toString() == QStringLiteral("60.00"));
    CHECK(Rational::fraction(-1, 200).toString() == QStringLiteral("-0.01"));
    CHECK(Rational::fraction(7, 2).toString(0) == QStringLiteral("4"));
    CHECK(Rational::fraction(3, 5).toExactString() == QStringLiteral("0.6"));
    CHECK(Rational(85).toExactString() == QStringLiteral("85"));
    CHECK(Rational::fraction(1, 3).toExactString() == QStringLiteral("≈0.3333"));
}

TEST_CASE("equal values share a rank and the next rank skips: 1, 2, 2, 4", "[evaluation][rational]")
{
    const QList<std::optional<Rational>> values = {Rational(90), Rational(80), std::nullopt, Rational(80),
                                                   Rational(70)};
    CHECK(EvaluationCalculator::ranks(values) == QList<int>{1, 2, 0, 2, 4});
}
