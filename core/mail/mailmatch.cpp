// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/mailmatch.h"

#include "core/domain/emailaddresses.h"
#include <QRegularExpression>

namespace branddesk {

MailMatch::MailMatch(QList<Department> departments, QHash<QString, qint64> remembered, int dueWeekday,
                     const QTime& dueTime)
    : m_departments(std::move(departments))
    , m_remembered(std::move(remembered))
    , m_dueWeekday(dueWeekday)
    , m_dueTime(dueTime)
{}

qint64 MailMatch::departmentOfAddress(const QString& address) const
{
    const QString wanted = address.trimmed().toLower();
    if (wanted.isEmpty())
        return 0;
    if (const auto found = m_remembered.constFind(wanted); found != m_remembered.constEnd())
        return *found;
    for (const Department& d : m_departments) {
        if (!d.active)
            continue;
        for (const QString& own : emailAddressesIn(d.email))
            if (own.toLower() == wanted)
                return d.id;
    }
    return 0;
}

qint64 MailMatch::departmentNamedIn(const QString& text) const
{
    qint64 best = 0;
    qsizetype bestLength = 0;
    for (const Department& d : m_departments) {
        if (!d.active)
            continue;
        for (const QString& name : {d.name.trimmed(), d.shortName.trimmed()}) {
            // A name of one character ("税") would match everywhere.
            if (name.size() >= 2 && name.size() > bestLength && text.contains(name)) {
                best = d.id;
                bestLength = name.size();
            }
        }
    }
    return best;
}

ReportWeek MailMatch::weekOfArrival(const QDateTime& arrivedUtc)
{
    const QDate day = arrivedUtc.toLocalTime().date();
    const ReportWeek week = ReportWeek::containing(day);
    return day.dayOfWeek() == Qt::Monday ? week.previous() : week;
}

ReportWeek MailMatch::weekNamedIn(const QString& subject, const QDateTime& arrivedUtc)
{
    const QDate arrived = arrivedUtc.toLocalTime().date();
    static const QRegularExpression numbered(QStringLiteral("第\\s*(\\d{1,2})\\s*周"));
    if (const QRegularExpressionMatch m = numbered.match(subject); m.hasMatch()) {
        const int number = m.captured(1).toInt();
        ReportWeek week = ReportWeek::fromNumber(ReportWeek::containing(arrived).year(), number);
        if (week.isValid() && week.monday() > arrived.addDays(60))
            week = ReportWeek::fromNumber(week.year() - 1, number);
        return week;
    }
    static const QRegularExpression dated(QStringLiteral("(\\d{1,2})\\s*(?:月|\\.|/)\\s*(\\d{1,2})\\s*日?\\s*"
                                                         "(?:—|－|-|–|~|～|至|到)"));
    if (const QRegularExpressionMatch m = dated.match(subject); m.hasMatch()) {
        QDate first(arrived.year(), m.captured(1).toInt(), m.captured(2).toInt());
        if (first.isValid() && first > arrived.addDays(60))
            first = first.addYears(-1);
        if (first.isValid())
            return ReportWeek::containing(first);
    }
    return {};
}

MailProposal MailMatch::propose(const QString& senderAddress, const QString& subject, const QString& body,
                                const QDateTime& arrivedUtc) const
{
    MailProposal p;
    p.departmentId = departmentOfAddress(senderAddress);
    if (p.departmentId != 0) {
        p.match = MailMatchKind::Address;
    } else {
        p.departmentId = departmentNamedIn(subject);
        if (p.departmentId == 0)
            p.departmentId = departmentNamedIn(body);
        if (p.departmentId != 0)
            p.match = MailMatchKind::Name;
    }
    p.week = weekNamedIn(subject, arrivedUtc);
    p.weekFromSubject = p.week.isValid();
    if (!p.week.isValid())
        p.week = weekOfArrival(arrivedUtc);
    p.onTime = isOnTime(p.week, arrivedUtc, m_dueWeekday, m_dueTime);
    return p;
}

} // namespace branddesk
