// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hotline/hotlinefigures.h"

#include <QHash>

namespace branddesk {

int Share::permille() const
{
    if (whole <= 0)
        return -1;
    return static_cast<int>((static_cast<qint64>(part) * 1000 + whole / 2) / whole);
}

QString Share::text() const
{
    const int p = permille();
    if (p < 0)
        return QStringLiteral("—");
    return QStringLiteral("%1.%2%").arg(p / 10).arg(p % 10);
}

void HotlineFiguresCalculator::add(HotlineFigures& f, const Ticket& t) const
{
    if (inPeriod(t.receivedOn())) {
        ++f.received;
        if (t.isRepeat())
            ++f.repeats;
        if (t.kind == TicketKind::Praise)
            ++f.praise;
    }
    if (inPeriod(t.closedOn))
        ++f.closed;
    // A ticket counts in the period it fell due: answered (on time or late), or unanswered once its day passed.
    const QDate due = t.effectiveDue();
    if (inPeriod(due) && (t.answeredOn.isValid() || due < m_today)) {
        ++f.onTime.whole;
        if (t.answeredOn.isValid() && t.answeredOn <= due)
            ++f.onTime.part;
    }
    // A praise is filed with its department, not handed to it to work on: it is never signed for.
    if (inPeriod(t.assignedOn) && t.departmentId != 0 && t.kind != TicketKind::Praise) {
        const QDate signBy = m_rules.calendar.addWorkingDays(t.assignedOn, m_rules.signForDays);
        if (t.signedAt.isValid() || signBy < m_today) {
            ++f.signedInTime.whole;
            if (m_rules.signedInTime(t.assignedOn, t.signedAt.toLocalTime().date()))
                ++f.signedInTime.part;
        }
    }
    if (inPeriod(t.followedUpOn) && t.reached && t.satisfaction != Satisfaction::None) {
        ++f.satisfied.whole;
        if (t.satisfaction == Satisfaction::Satisfied)
            ++f.satisfied.part;
        else if (t.satisfaction == Satisfaction::BasicallySatisfied)
            ++f.basicallySatisfied;
        else
            ++f.dissatisfied;
    }
    if (t.isOverdue(m_today)) {
        ++f.overdueNow;
        f.mostDaysOverdue = std::max(f.mostDaysOverdue, t.daysOverdue(m_today));
    }
}

HotlineFigures HotlineFiguresCalculator::figures(const QList<Ticket>& tickets) const
{
    HotlineFigures f;
    for (const Ticket& t : tickets)
        add(f, t);
    return f;
}

QList<HotlineFiguresRow> HotlineFiguresCalculator::rows(const QList<Ticket>& tickets, const Grouping& grouping) const
{
    QList<HotlineFiguresRow> result;
    QHash<qint64, qsizetype> index;
    for (const Ticket& t : tickets) {
        const auto [id, name] = grouping(t);
        if (id == 0)
            continue;
        auto it = index.find(id);
        if (it == index.end()) {
            it = index.insert(id, result.size());
            result.append({id, name, {}});
        }
        add(result[*it].figures, t);
    }
    return result;
}

HotlineFiguresCalculator::Grouping HotlineFiguresCalculator::byDepartment()
{
    return [](const Ticket& t) { return std::pair<qint64, QString>(t.departmentId, t.departmentName); };
}

HotlineFiguresCalculator::Grouping HotlineFiguresCalculator::byBrand()
{
    return [](const Ticket& t) { return std::pair<qint64, QString>(t.brandId, t.brandName); };
}

} // namespace branddesk
