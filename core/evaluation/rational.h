// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <compare>
#include <optional>

namespace branddesk {

/// An exact fraction for scores and weights: numerator / denominator in lowest terms, denominator > 0.
///
/// Scores are means (a third of a point is a third, not 0.333…) and products with decimal weights, so they
/// are kept as fractions and compared exactly; they are rounded (half up, away from zero) only when shown.
/// The figures of an evaluation stay far below the 64-bit range; products inside comparisons use 128 bits.
class Rational {
public:
    constexpr Rational() = default;
    /// A whole number.
    constexpr Rational(qint64 value) // NOLINT(google-explicit-constructor): 3 is the rational 3
        : m_numerator(value)
    {}
    /// numerator / denominator; a zero denominator gives 0.
    static Rational fraction(qint64 numerator, qint64 denominator);
    /// A decimal written as text ("0.6", "12.5", "-3", "100"), or nullopt when it is not one.
    static std::optional<Rational> fromDecimal(const QString& text);

    qint64 numerator() const { return m_numerator; }
    qint64 denominator() const { return m_denominator; }
    bool isZero() const { return m_numerator == 0; }
    bool isInteger() const { return m_denominator == 1; }

    Rational operator+(const Rational& other) const;
    Rational operator-(const Rational& other) const;
    Rational operator*(const Rational& other) const;
    /// Division by zero gives 0; callers check first.
    Rational operator/(const Rational& other) const;
    Rational& operator+=(const Rational& other) { return *this = *this + other; }

    bool operator==(const Rational& other) const = default;
    std::strong_ordering operator<=>(const Rational& other) const;

    /// Rounded half up to `decimals` places, with exactly that many ("87.35", "60.00").
    QString toString(int decimals = 2) const;
    /// The shortest exact decimal when there is one ("0.6", "17.5", "85"); otherwise rounded to `decimals`
    /// places with a leading "≈".
    QString toExactString(int decimals = 4) const;

private:
    constexpr Rational(qint64 numerator, qint64 denominator, bool)
        : m_numerator(numerator)
        , m_denominator(denominator)
    {}

    qint64 m_numerator = 0;
    qint64 m_denominator = 1;
};

} // namespace branddesk
