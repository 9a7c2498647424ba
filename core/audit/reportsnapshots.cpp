// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/reportsnapshots.h"

#include <QStringList>

namespace branddesk {

QJsonObject snapshotOf(const WeeklyReport& r)
{
    QStringList attachments;
    for (const ReportAttachment& a : r.attachments)
        attachments.append(QStringLiteral("%1 (%2 bytes)").arg(a.name).arg(a.size));
    return {{QStringLiteral("department_id"), r.departmentId},
            {QStringLiteral("week"), r.week.monday().toString(Qt::ISODate)},
            {QStringLiteral("received_at"), r.receivedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))},
            {QStringLiteral("channel"), reportChannelCode(r.channel)},
            {QStringLiteral("title"), r.title},
            {QStringLiteral("content"), r.content},
            {QStringLiteral("tags"), r.tags.toInt()},
            {QStringLiteral("highlight"), r.highlight},
            {QStringLiteral("attachments"), attachments.join(QStringLiteral("; "))}};
}

} // namespace branddesk
