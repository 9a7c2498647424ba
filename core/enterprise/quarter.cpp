// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/enterprise/quarter.h"

#include <QCoreApplication>

namespace branddesk {

Quarter Quarter::containing(const QDate& day)
{
    return day.isValid() ? Quarter(day.year(), (day.month() - 1) / 3 + 1) : Quarter();
}

QDate Quarter::firstDay() const
{
    return QDate(m_year, (m_number - 1) * 3 + 1, 1);
}

QDate Quarter::lastDay() const
{
    return next().firstDay().addDays(-1);
}

Quarter Quarter::next() const
{
    return m_number == 4 ? Quarter(m_year + 1, 1) : Quarter(m_year, m_number + 1);
}

QString Quarter::name() const
{
    return QCoreApplication::translate("Quarter", "Q%2 %1").arg(m_year).arg(m_number);
}

QString Quarter::shortName() const
{
    return QStringLiteral("%1 Q%2").arg(m_year).arg(m_number);
}

} // namespace branddesk
