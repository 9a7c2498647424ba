// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/campaignsnapshots.h"

namespace branddesk {
namespace {
QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
} // namespace

QJsonObject snapshotOf(const Campaign& c)
{
    return {{QStringLiteral("title"), c.title},
            {QStringLiteral("year"), c.year},
            {QStringLiteral("notice"), c.noticeReference},
            {QStringLiteral("report_weekday"), c.reportWeekday},
            {QStringLiteral("report_due_time"), c.reportDueTime.toString(Qt::ISODate)},
            {QStringLiteral("lead_days"), c.leadDays},
            {QStringLiteral("is_current"), c.isCurrent}};
}

QJsonObject snapshotOf(const Phase& p)
{
    return {{QStringLiteral("ordinal"), p.ordinal},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("start_date"), isoDate(p.dates.start)},
            {QStringLiteral("end_date"), isoDate(p.dates.end)}};
}

QJsonObject snapshotOf(const Milestone& m)
{
    return {{QStringLiteral("code"), m.code},
            {QStringLiteral("name"), m.name},
            {QStringLiteral("due_date"), isoDate(m.due)}};
}

QJsonObject snapshotOf(const MilestoneCompletion& c)
{
    return {{QStringLiteral("milestone_id"), c.milestoneId},
            {QStringLiteral("department_id"), c.departmentId},
            {QStringLiteral("done_date"), isoDate(c.doneDate)},
            {QStringLiteral("evidence"), c.evidence},
            {QStringLiteral("attachment"),
             c.attachmentName.isEmpty()
                 ? QString()
                 : QStringLiteral("%1 (%2 bytes)").arg(c.attachmentName).arg(c.attachment.size())}};
}

} // namespace branddesk
