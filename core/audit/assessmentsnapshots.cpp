// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/assessmentsnapshots.h"

#include <QCoreApplication>

namespace branddesk {

QJsonObject snapshotOf(const AssessmentItem& item)
{
    return {{QStringLiteral("year"), item.year},
            {QStringLiteral("department_id"), item.departmentId},
            {QStringLiteral("kind"), assessmentItemKindCode(item.kind)},
            {QStringLiteral("reason"), item.reason},
            {QStringLiteral("evidence"), item.evidence},
            {QStringLiteral("points"), item.points.toExactString()}};
}

QJsonObject yearSnapshot(int year, const QString& finalisedBy, const QString& summary)
{
    return {{QStringLiteral("year"), year},
            {QStringLiteral("finalised_by"), finalisedBy},
            {QStringLiteral("totals"), summary}};
}

QString assessmentFieldLabel(const QString& key)
{
    static const struct {
        const char* key;
        const char* label;
    } labels[] = {
        {"year", QT_TRANSLATE_NOOP("AuditLabels", "Year")},
        {"department_id", QT_TRANSLATE_NOOP("AuditLabels", "Department (number)")},
        {"kind", QT_TRANSLATE_NOOP("AuditLabels", "Kind")},
        {"reason", QT_TRANSLATE_NOOP("AuditLabels", "Reason")},
        {"evidence", QT_TRANSLATE_NOOP("AuditLabels", "Evidence")},
        {"points", QT_TRANSLATE_NOOP("AuditLabels", "Points")},
        {"finalised_by", QT_TRANSLATE_NOOP("AuditLabels", "Finalised by")},
        {"totals", QT_TRANSLATE_NOOP("AuditLabels", "Totals")},
    };
    for (const auto& label : labels)
        if (key == QLatin1String(label.key))
            return QCoreApplication::translate("AuditLabels", label.label);
    return key;
}

} // namespace branddesk
