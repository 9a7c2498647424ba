// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/evaluation/rational.h"

#include <numeric>

namespace branddesk {
namespace {

__extension__ using Wide = __int128; // products of two 64-bit values never overflow

Rational reduced(Wide numerator, Wide denominator)
{
    if (denominator == 0)
        return Rational();
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    Wide a = numerator < 0 ? -numerator : numerator;
    Wide b = denominator;
    while (b != 0) {
        const Wide t = a % b;
        a = b;
        b = t;
    }
    const Wide divisor = a == 0 ? 1 : a;
    return Rational::fraction(static_cast<qint64>(numerator / divisor), static_cast<qint64>(denominator / divisor));
}

} // namespace

Rational Rational::fraction(qint64 numerator, qint64 denominator)
{
    if (denominator == 0)
        return Rational();
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const qint64 divisor = std::gcd(numerator, denominator);
    return Rational(numerator / divisor, denominator / divisor, true);
}

std::optional<Rational> Rational::fromDecimal(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 18)
        return std::nullopt;
    int i = 0;
    bool negative = false;
    if (trimmed.at(0) == QLatin1Char('-') || trimmed.at(0) == QLatin1Char('+')) {
        negative = trimmed.at(0) == QLatin1Char('-');
        ++i;
    }
    qint64 numerator = 0;
    qint64 denominator = 1;
    bool digits = false;
    bool point = false;
    for (; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c == QLatin1Char('.') && !point) {
            point = true;
            continue;
        }
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        digits = true;
        numerator = numerator * 10 + (c.unicode() - u'0');
        if (point)
            denominator *= 10;
    }
    if (!digits)
        return std::nullopt;
    return fraction(negative ? -numerator : numerator, denominator);
}

Rational Rational::operator+(const Rational& other) const
{
    return reduced(Wide(m_numerator) * other.m_denominator + Wide(other.m_numerator) * m_denominator,
                   Wide(m_denominator) * other.m_denominator);
}

Rational Rational::operator-(const Rational& other) const
{
    return reduced(Wide(m_numerator) * other.m_denominator - Wide(other.m_numerator) * m_denominator,
                   Wide(m_denominator) * other.m_denominator);
}

Rational Rational::operator*(const Rational& other) const
{
    return reduced(Wide(m_numerator) * other.m_numerator, Wide(m_denominator) * other.m_denominator);
}

Rational Rational::operator/(const Rational& other) const
{
    if (other.m_numerator == 0)
        return Rational();
    return reduced(Wide(m_numerator) * other.m_denominator, Wide(m_denominator) * other.m_numerator);
}

std::strong_ordering Rational::operator<=>(const Rational& other) const
{
    const Wide left = Wide(m_numerator) * other.m_denominator;
    const Wide right = Wide(other.m_numerator) * m_denominator;
    return left < right ? std::strong_ordering::less
                        : (left > right ? std::strong_ordering::greater : std::strong_ordering::equal);
}

QString Rational::toString(int decimals) const
{
    Wide scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const bool negative = m_numerator < 0;
    const Wide magnitude = negative ? -Wide(m_numerator) : Wide(m_numerator);
    // Half up: floor(x * scale + 1/2) on the magnitude.
    const Wide scaled = (magnitude * scale * 2 + m_denominator) / (Wide(m_denominator) * 2);
    const qint64 whole = static_cast<qint64>(scaled / scale);
    const qint64 part = static_cast<qint64>(scaled % scale);
    QString text = QString::number(whole);
    if (decimals > 0)
        text += QLatin1Char('.') + QString::number(part).rightJustified(decimals, QLatin1Char('0'));
    return negative && scaled != 0 ? QLatin1Char('-') + text : text;
}

QString Rational::toExactString(int decimals) const
{
    qint64 rest = m_denominator;
    while (rest % 2 == 0)
        rest /= 2;
    while (rest % 5 == 0)
        rest /= 5;
    if (rest != 1)
        return QStringLiteral("≈") + toString(decimals);
    for (int places = 0; places <= 18; ++places) {
        QString text = toString(places);
        if (std::optional<Rational> back = fromDecimal(text); back && *back == *this)
            return text;
    }
    return toString(decimals);
}

} // namespace branddesk
