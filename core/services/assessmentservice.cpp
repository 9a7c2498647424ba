// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/assessmentservice.h"

#include "core/assessment/assessmentcalculator.h"
#include "core/audit/assessmentsnapshots.h"
#include "core/services/assessmentinputs.h"
#include "core/services/auditedwrites.h"
#include "core/services/session.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace branddesk {
namespace {

QDate judgedOn(int year, const QDate& today)
{
    const QDate last(year, 12, 31);
    return today < last ? today : last;
}

Result<Campaign> campaignOf(Session& session, int year)
{
    Result<std::optional<Campaign>> current = session.campaigns().current();
    if (!current)
        return fail(current.error());
    if (!*current)
        return fail(Error::Code::NotFound,
                    QCoreApplication::translate("AssessmentService", "The database holds no campaign yet."));
    if ((*current)->year != year)
        return fail(Error::Code::NotFound,
                    QCoreApplication::translate("AssessmentService",
                                                "The assessment of %1 was not finalised, and the current campaign is "
                                                "of %2: only the current campaign's year can be computed from the "
                                                "records.")
                        .arg(year)
                        .arg((*current)->year));
    return **current;
}

/// The inputs of `year` judged on `asOf` (a finalised year's day, to compare its snapshot with the records now).
Result<QList<AssessmentInput>> inputsOn(Session& session, const AssessmentRepository& repository, int year,
                                        const QDate& asOf)
{
    Result<Campaign> campaign = campaignOf(session, year);
    if (!campaign)
        return fail(campaign.error());
    Result<QList<AssessmentItem>> entered = repository.items(year);
    if (!entered)
        return fail(entered.error());
    return collectAssessmentInputs(session, *campaign, year, asOf, *entered);
}

} // namespace

