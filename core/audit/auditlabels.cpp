// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/auditlabels.h"

#include "core/accounts/user.h"
#include "core/audit/assessmentsnapshots.h"
#include "core/audit/auditentry.h"
#include "core/audit/auditsnapshots.h"
#include "core/audit/enterprisesnapshots.h"
#include "core/audit/evaluationsnapshots.h"
#include "core/audit/hotlinesnapshots.h"
#include "core/audit/inspectionsnapshots.h"
#include "core/audit/remindersnapshots.h"
#include "core/audit/reportsnapshots.h"
#include "core/domain/brand.h"
#include "core/domain/department.h"

#include <QCoreApplication>

namespace branddesk {
namespace {

QString departmentLabel(const QString& key)
{
    static const struct {
        const char* key;
        const char* label;
    } labels[] = {
        {"name", QT_TRANSLATE_NOOP("AuditLabels", "Full name")},
        {"short_name", QT_TRANSLATE_NOOP("AuditLabels", "Short name")},
        {"category", QT_TRANSLATE_NOOP("AuditLabels", "Category")},
        {"enterprise_facing", QT_TRANSLATE_NOOP("AuditLabels", "Enterprise-facing")},
        {"supervises_intermediaries", QT_TRANSLATE_NOOP("AuditLabels", "Supervises intermediaries")},
        {"principal_leader", QT_TRANSLATE_NOOP("AuditLabels", "Principal leader")},
        {"leader_in_charge", QT_TRANSLATE_NOOP("AuditLabels", "Leader in charge")},
        {"contact_person", QT_TRANSLATE_NOOP("AuditLabels", "Contact person")},
        {"phone", QT_TRANSLATE_NOOP("AuditLabels", "Phone")},
        {"email", QT_TRANSLATE_NOOP("AuditLabels", "E-mail")},
        {"sort_order", QT_TRANSLATE_NOOP("AuditLabels", "Sort order")},
        {"active", QT_TRANSLATE_NOOP("AuditLabels", "Active")},
    };
    for (const auto& entry : labels)
        if (key == QLatin1String(entry.key))
            return QCoreApplication::translate("AuditLabels", entry.label);
    return key;
}

QString reportLabel(const QString& key)
{
    static const struct {
        const char* key;
        const char* label;
    } labels[] = {
        {"department_id", QT_TRANSLATE_NOOP("AuditLabels", "Department (number)")},
        {"week", QT_TRANSLATE_NOOP("AuditLabels", "Week (Monday)")},
        {"received_at", QT_TRANSLATE_NOOP("AuditLabels", "Received at")},
        {"channel", QT_TRANSLATE_NOOP("AuditLabels", "Channel")},
        {"title", QT_TRANSLATE_NOOP("AuditLabels", "Title")},
        {"content", QT_TRANSLATE_NOOP("AuditLabels", "Content")},
        {"tags", QT_TRANSLATE_NOOP("AuditLabels", "Serves")},
        {"highlight", QT_TRANSLATE_NOOP("AuditLabels", "Typical practice")},
        {"attachments", QT_TRANSLATE_NOOP("AuditLabels", "Attachments")},
    };
    for (const auto& entry : labels)
        if (key == QLatin1String(entry.key))
            return QCoreApplication::translate("AuditLabels", entry.label);
    return key;
}

QString inspectionLabel(const QString& key)
{
    if (key.startsWith(QLatin1String("check:")))
        return QCoreApplication::translate("AuditLabels", "Checklist item");
    if (key.startsWith(QLatin1String("rectification:")))
        return QCoreApplication::translate("AuditLabels", "Rectification demand (number %1)")
            .arg(key.section(QLatin1Char(':'), 1));
    static const struct {
        const char* key;
        const char* label;
    } labels[] = {
        {"department_id", QT_TRANSLATE_NOOP("AuditLabels", "Department (number)")},
        {"date", QT_TRANSLATE_NOOP("AuditLabels", "Inspection date")},
        {"kind", QT_TRANSLATE_NOOP("AuditLabels", "Kind")},
        {"inspectors", QT_TRANSLATE_NOOP("AuditLabels", "Inspectors")},
        {"findings", QT_TRANSLATE_NOOP("AuditLabels", "Findings")},
    };
    for (const auto& entry : labels)
        if (key == QLatin1String(entry.key))
            return QCoreApplication::translate("AuditLabels", entry.label);
    return key;
}

/// The fields of the enterprise-service and evaluation records (one table: their keys never clash in meaning).
QString serviceAndEvaluationLabel(const QString& key)
{
    static const struct {
        const char* key;
        const char* label;
    } labels[] = {
        {"name", QT_TRANSLATE_NOOP("AuditLabels", "Name")},
        {"kind", QT_TRANSLATE_NOOP("AuditLabels", "Kind")},
        {"department_id", QT_TRANSLATE_NOOP("AuditLabels", "Department (number)")},
        {"enterprise", QT_TRANSLATE_NOOP("AuditLabels", "Enterprise, zone or project")},
        {"enterprise_id", QT_TRANSLATE_NOOP("AuditLabels", "Enterprise (number)")},
        {"activity_id", QT_TRANSLATE_NOOP("AuditLabels", "Raised at activity (number)")},
        {"target", QT_TRANSLATE_NOOP("AuditLabels", "Went into")},
        {"deliveries", QT_TRANSLATE_NOOP("AuditLabels", "Delivered (五送)")},
        {"start_date", QT_TRANSLATE_NOOP("AuditLabels", "From")},
        {"end_date", QT_TRANSLATE_NOOP("AuditLabels", "To")},
        {"participants", QT_TRANSLATE_NOOP("AuditLabels", "Participants")},
        {"leading_official", QT_TRANSLATE_NOOP("AuditLabels", "Leading official")},
        {"description", QT_TRANSLATE_NOOP("AuditLabels", "Description")},
        {"outcome", QT_TRANSLATE_NOOP("AuditLabels", "Outcome")},
        {"leader", QT_TRANSLATE_NOOP("AuditLabels", "Responsible leader")},
        {"team", QT_TRANSLATE_NOOP("AuditLabels", "Team")},
        {"plan", QT_TRANSLATE_NOOP("AuditLabels", "Plan")},
        {"raised_date", QT_TRANSLATE_NOOP("AuditLabels", "Raised on")},
        {"deadline", QT_TRANSLATE_NOOP("AuditLabels", "Deadline")},
        {"status", QT_TRANSLATE_NOOP("AuditLabels", "Status")},
        {"reason", QT_TRANSLATE_NOOP("AuditLabels", "Reason")},
        {"solved_date", QT_TRANSLATE_NOOP("AuditLabels", "Solved on")},
        {"campaign_id", QT_TRANSLATE_NOOP("AuditLabels", "Campaign (number)")},
        {"round_id", QT_TRANSLATE_NOOP("AuditLabels", "Round (number)")},
        {"entry_id", QT_TRANSLATE_NOOP("AuditLabels", "Entry (number)")},
        {"brand_id", QT_TRANSLATE_NOOP("AuditLabels", "Service brand (number)")},
        {"locked", QT_TRANSLATE_NOOP("AuditLabels", "Locked")},
        {"submitted_on", QT_TRANSLATE_NOOP("AuditLabels", "Submitted on")},
        {"declaration", QT_TRANSLATE_NOOP("AuditLabels", "Declaration")},
        {"file_name", QT_TRANSLATE_NOOP("AuditLabels", "Declaration file")},
        {"unit", QT_TRANSLATE_NOOP("AuditLabels", "Unit")},
        {"satisfied", QT_TRANSLATE_NOOP("AuditLabels", "Satisfied")},
        {"basically_satisfied", QT_TRANSLATE_NOOP("AuditLabels", "Basically satisfied")},
        {"dissatisfied", QT_TRANSLATE_NOOP("AuditLabels", "Dissatisfied")},
        {"unknown", QT_TRANSLATE_NOOP("AuditLabels", "Not familiar (invalid)")},
        {"selected", QT_TRANSLATE_NOOP("AuditLabels", "Typical brand")},
        {"selected_on", QT_TRANSLATE_NOOP("AuditLabels", "Selected on")},
        {"named_on", QT_TRANSLATE_NOOP("AuditLabels", "Named on")},
        {"naming_document", QT_TRANSLATE_NOOP("AuditLabels", "Naming document number")},
        {"outlet", QT_TRANSLATE_NOOP("AuditLabels", "Outlet")},
        {"date", QT_TRANSLATE_NOOP("AuditLabels", "Date")},
        {"title", QT_TRANSLATE_NOOP("AuditLabels", "Title")},
    };
    for (const auto& entry : labels)
        if (key == QLatin1String(entry.key))
            return QCoreApplication::translate("AuditLabels", entry.label);
    return key;
}

bool isServiceOrEvaluation(const QString& entity)
{
    return entity.startsWith(QLatin1String("enterprise")) || entity.startsWith(QLatin1String("evaluation-"));
}

} // namespace

QString auditEntityName(const QString& entity)
{
    if (entity == AuditEntities::kDepartment)
        return QCoreApplication::translate("AuditLabels", "Department");
    if (entity == AuditEntities::kBrand)
        return QCoreApplication::translate("AuditLabels", "Service brand");
    if (entity == AuditEntities::kUser)
        return QCoreApplication::translate("AuditLabels", "User");
    if (entity == ReportAuditEntities::kWeeklyReport)
        return QCoreApplication::translate("AuditLabels", "Weekly report");
    if (entity == InspectionAuditEntities::kInspection)
        return QCoreApplication::translate("AuditLabels", "Inspection");
    if (entity == EnterpriseAuditEntities::kEnterprise)
        return QCoreApplication::translate("AuditLabels", "Enterprise");
    if (entity == EnterpriseAuditEntities::kActivity)
        return QCoreApplication::translate("AuditLabels", "Enterprise-service activity");
    if (entity == EnterpriseAuditEntities::kProblem)
        return QCoreApplication::translate("AuditLabels", "Enterprise problem");
    if (entity == HotlineAuditEntities::kTicket)
        return QCoreApplication::translate("AuditLabels", "Hotline ticket");
    if (entity == AssessmentAuditEntities::kItem)
        return QCoreApplication::translate("AuditLabels", "Assessment item");
    if (entity == AssessmentAuditEntities::kYear)
        return QCoreApplication::translate("AuditLabels", "Assessment year");
    if (entity == ReminderAuditEntities::kReminder)
        return QCoreApplication::translate("AuditLabels", "Reminder sent");
    if (entity == EvaluationAuditEntities::kRound)
        return QCoreApplication::translate("AuditLabels", "Evaluation round");
    if (entity == EvaluationAuditEntities::kEntry)
        return QCoreApplication::translate("AuditLabels", "Evaluation entry");
    if (entity == EvaluationAuditEntities::kExpert)
        return QCoreApplication::translate("AuditLabels", "Evaluation expert");
    if (entity == EvaluationAuditEntities::kPublicity)
        return QCoreApplication::translate("AuditLabels", "Publicity record");
    return entity;
}

QString auditFieldLabel(const QString& entity, const QString& key)
{
    if (entity == AuditEntities::kDepartment)
        return departmentLabel(key);
    if (entity == AuditEntities::kBrand) {
        for (BrandField field : allBrandFields())
            if (key == snapshotKey(field))
                return brandFieldName(field);
        if (key == QLatin1String("department_id"))
            return QCoreApplication::translate("AuditLabels", "Department (number)");
        if (key == QLatin1String("status"))
            return QCoreApplication::translate("AuditLabels", "Status");
        if (key == QLatin1String("logo"))
            return QCoreApplication::translate("AuditLabels", "Logo (fingerprint)");
    }
    if (entity == ReportAuditEntities::kWeeklyReport)
        return reportLabel(key);
    if (entity == InspectionAuditEntities::kInspection)
        return inspectionLabel(key);
    if (isServiceOrEvaluation(entity))
        return serviceAndEvaluationLabel(key);
    if (entity == HotlineAuditEntities::kTicket)
        return hotlineFieldLabel(key);
    if (entity.startsWith(QLatin1String("assessment-")))
        return assessmentFieldLabel(key);
    if (entity == ReminderAuditEntities::kReminder)
        return reminderFieldLabel(key);
    if (entity == AuditEntities::kUser) {
        if (key == QLatin1String("name"))
            return QCoreApplication::translate("AuditLabels", "Name");
        if (key == QLatin1String("role"))
            return QCoreApplication::translate("AuditLabels", "Role");
        if (key == QLatin1String("active"))
            return QCoreApplication::translate("AuditLabels", "Active");
        if (key == QLatin1String("password"))
            return QCoreApplication::translate("AuditLabels", "Password");
    }
    return key;
}

QString auditValueText(const QString& entity, const QString& key, const QJsonValue& value)
{
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty()))
        return QStringLiteral("—");
    if (value.isBool())
        return value.toBool() ? QCoreApplication::translate("AuditLabels", "yes")
                              : QCoreApplication::translate("AuditLabels", "no");
    if (entity == ReportAuditEntities::kWeeklyReport && key == QLatin1String("tags") && value.toInt() != 0)
        return reportTagsText(ReportTags::fromInt(value.toInt()));
    if (value.isDouble())
        return QString::number(value.toInteger());
    QString text = value.toString();
    if (entity == InspectionAuditEntities::kInspection)
        return describeInspectionValue(key, value);
    if (entity == AuditEntities::kDepartment && key == QLatin1String("category"))
        if (const std::optional<DepartmentCategory> category = departmentCategoryFromCode(text))
            return departmentCategoryName(*category);
    if (entity == AuditEntities::kBrand && key == QLatin1String("status"))
        if (const std::optional<BrandStatus> status = brandStatusFromCode(text))
            return brandStatusName(*status);
    if (entity == ReportAuditEntities::kWeeklyReport && key == QLatin1String("channel"))
        if (const std::optional<ReportChannel> channel = reportChannelFromCode(text))
            return reportChannelName(*channel);
    if (entity == AuditEntities::kUser && key == QLatin1String("role"))
        if (const std::optional<Role> role = roleFromCode(text))
            return roleName(*role);
    return text;
}

} // namespace branddesk
