// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/remindersnapshots.h"

#include "core/clock.h"

#include <QCoreApplication>

namespace branddesk {

QJsonObject snapshotOf(const Reminder& r)
{
    return {{QStringLiteral("department_id"), r.departmentId},
            {QStringLiteral("week_monday"), r.week.monday().toString(Qt::ISODate)},
            {QStringLiteral("sent_at"), r.sentAt.isValid() ? toStorageTimestamp(r.sentAt) : QString()},
            {QStringLiteral("recipients"), r.recipients},
            {QStringLiteral("subject"), r.subject},
            {QStringLiteral("body"), r.body}};
}

QString reminderFieldLabel(const QString& key)
{
    static const struct {
        const char* key;
        const char* label;
    } labels[] = {
        {"department_id", QT_TRANSLATE_NOOP("AuditLabels", "Department (number)")},
        {"week_monday", QT_TRANSLATE_NOOP("AuditLabels", "Week (Monday)")},
        {"sent_at", QT_TRANSLATE_NOOP("AuditLabels", "Sent at")},
        {"recipients", QT_TRANSLATE_NOOP("AuditLabels", "Sent to")},
        {"subject", QT_TRANSLATE_NOOP("AuditLabels", "Subject")},
        {"body", QT_TRANSLATE_NOOP("AuditLabels", "Text")},
    };
    for (const auto& entry : labels)
        if (key == QLatin1String(entry.key))
            return QCoreApplication::translate("AuditLabels", entry.label);
    return key;
}

} // namespace branddesk