AssessmentService::AssessmentService(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_repository(session.database())
{}

bool AssessmentService::mayEdit() const
{
    return m_session.currentUser().canWrite();
}

bool AssessmentService::mayFinalise() const
{
    return m_session.currentUser().isAdministrator();
}

Result<AssessmentScheme> AssessmentService::scheme() const
{
    Result<std::optional<Campaign>> current = m_session.campaigns().current();
    if (!current)
        return fail(current.error());
    if (!*current)
        return AssessmentScheme::defaults();
    return AssessmentScheme::fromDefinition((*current)->definition, (*current)->title);
}

Result<int> AssessmentService::currentYear() const
{
    Result<std::optional<Campaign>> current = m_session.campaigns().current();
    if (!current)
        return fail(current.error());
    return *current ? (*current)->year : 0;
}

Result<QList<AssessmentItem>> AssessmentService::items(int year) const
{
    return m_repository.items(year);
}

Result<bool> AssessmentService::isFinalised(int year) const
{
    Result<std::optional<AssessmentSnapshot>> snapshot = m_repository.snapshot(year);
    if (!snapshot)
        return fail(snapshot.error());
    return snapshot->has_value();
}

Result<QList<AssessmentInput>> AssessmentService::inputs(int year) const
{
    return inputsOn(m_session, m_repository, year, judgedOn(year, m_session.clock().today()));
}

Result<AssessmentTable> AssessmentService::table(int year) const
{
    Result<std::optional<AssessmentSnapshot>> snapshot = m_repository.snapshot(year);
    if (!snapshot)
        return fail(snapshot.error());
    if (!*snapshot) {
        Result<Campaign> campaign = campaignOf(m_session, year);
        if (!campaign)
            return fail(campaign.error());
        Result<AssessmentScheme> scheme = AssessmentScheme::fromDefinition(campaign->definition, campaign->title);
        if (!scheme)
            return fail(scheme.error());
        Result<QList<AssessmentInput>> live = inputs(year);
        if (!live)
            return fail(live.error());
        return AssessmentCalculator(*scheme).compute(year, judgedOn(year, m_session.clock().today()), *live);
    }
    const AssessmentSnapshot& stored = **snapshot;
    const QJsonObject root = QJsonDocument::fromJson(stored.json).object();
    Result<AssessmentScheme> scheme = AssessmentScheme::fromDefinition(
        root.value(QLatin1String("definition")).toString().toUtf8(),
        QCoreApplication::translate("AssessmentService", "the finalised assessment of %1").arg(year));
    if (!scheme)
        return fail(scheme.error());
    QList<AssessmentInput> frozen;
    for (const QJsonValue& value : root.value(QLatin1String("inputs")).toArray())
        frozen.append(AssessmentInput::fromJson(value.toObject()));
    AssessmentTable table = AssessmentCalculator(*scheme).compute(
        year, QDate::fromString(root.value(QLatin1String("asOf")).toString(), Qt::ISODate), frozen);
    table.finalised = true;
    table.finalisedAt = stored.finalisedAt;
    table.finalisedBy = stored.finalisedBy;
    // Records changed since: flagged, never counted. Without the year's campaign there is nothing to compare.
    if (Result<QList<AssessmentInput>> live = inputsOn(m_session, m_repository, year, table.asOf)) {
        for (DepartmentAssessment& row : table.rows) {
            const auto found = std::find_if(live->cbegin(), live->cend(), [&row](const AssessmentInput& input) {
                return input.departmentId == row.input.departmentId;
            });
            if (found != live->cend())
                row.changedAfterFinalising = AssessmentInput::differences(row.input, *found);
        }
    }
    return table;
}

Result<void> AssessmentService::checkOpen(int year) const
{
    Result<bool> finalised = isFinalised(year);
    if (!finalised)
        return fail(finalised.error());
    if (*finalised)
        return fail(Error::Code::Validation,
                    QCoreApplication::translate(
                        "AssessmentService",
                        "The assessment of %1 is finalised; an administrator must reopen it before it can change.")
                        .arg(year));
    return {};
}

Result<void> AssessmentService::validate(AssessmentItem& item) const
{
    item.reason = item.reason.trimmed();
    item.evidence = item.evidence.trimmed();
    QStringList problems;
    if (item.departmentId == 0)
        problems.append(QCoreApplication::translate("AssessmentService", "Choose the department."));
    if (item.reason.isEmpty())
        problems.append(item.kind == AssessmentItemKind::Veto
                            ? QCoreApplication::translate("AssessmentService", "Choose the veto item.")
                            : QCoreApplication::translate("AssessmentService", "Give the reason."));
    if (item.reason.size() > AssessmentItemLimits::kReason)
        problems.append(QCoreApplication::translate("AssessmentService", "The reason is longer than %1 characters.")
                            .arg(AssessmentItemLimits::kReason));
    if (item.evidence.size() > AssessmentItemLimits::kEvidence)
        problems.append(QCoreApplication::translate("AssessmentService", "The evidence is longer than %1 characters.")
                            .arg(AssessmentItemLimits::kEvidence));
    if (!(item.points * 100).isInteger())
        problems.append(QCoreApplication::translate("AssessmentService", "Points may have at most two decimals."));
    switch (item.kind) {
    case AssessmentItemKind::Bonus:
    case AssessmentItemKind::Deduction:
        if (item.points <= Rational(0))
            problems.append(QCoreApplication::translate("AssessmentService", "The points must be more than 0."));
        break;
    case AssessmentItemKind::Social:
        if (item.points < Rational(0) || item.points > Rational(100))
            problems.append(
                QCoreApplication::translate("AssessmentService", "A social appraisal score lies between 0 and 100."));
        break;
    case AssessmentItemKind::Veto:
        item.points = 0;
        break;
    }
    if (!problems.isEmpty())
        return fail(Error::Code::Validation, problems.join(QLatin1Char('\n')));
    Result<QList<AssessmentItem>> existing = m_repository.items(item.year);
    if (!existing)
        return fail(existing.error());
    if (item.kind == AssessmentItemKind::Social)
        for (const AssessmentItem& other : *existing)
            if (other.kind == AssessmentItemKind::Social && other.departmentId == item.departmentId &&
                other.id != item.id)
                return fail(Error::Code::Validation,
                            QCoreApplication::translate(
                                "AssessmentService", "%1 already has a social appraisal score for %2; change that one.")
                                .arg(other.departmentName)
                                .arg(item.year));
    Result<AssessmentScheme> scheme = this->scheme();
    if (!scheme)
        return fail(scheme.error());
    return AssessmentCalculator(*scheme).checkCap(*existing, item);
}

Result<AssessmentItem> AssessmentService::saveItem(AssessmentItem item)
{
    if (Result<void> allowed = m_session.currentUser().requireWrite(); !allowed)
        return fail(allowed.error());
    if (Result<void> open = checkOpen(item.year); !open)
        return fail(open.error());
    if (Result<void> valid = validate(item); !valid)
        return fail(valid.error());
    const QDateTime now = m_session.clock().nowUtc();
    if (item.id == 0) {
        item.recordedAt = now;
        item.recordedBy = m_session.userName();
    }
    const QDateTime loadedAt = item.updatedAt;
    item.updatedAt = now;
    return audited::write(m_session.database(), this, [&]() -> Result<AssessmentItem> {
        return audited::save(m_repository, m_session.audit(), AssessmentAuditEntities::kItem, item, loadedAt);
    });
}

Result<void> AssessmentService::removeItem(qint64 id)
{
    if (Result<void> allowed = m_session.currentUser().requireWrite(); !allowed)
        return allowed;
    Result<AssessmentItem> item = m_repository.find(id);
    if (!item)
        return fail(item.error());
    if (Result<void> open = checkOpen(item->year); !open)
        return open;
    return audited::write(m_session.database(), this, [&] {
        return audited::remove(m_repository, m_session.audit(), AssessmentAuditEntities::kItem, id);
    });
}

Result<void> AssessmentService::finalise(int year)
{
    if (Result<void> allowed = m_session.currentUser().requireAdmin(); !allowed)
        return allowed;
    Result<Campaign> campaign = campaignOf(m_session, year);
    if (!campaign)
        return fail(campaign.error());
    Result<QList<AssessmentInput>> live = inputs(year);
    if (!live)
        return fail(live.error());
    Result<AssessmentScheme> scheme = AssessmentScheme::fromDefinition(campaign->definition, campaign->title);
    if (!scheme)
        return fail(scheme.error());
    const QDate asOf = judgedOn(year, m_session.clock().today());
    const AssessmentTable table = AssessmentCalculator(*scheme).compute(year, asOf, *live);
    QJsonArray inputList;
    for (const AssessmentInput& input : *live)
        inputList.append(input.toJson());
    const QJsonObject root{{QStringLiteral("year"), year},
                           {QStringLiteral("asOf"), asOf.toString(Qt::ISODate)},
                           {QStringLiteral("definition"), QString::fromUtf8(campaign->definition)},
                           {QStringLiteral("inputs"), inputList}};
    AssessmentSnapshot snapshot;
    snapshot.year = year;
    snapshot.json = QJsonDocument(root).toJson(QJsonDocument::Compact);
    snapshot.finalisedAt = m_session.clock().nowUtc();
    snapshot.finalisedBy = m_session.userName();
    QStringList totals;
    for (const DepartmentAssessment& row : table.rows)
        totals.append(QStringLiteral("%1 %2 %3")
                          .arg(row.input.departmentName, row.total.toString(2), row.gradeText(table.scheme)));
    return audited::write(m_session.database(), this, [&]() -> Result<void> {
        if (Result<void> stored = m_repository.insertSnapshot(snapshot); !stored)
            return stored;
        return m_session.audit().recordInsert(AssessmentAuditEntities::kYear, year,
                                              yearSnapshot(year, snapshot.finalisedBy, totals.join(QLatin1Char('\n'))));
    });
}

Result<void> AssessmentService::reopen(int year)
{
    if (Result<void> allowed = m_session.currentUser().requireAdmin(); !allowed)
        return allowed;
    Result<std::optional<AssessmentSnapshot>> snapshot = m_repository.snapshot(year);
    if (!snapshot)
        return fail(snapshot.error());
    if (!*snapshot)
        return fail(
            Error::Code::Validation,
            QCoreApplication::translate("AssessmentService", "The assessment of %1 is not finalised.").arg(year));
    const QString by = (*snapshot)->finalisedBy;
    return audited::write(m_session.database(), this, [&]() -> Result<void> {
        if (Result<void> removed = m_repository.removeSnapshot(year); !removed)
            return removed;
        return m_session.audit().recordDelete(AssessmentAuditEntities::kYear, year, yearSnapshot(year, by, QString()));
    });
}

} // namespace branddesk
