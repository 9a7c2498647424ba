// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/hotline/hotlinerules.h"
#include "core/hotline/ticket.h"

#include <QList>
#include <QString>

#include <functional>

namespace branddesk {

/// A share as a count over a count, shown as a percentage to one decimal ("93.3%"), "—" over nothing.
struct Share {
    int part = 0;
    int whole = 0;
    /// Tenths of a percent, rounded half up; -1 over nothing.
    int permille() const;
    QString text() const;
    bool operator==(const Share&) const = default;
};

/// The figures of a set of tickets over a period (a day range, both ends included) as of a day.
struct HotlineFigures {
    int received = 0;           ///< received in the period
    int repeats = 0;            ///< of those, repeat calls about an earlier ticket
    int praise = 0;             ///< of those, praise (表扬)
    int closed = 0;             ///< closed in the period
    Share onTime;               ///< 按时办结率: answered by the (extended) due date ÷ due in the period
    Share signedInTime;         ///< 及时签收率: signed for in time ÷ assigned in the period
    Share satisfied;            ///< 回访满意率: 满意 ÷ callers reached in the period's follow-ups
    int basicallySatisfied = 0; ///< 基本满意, reported beside
    int dissatisfied = 0;
    int overdueNow = 0; ///< at the department, past the due date on the day
    int mostDaysOverdue = 0;
    Share repeatRate() const { return {repeats, received}; }
};

/// One row of figures: a department, a category or a brand.
struct HotlineFiguresRow {
    qint64 id = 0;
    QString name;
    HotlineFigures figures;
};

/// Computes hotline figures from tickets, a period and the day they are judged on ("overdue now"). A ticket is
/// on time when its department answered by the due date (the extension's if it had one): 答复 is the department's
/// 办结, the office's follow-up after it is not the department's time. It counts in the period in which it fell
/// due, so a ticket due in November and answered in December is a late ticket of November.
class HotlineFiguresCalculator {
public:
    /// Which group a ticket belongs to: its id (0: none, not counted) and name.
    using Grouping = std::function<std::pair<qint64, QString>(const Ticket&)>;

    HotlineFiguresCalculator(const HotlineRules& rules, const QDate& from, const QDate& to, const QDate& today)
        : m_rules(rules)
        , m_from(from)
        , m_to(to)
        , m_today(today)
    {}

    HotlineFigures figures(const QList<Ticket>& tickets) const;
    /// The figures per group, in the order the groups first appear in `tickets`.
    QList<HotlineFiguresRow> rows(const QList<Ticket>& tickets, const Grouping& grouping) const;

    static Grouping byDepartment();
    static Grouping byBrand();

private:
    bool inPeriod(const QDate& date) const { return date.isValid() && date >= m_from && date <= m_to; }
    void add(HotlineFigures& f, const Ticket& t) const;

    const HotlineRules& m_rules;
    QDate m_from;
    QDate m_to;
    QDate m_today;
};

} // namespace branddesk
