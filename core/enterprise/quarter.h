// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <compare>

namespace branddesk {

/// A calendar quarter (一季度 …): January–March is the first.
class Quarter {
public:
    Quarter() = default;
    Quarter(int year, int number)
        : m_year(year)
        , m_number(number)
    {}
    /// The quarter a day falls in.
    static Quarter containing(const QDate& day);

    int year() const { return m_year; }
    int number() const { return m_number; } ///< 1–4
    bool isValid() const { return m_number >= 1 && m_number <= 4; }
    QDate firstDay() const;
    QDate lastDay() const;
    Quarter next() const;
    /// "2009年第二季度" (translated).
    QString name() const;
    /// "2009 Q2": for column headers.
    QString shortName() const;

    auto operator<=>(const Quarter&) const = default;

private:
    int m_year = 0;
    int m_number = 0;
};

} // namespace branddesk
