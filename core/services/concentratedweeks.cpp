// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/concentratedweeks.h"

#include "core/audit/auditentry.h"
#include "core/services/auditlog.h"
#include "core/storage/enterpriseactivityrepository.h"

#include <QCoreApplication>

namespace branddesk {

ConcentratedWeeks::ConcentratedWeeks(Database& database, const AuditLog& audit)
    : m_database(database)
    , m_audit(audit)
{}

Result<QHash<qint64, QDate>> ConcentratedWeeks::facingSince(const QList<Department>& departments) const
{
    const QString key = QStringLiteral("enterprise_facing");
    QHash<qint64, QDate> result;
    for (const Department& department : departments) {
        if (!department.enterpriseFacing)
            continue;
        Result<QList<AuditEntry>> history = m_audit.history(AuditEntities::kDepartment, department.id);
        if (!history)
            return fail(history.error());
        QDate since;
        for (const AuditEntry& entry : *history) {
            const QJsonObject after = entry.after();
            if (!after.contains(key))
                continue;
            since = after.value(key).toBool() ? entry.at.toLocalTime().date() : QDate();
        }
        if (since.isValid())
            result.insert(department.id, since);
    }
    return result;
}

QString ConcentratedWeeks::notTickedByHand(const QString& milestoneName)
{
    return QCoreApplication::translate("ConcentratedWeeks",
                                       "\"%1\" is judged from the enterprise-service records: it is met when every "
                                       "quarter so far has its concentrated week logged (Enterprise service › "
                                       "Quarterly weeks). It is not ticked by hand.")
        .arg(milestoneName);
}

Result<QuarterCompliance> ConcentratedWeeks::compliance(const Campaign& campaign, const QList<Department>& departments,
                                                        const QDate& today) const
{
    QList<Department> facing;
    for (const Department& department : departments)
        if (department.active && department.enterpriseFacing)
            facing.append(department);
    Result<QHash<qint64, QDate>> since = facingSince(facing);
    if (!since)
        return fail(since.error());
    Result<QList<ConcentratedWeekFact>> weeks = EnterpriseActivityRepository(m_database).concentratedWeeks();
    if (!weeks)
        return fail(weeks.error());
    return QuarterCompliance::build(campaign.span(), today, facing, *since, *weeks);
}

Result<QList<MilestoneCompletion>> ConcentratedWeeks::withDerivedCompletions(const Campaign& campaign,
                                                                             const QList<Department>& departments,
                                                                             QList<MilestoneCompletion> stored,
                                                                             const QDate& today) const
{
    const Milestone* milestone = nullptr;
    for (const Milestone& m : campaign.milestones)
        if (m.code == kMilestoneCode)
            milestone = &m;
    if (!milestone)
        return stored;
    const qint64 milestoneId = milestone->id;
    stored.removeIf([milestoneId](const MilestoneCompletion& c) { return c.milestoneId == milestoneId; });
    Result<QuarterCompliance> table = compliance(campaign, departments, today);
    if (!table)
        return fail(table.error());
    for (const QuarterComplianceRow& row : table->rows()) {
        if (!row.isDone())
            continue;
        MilestoneCompletion derived;
        derived.milestoneId = milestoneId;
        derived.departmentId = row.department.id;
        derived.doneDate = std::min(row.lastWeek, today);
        derived.evidence = QCoreApplication::translate(
            "ConcentratedWeeks", "Derived from the concentrated weeks recorded: %n quarter(s) met.", nullptr, row.met);
        derived.recordedBy = QCoreApplication::translate("ConcentratedWeeks", "Enterprise service records");
        stored.append(derived);
    }
    return stored;
}

} // namespace branddesk
