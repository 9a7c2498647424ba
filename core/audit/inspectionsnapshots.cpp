// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/inspectionsnapshots.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace branddesk {
namespace {

QString compact(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

QJsonObject snapshotOf(const Inspection& inspection)
{
    QJsonObject snapshot{{QStringLiteral("department_id"), inspection.departmentId},
                         {QStringLiteral("date"), inspection.date.toString(Qt::ISODate)},
                         {QStringLiteral("kind"), inspectionKindCode(inspection.kind)},
                         {QStringLiteral("inspectors"), inspection.inspectors},
                         {QStringLiteral("findings"), inspection.findings}};
    for (const InspectionCheck& check : inspection.checks)
        snapshot.insert(QStringLiteral("check:") + check.key,
                        compact({check.label, checkResultCode(check.result), check.note}));
    for (const Rectification& r : inspection.rectifications)
        snapshot.insert(QStringLiteral("rectification:%1").arg(r.id),
                        compact({r.demand, r.deadline.toString(Qt::ISODate), rectificationStatusCode(r.status),
                                 r.doneDate.toString(Qt::ISODate), r.followUp}));
    return snapshot;
}

QString describeInspectionValue(const QString& key, const QJsonValue& value)
{
    const QJsonArray parts = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    if (key.startsWith(QLatin1String("check:")) && parts.size() == 3) {
        const QString result =
            checkResultName(checkResultFromCode(parts.at(1).toString()).value_or(CheckResult::NotChecked));
        QString text = QCoreApplication::translate("InspectionSnapshots", "%1: %2").arg(parts.at(0).toString(), result);
        if (!parts.at(2).toString().isEmpty())
            text += QStringLiteral(" — ") + parts.at(2).toString();
        return text;
    }
    if (key.startsWith(QLatin1String("rectification:")) && parts.size() == 5) {
        const RectificationStatus status =
            rectificationStatusFromCode(parts.at(2).toString()).value_or(RectificationStatus::Open);
        const QString state = parts.at(3).toString().isEmpty()
                                  ? rectificationStatusName(status)
                                  : QCoreApplication::translate("InspectionSnapshots", "%1 on %2")
                                        .arg(rectificationStatusName(status), parts.at(3).toString());
        QString text = QCoreApplication::translate("InspectionSnapshots", "%1 (deadline %2; %3)")
                           .arg(parts.at(0).toString(), parts.at(1).toString(), state);
        if (!parts.at(4).toString().isEmpty())
            text += QStringLiteral(" — ") + parts.at(4).toString();
        return text;
    }
    if (key == QLatin1String("kind"))
        if (const std::optional<InspectionKind> kind = inspectionKindFromCode(value.toString()))
            return inspectionKindName(*kind);
    return value.toString();
}

} // namespace branddesk
