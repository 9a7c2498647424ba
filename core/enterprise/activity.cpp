// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/enterprise/activity.h"

#include <QCoreApplication>
#include <QStringList>

namespace branddesk {

QList<ActivityKind> allActivityKinds()
{
    return {ActivityKind::ThreeInto, ActivityKind::DirectLine, ActivityKind::FiveDeliveries,
            ActivityKind::ConcentratedWeek};
}

QString activityKindCode(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::DirectLine:
        return QStringLiteral("direct-line");
    case ActivityKind::FiveDeliveries:
        return QStringLiteral("five-deliveries");
    case ActivityKind::ConcentratedWeek:
        return QStringLiteral("concentrated-week");
    case ActivityKind::ThreeInto:
        break;
    }
    return QStringLiteral("three-into");
}

std::optional<ActivityKind> activityKindFromCode(const QString& code)
{
    for (ActivityKind kind : allActivityKinds())
        if (activityKindCode(kind) == code)
            return kind;
    return std::nullopt;
}

QString activityKindName(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::DirectLine:
        return QCoreApplication::translate("ActivityKind", "Director's direct line");
    case ActivityKind::FiveDeliveries:
        return QCoreApplication::translate("ActivityKind", "Five deliveries");
    case ActivityKind::ConcentratedWeek:
        return QCoreApplication::translate("ActivityKind", "Concentrated week");
    case ActivityKind::ThreeInto:
        break;
    }
    return QCoreApplication::translate("ActivityKind", "Three into");
}

QList<Delivery> allDeliveries()
{
    return {DeliverPolicy, DeliverTechnology, DeliverInformation, DeliverProjects, DeliverTalent};
}

QString deliveryName(Delivery delivery)
{
    switch (delivery) {
    case DeliverTechnology:
        return QCoreApplication::translate("ActivityKind", "Technology");
    case DeliverInformation:
        return QCoreApplication::translate("ActivityKind", "Information");
    case DeliverProjects:
        return QCoreApplication::translate("ActivityKind", "Projects");
    case DeliverTalent:
        return QCoreApplication::translate("ActivityKind", "Talent");
    case DeliverPolicy:
        break;
    }
    return QCoreApplication::translate("ActivityKind", "Policy");
}

QString deliveryNames(int deliveries)
{
    QStringList names;
    for (Delivery delivery : allDeliveries())
        if (deliveries & delivery)
            names.append(deliveryName(delivery));
    return names.join(QStringLiteral("、"));
}

QString Activity::datesText() const
{
    QString start = startDate.toString(Qt::ISODate);
    if (!endDate.isValid() || endDate == startDate)
        return start;
    return start + QStringLiteral(" — ") + endDate.toString(Qt::ISODate);
}

QString Activity::kindText() const
{
    switch (kind) {
    case ActivityKind::ThreeInto:
        return QCoreApplication::translate("ActivityKind", "%1 (%2)")
            .arg(activityKindName(kind), enterpriseKindName(target));
    case ActivityKind::FiveDeliveries:
        return QCoreApplication::translate("ActivityKind", "%1: %2")
            .arg(activityKindName(kind), deliveryNames(deliveries));
    case ActivityKind::DirectLine:
    case ActivityKind::ConcentratedWeek:
        break;
    }
    return activityKindName(kind);
}

} // namespace branddesk
