// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/enterprisesnapshots.h"

namespace branddesk {

QJsonObject snapshotOf(const Enterprise& enterprise)
{
    return {{QStringLiteral("name"), enterprise.name}, {QStringLiteral("kind"), enterpriseKindCode(enterprise.kind)}};
}

QJsonObject snapshotOf(const Activity& a)
{
    QJsonObject snapshot{{QStringLiteral("department_id"), a.departmentId},
                         {QStringLiteral("kind"), activityKindCode(a.kind)},
                         {QStringLiteral("start_date"), a.startDate.toString(Qt::ISODate)},
                         {QStringLiteral("end_date"), a.endDate.toString(Qt::ISODate)},
                         {QStringLiteral("enterprise_id"), a.enterpriseId},
                         {QStringLiteral("enterprise"), a.enterpriseName},
                         {QStringLiteral("participants"), a.participants},
                         {QStringLiteral("leading_official"), a.leadingOfficial},
                         {QStringLiteral("description"), a.description},
                         {QStringLiteral("outcome"), a.outcome}};
    if (a.kind == ActivityKind::ThreeInto)
        snapshot.insert(QStringLiteral("target"), enterpriseKindCode(a.target));
    if (a.kind == ActivityKind::FiveDeliveries)
        snapshot.insert(QStringLiteral("deliveries"), deliveryNames(a.deliveries));
    return snapshot;
}

QJsonObject snapshotOf(const Problem& p)
{
    QJsonObject snapshot{{QStringLiteral("department_id"), p.departmentId},
                         {QStringLiteral("enterprise_id"), p.enterpriseId},
                         {QStringLiteral("enterprise"), p.enterpriseName},
                         {QStringLiteral("activity_id"), p.activityId},
                         {QStringLiteral("raised_date"), p.raisedDate.toString(Qt::ISODate)},
                         {QStringLiteral("description"), p.description},
                         {QStringLiteral("leader"), p.leader},
                         {QStringLiteral("team"), p.team},
                         {QStringLiteral("plan"), p.plan},
                         {QStringLiteral("deadline"), p.deadline.toString(Qt::ISODate)},
                         {QStringLiteral("status"), problemStatusCode(p.status)},
                         {QStringLiteral("reason"), p.reason},
                         {QStringLiteral("solved_date"), p.solvedDate.toString(Qt::ISODate)}};
    for (const ProgressNote& note : p.notes)
        snapshot.insert(QStringLiteral("note:%1").arg(note.id),
                        QString(note.date.toString(Qt::ISODate) + QLatin1Char(' ') + note.text));
    return snapshot;
}

} // namespace branddesk
