// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/hotlinesnapshots.h"

#include "core/clock.h"
#include "core/hotline/phonemask.h"

#include <QCoreApplication>
#include <QStringList>

namespace branddesk {

QJsonObject snapshotOf(const Ticket& t)
{
    QStringList transfers;
    for (const TicketTransfer& transfer : t.transfers)
        transfers.append(transfer.date.toString(Qt::ISODate) + QLatin1Char(' ') + transfer.fromDepartmentName +
                         QStringLiteral(": ") + transfer.reason);
    const auto date = [](const QDate& d) { return d.toString(Qt::ISODate); };
    return {{QStringLiteral("number"), t.number},
            {QStringLiteral("received_at"), t.receivedAt.isValid() ? toStorageTimestamp(t.receivedAt) : QString()},
            {QStringLiteral("channel"), ticketChannelCode(t.channel)},
            {QStringLiteral("caller_name"), t.callerName},
            {QStringLiteral("caller_phone"), maskedPhone(t.callerPhone)},
            {QStringLiteral("confidential"), t.confidential},
            {QStringLiteral("kind"), ticketKindCode(t.kind)},
            {QStringLiteral("department_id"), t.departmentId},
            {QStringLiteral("brand_id"), t.brandId},
            {QStringLiteral("content"), t.content},
            {QStringLiteral("assigned_on"), date(t.assignedOn)},
            {QStringLiteral("due_date"), date(t.dueDate)},
            {QStringLiteral("signed_at"), t.signedAt.isValid() ? toStorageTimestamp(t.signedAt) : QString()},
            {QStringLiteral("extended_to"), date(t.extendedTo)},
            {QStringLiteral("extension_reason"), t.extensionReason},
            {QStringLiteral("transfers"), transfers.join(QLatin1Char('\n'))},
            {QStringLiteral("answer"), t.answer},
            {QStringLiteral("answered_on"), date(t.answeredOn)},
            {QStringLiteral("follow_up_attempts"), t.followUpAttempts},
            {QStringLiteral("reached"), t.reached},
            {QStringLiteral("solved"), t.solved},
            {QStringLiteral("satisfaction"), satisfactionCode(t.satisfaction)},
            {QStringLiteral("follow_up_note"), t.followUpNote},
            {QStringLiteral("followed_up_on"), date(t.followedUpOn)},
            {QStringLiteral("closed_on"), date(t.closedOn)},
            {QStringLiteral("repeat_of_id"), t.repeatOfId}};
}

QString hotlineFieldLabel(const QString& key)
{
    static const struct {
        const char* key;
        const char* label;
    } labels[] = {
        {"number", QT_TRANSLATE_NOOP("AuditLabels", "Ticket number")},
        {"received_at", QT_TRANSLATE_NOOP("AuditLabels", "Received at")},
        {"channel", QT_TRANSLATE_NOOP("AuditLabels", "Channel")},
        {"caller_name", QT_TRANSLATE_NOOP("AuditLabels", "Caller")},
        {"caller_phone", QT_TRANSLATE_NOOP("AuditLabels", "Caller's phone (masked)")},
        {"confidential", QT_TRANSLATE_NOOP("AuditLabels", "Keep confidential")},
        {"kind", QT_TRANSLATE_NOOP("AuditLabels", "Kind")},
        {"department_id", QT_TRANSLATE_NOOP("AuditLabels", "Department (number)")},
        {"brand_id", QT_TRANSLATE_NOOP("AuditLabels", "Service brand (number)")},
        {"content", QT_TRANSLATE_NOOP("AuditLabels", "Content")},
        {"assigned_on", QT_TRANSLATE_NOOP("AuditLabels", "Assigned on")},
        {"due_date", QT_TRANSLATE_NOOP("AuditLabels", "Due")},
        {"signed_at", QT_TRANSLATE_NOOP("AuditLabels", "Signed for at")},
        {"extended_to", QT_TRANSLATE_NOOP("AuditLabels", "Extended to")},
        {"extension_reason", QT_TRANSLATE_NOOP("AuditLabels", "Reason for the extension")},
        {"transfers", QT_TRANSLATE_NOOP("AuditLabels", "Returns and reassignments")},
        {"answer", QT_TRANSLATE_NOOP("AuditLabels", "Answer")},
        {"answered_on", QT_TRANSLATE_NOOP("AuditLabels", "Answered on")},
        {"follow_up_attempts", QT_TRANSLATE_NOOP("AuditLabels", "Follow-up calls")},
        {"reached", QT_TRANSLATE_NOOP("AuditLabels", "Caller reached")},
        {"solved", QT_TRANSLATE_NOOP("AuditLabels", "Solved")},
        {"satisfaction", QT_TRANSLATE_NOOP("AuditLabels", "Satisfaction")},
        {"follow_up_note", QT_TRANSLATE_NOOP("AuditLabels", "Follow-up note")},
        {"followed_up_on", QT_TRANSLATE_NOOP("AuditLabels", "Followed up on")},
        {"closed_on", QT_TRANSLATE_NOOP("AuditLabels", "Closed on")},
        {"repeat_of_id", QT_TRANSLATE_NOOP("AuditLabels", "Repeats ticket (number)")},
    };
    for (const auto& entry : labels)
        if (key == QLatin1String(entry.key))
            return QCoreApplication::translate("AuditLabels", entry.label);
    return key;
}

} // namespace branddesk
