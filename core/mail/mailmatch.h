// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/department.h"
#include "core/reports/reportweek.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QTime>

namespace branddesk {

/// How the inbox found a mail's department.
enum class MailMatchKind {
    Address, ///< the sender's address is one of the department's (its e-mail, or one remembered for it)
    Name,    ///< the department's full or short name is in the subject or the body
    None,    ///< unmatched: the clerk assigns it
};

/// What the inbox proposes for a mail: the department, the week it reports on, and how that was found.
struct MailProposal {
    qint64 departmentId = 0; ///< 0: unmatched
    MailMatchKind match = MailMatchKind::None;
    ReportWeek week;
    bool weekFromSubject = false; ///< the subject named the week ("第18周", "4月27日—5月3日")
    bool onTime = false;          ///< arrived by the week's due moment
};

/// Proposes the department and week of a mail sent to the office's mailbox (周报收件箱). Pure: the departments,
/// the remembered addresses and the campaign's due rule are given.
class MailMatch {
public:
    /// `remembered` maps a lower-case address to the department the clerk assigned it to.
    MailMatch(QList<Department> departments, QHash<QString, qint64> remembered, int dueWeekday, const QTime& dueTime);

    MailProposal propose(const QString& senderAddress, const QString& subject, const QString& body,
                         const QDateTime& arrivedUtc) const;

    /// The department of `address`: a remembered one first, else the one whose e-mail field lists it (several
    /// addresses separated by ";", "," or spaces); 0 for none.
    qint64 departmentOfAddress(const QString& address) const;
    /// The department named in `text`: the longest full or short name found; 0 for none.
    qint64 departmentNamedIn(const QString& text) const;
    /// The week a report arriving at `arrivedUtc` covers: the week of its local date, but a mail on Monday is the
    /// week before's (late) report.
    static ReportWeek weekOfArrival(const QDateTime& arrivedUtc);
    /// The week the subject names ("第18周", "4月27日—5月3日", "4.27-5.3"), in the year of `arrivedUtc` (or the
    /// year before, for a week that would otherwise lie well after the arrival); invalid when it names none.
    static ReportWeek weekNamedIn(const QString& subject, const QDateTime& arrivedUtc);

private:
    QList<Department> m_departments;
    QHash<QString, qint64> m_remembered;
    int m_dueWeekday;
    QTime m_dueTime;
};

} // namespace branddesk
