// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/inspectionservice.h"

#include "core/accounts/currentuser.h"
#include "core/audit/inspectionsnapshots.h"
#include "core/clock.h"
#include "core/inspections/inspectionchecklist.h"
#include "core/services/auditedwrites.h"
#include "core/services/auditlog.h"
#include "core/storage/database.h"
#include "core/text/characters.h"

#include <QLocale>
#include <QSet>

namespace branddesk {
namespace {

QString shortDate(const QDate& date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString normalisedText(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text.trimmed();
}

} // namespace

InspectionService::InspectionService(Database& database, const Clock& clock, const CurrentUser& user, AuditLog& audit,
                                     QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_user(user)
    , m_audit(audit)
    , m_brands(database)
    , m_campaigns(database)
    , m_departments(database)
    , m_inspections(database)
    , m_milestones(database)
{}

QDate InspectionService::today() const
{
    return m_clock.today();
}

Result<QList<InspectionListItem>> InspectionService::list(qint64 departmentId) const
{
    return m_inspections.list(departmentId, m_clock.today());
}

Result<Inspection> InspectionService::find(qint64 id) const
{
    return m_inspections.find(id);
}

Result<std::optional<Inspection>> InspectionService::latestFor(qint64 departmentId) const
{
    Result<std::optional<qint64>> id = m_inspections.latestId(departmentId);
    if (!id)
        return fail(id.error());
    if (!*id)
        return std::optional<Inspection>();
    Result<Inspection> inspection = m_inspections.find(**id);
    if (!inspection)
        return fail(inspection.error());
    return std::optional<Inspection>(*inspection);
}

Result<QList<InspectionCheck>> InspectionService::checklistFor(qint64 departmentId, const QDate& date) const
{
    Result<Department> department = m_departments.find(departmentId);
    if (!department)
        return fail(department.error());
    Result<QList<BrandOverview>> overviews = m_brands.overviews();
    if (!overviews)
        return fail(overviews.error());
    QList<Brand> brands;
    for (const BrandOverview& overview : *overviews)
        if (overview.brand.departmentId == departmentId)
            brands.append(overview.brand);

    Result<QList<Campaign>> campaigns = m_campaigns.all();
    if (!campaigns)
        return fail(campaigns.error());
    std::optional<Campaign> current;
    for (const Campaign& campaign : *campaigns)
        if (campaign.isCurrent)
            current = campaign;
    QList<MilestoneCompletion> completions;
    if (current) {
        Result<QList<MilestoneCompletion>> all = m_milestones.forCampaign(current->id);
        if (!all)
            return fail(all.error());
        for (const MilestoneCompletion& completion : *all)
            if (completion.departmentId == departmentId)
                completions.append(completion);
    }
    return InspectionChecklist::generate(*department, InspectionChecklist::bestBrand(brands), current, completions,
                                         date);
}

Result<QList<RectificationItem>> InspectionService::openRectifications(qint64 departmentId) const
{
    return m_inspections.openRectifications(departmentId, QDate());
}

Result<QList<RectificationItem>> InspectionService::overdueRectifications() const
{
    return m_inspections.openRectifications(0, m_clock.today());
}

Result<QList<BehindItem>> InspectionService::behindToday() const
{
    Result<QList<RectificationItem>> overdue = overdueRectifications();
    if (!overdue)
        return fail(overdue.error());
    const QDate today = m_clock.today();
    QList<BehindItem> items;
    for (const RectificationItem& r : *overdue) {
        BehindItem item;
        item.kind = BehindItem::Kind::Rectification;
        item.departmentId = r.departmentId;
        item.departmentName = r.departmentName;
        item.itemId = r.inspectionId;
        item.title = tr("Rectification: %1").arg(r.rectification.demand.section(QLatin1Char('\n'), 0, 0));
        item.due = r.rectification.deadline;
        item.daysOverdue = r.rectification.daysOverdue(today);
        item.light = Light::Red;
        items.append(item);
    }
    return items; // earliest deadline first: most days overdue first
}

Result<void> InspectionService::validate(Inspection& inspection, bool isNew) const
{
    QStringList problems;
    inspection.inspectors = inspection.inspectors.simplified();
    inspection.findings = normalisedText(inspection.findings);

    Result<Department> department = m_departments.find(inspection.departmentId);
    if (!department) {
        if (department.error().code != Error::Code::NotFound)
            return fail(department.error());
        problems.append(tr("Choose the department inspected."));
    } else if (isNew && !department->active) {
        problems.append(tr("%1 is deactivated; reactivate it before recording its inspections.").arg(department->name));
    }
    const QDate today = m_clock.today();
    if (!inspection.date.isValid())
        problems.append(tr("Enter the date of the inspection."));
    else if (inspection.date > today)
        problems.append(tr("The inspection date (%1) lies in the future.").arg(shortDate(inspection.date)));
    if (inspection.inspectorNames().isEmpty())
        problems.append(tr("Enter at least one inspector."));
    else if (characterCount(inspection.inspectors) > InspectionLimits::kInspectors)
        problems.append(
            tr("The inspectors' names are too long: at most %1 characters.").arg(InspectionLimits::kInspectors));
    if (characterCount(inspection.findings) > InspectionLimits::kFindings)
        problems.append(tr("The findings are too long: at most %1 characters.").arg(InspectionLimits::kFindings));

    QSet<QString> keys;
    for (InspectionCheck& check : inspection.checks) {
        check.label = check.label.simplified();
        check.note = normalisedText(check.note);
        if (check.key.isEmpty() || check.label.isEmpty())
            problems.append(tr("A checklist item has no name."));
        else if (keys.contains(check.key))
            problems.append(tr("The checklist item “%1” appears twice.").arg(check.label));
        keys.insert(check.key);
        if (characterCount(check.note) > InspectionLimits::kNote)
            problems.append(tr("The note on “%1” is too long: at most %2 characters.")
                                .arg(check.label)
                                .arg(InspectionLimits::kNote));
    }

    for (int i = 0; i < inspection.rectifications.size(); ++i) {
        Rectification& r = inspection.rectifications[i];
        const int number = i + 1;
        r.demand = normalisedText(r.demand);
        r.followUp = normalisedText(r.followUp);
        if (!r.isDone())
            r.doneDate = QDate();
        if (r.demand.isEmpty())
            problems.append(tr("Rectification %1: enter what must be rectified.").arg(number));
        else if (characterCount(r.demand) > InspectionLimits::kDemand)
            problems.append(tr("Rectification %1: the demand is too long: at most %2 characters.")
                                .arg(number)
                                .arg(InspectionLimits::kDemand));
        if (characterCount(r.followUp) > InspectionLimits::kFollowUp)
            problems.append(tr("Rectification %1: the follow-up note is too long: at most %2 characters.")
                                .arg(number)
                                .arg(InspectionLimits::kFollowUp));
        if (!r.deadline.isValid())
            problems.append(tr("Rectification %1: enter the deadline.").arg(number));
        else if (inspection.date.isValid() && r.deadline < inspection.date)
            problems.append(tr("Rectification %1: the deadline (%2) lies before the inspection (%3).")
                                .arg(number)
                                .arg(shortDate(r.deadline), shortDate(inspection.date)));
        if (r.isDone()) {
            if (!r.doneDate.isValid())
                problems.append(tr("Rectification %1: enter the date it was done.").arg(number));
            else if (r.doneDate > today)
                problems.append(tr("Rectification %1: the date done (%2) lies in the future.")
                                    .arg(number)
                                    .arg(shortDate(r.doneDate)));
            else if (inspection.date.isValid() && r.doneDate < inspection.date)
                problems.append(tr("Rectification %1: the date done (%2) lies before the inspection (%3).")
                                    .arg(number)
                                    .arg(shortDate(r.doneDate), shortDate(inspection.date)));
        }
    }
    if (!problems.isEmpty())
        return fail(Error::Code::Validation, problems.join(QLatin1Char('\n')));
    return {};
}

Result<Inspection> InspectionService::save(Inspection inspection)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return fail(allowed.error());
    const bool isNew = inspection.id == 0;
    if (Result<void> valid = validate(inspection, isNew); !valid)
        return fail(valid.error());
    const QDateTime loadedAt = inspection.updatedAt;
    inspection.updatedAt = m_clock.nowUtc();
    if (isNew) {
        inspection.version = 0;
        inspection.recordedAt = inspection.updatedAt;
        inspection.recordedBy = m_user.name();
        for (Rectification& r : inspection.rectifications)
            r.id = 0;
    }
    return audited::write(m_database, this, [&]() -> Result<Inspection> {
        // The stored inspection (the demands' ids, the version) is what is audited and returned.
        return audited::save(m_inspections, m_audit, InspectionAuditEntities::kInspection, inspection, loadedAt);
    });
}

Result<void> InspectionService::remove(qint64 id)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return allowed;
    return audited::write(m_database, this, [&] {
        return audited::remove(m_inspections, m_audit, InspectionAuditEntities::kInspection, id);
    });
}

} // namespace branddesk
