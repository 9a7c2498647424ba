// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/evaluationservice.h"

#include "core/accounts/currentuser.h"
#include "core/audit/auditentry.h"
#include "core/audit/evaluationsnapshots.h"
#include "core/clock.h"
#include "core/evaluation/declarationdraft.h"
#include "core/services/auditedwrites.h"
#include "core/services/auditlog.h"
#include "core/storage/database.h"
#include "core/text/characters.h"

#include <QSet>

namespace branddesk {
namespace {

constexpr int kMaxDeclaration = 20000;
constexpr int kMaxSurveyCount = 1000000;

QString normalisedText(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text.trimmed();
}

} // namespace

EvaluationService::EvaluationService(Database& database, const Clock& clock, const CurrentUser& user, AuditLog& audit,
                                     QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_user(user)
    , m_audit(audit)
    , m_brands(database)
    , m_campaigns(database)
    , m_milestones(database)
    , m_reports(database)
    , m_evaluation(database)
    , m_panel(database)
    , m_writes(database, clock, audit)
    , m_panelWrites(database, clock, user, audit, *this)
    , m_selection(database, clock, user, audit, *this)
{}

Result<ScoringRules> EvaluationService::rules(qint64 roundId) const
{
    Result<EvaluationRound> round = m_evaluation.findRound(roundId);
    if (!round)
        return fail(round.error());
    Result<Campaign> campaign = m_campaigns.find(round->campaignId);
    if (!campaign)
        return fail(campaign.error());
    return ScoringRules::fromDefinition(campaign->definition);
}

Result<QList<EvaluationRound>> EvaluationService::rounds(qint64 campaignId) const
{
    return m_evaluation.rounds(campaignId);
}

Result<EvaluationRound> EvaluationService::round(qint64 id) const
{
    return m_evaluation.findRound(id);
}

Result<QList<EvaluationEntry>> EvaluationService::entries(qint64 roundId) const
{
    return m_evaluation.entries(roundId);
}

Result<EvaluationEntry> EvaluationService::entry(qint64 id) const
{
    return m_evaluation.findEntry(id);
}

Result<QList<EvaluationExpert>> EvaluationService::experts(qint64 roundId) const
{
    return m_panel.experts(roundId);
}

Result<QList<ExpertScore>> EvaluationService::scores(qint64 roundId) const
{
    return m_panel.scores(roundId);
}

Result<QList<PublicityRecord>> EvaluationService::publicity(qint64 entryId) const
{
    return m_evaluation.publicity(entryId);
}

Result<QList<BrandResult>> EvaluationService::results(qint64 roundId) const
{
    Result<ScoringRules> scoring = rules(roundId);
    if (!scoring)
        return fail(scoring.error());
    Result<QList<EvaluationEntry>> entered = m_evaluation.entries(roundId);
    if (!entered)
        return fail(entered.error());
    Result<QList<EvaluationExpert>> panel = m_panel.experts(roundId);
    if (!panel)
        return fail(panel.error());
    Result<QList<ExpertScore>> given = m_panel.scores(roundId);
    if (!given)
        return fail(given.error());
    return EvaluationCalculator::compute(*scoring, *entered, *panel, *given);
}

Result<QString> EvaluationService::declarationDraft(qint64 brandId) const
{
    Result<Brand> brand = m_brands.find(brandId);
    if (!brand)
        return fail(brand.error());
    Result<QList<BrandOverview>> overviews = m_brands.overviews();
    if (!overviews)
        return fail(overviews.error());
    QString departmentName;
    for (const BrandOverview& overview : *overviews)
        if (overview.brand.id == brandId)
            departmentName = overview.departmentName;
    Result<QList<Campaign>> campaigns = m_campaigns.all();
    if (!campaigns)
        return fail(campaigns.error());
    std::optional<Campaign> current;
    for (const Campaign& campaign : *campaigns)
        if (campaign.isCurrent)
            current = campaign;
    QList<MilestoneCompletion> done;
    if (current) {
        Result<QList<MilestoneCompletion>> all = m_milestones.forCampaign(current->id);
        if (!all)
            return fail(all.error());
        for (const MilestoneCompletion& completion : *all)
            if (completion.departmentId == brand->departmentId)
                done.append(completion);
    }
    ReportFilter filter;
    filter.departmentId = brand->departmentId;
    filter.highlightOnly = true;
    filter.limit = 10;
    filter.countAll = false;
    Result<ReportSearchResult> highlights = m_reports.search(filter);
    if (!highlights)
        return fail(highlights.error());
    return DeclarationDraft::compose(*brand, departmentName, current ? &*current : nullptr, done, highlights->items);
}

Result<int> EvaluationService::parsePoints(const QString& text, const Rational& maxPoints)
{
    const std::optional<Rational> points = Rational::fromDecimal(text);
    if (!points)
        return fail(Error::Code::Validation, tr("“%1” is not a number of points.").arg(text.trimmed()));
    const Rational tenths = *points * 10;
    if (!tenths.isInteger())
        return fail(Error::Code::Validation, tr("Points may have at most one decimal (such as 17.5)."));
    if (*points < Rational(0))
        return fail(Error::Code::Validation, tr("Points cannot be negative."));
    if (*points > maxPoints)
        return fail(
            Error::Code::Validation,
            tr("%1 points is more than the maximum of %2.").arg(points->toExactString(), maxPoints.toExactString()));
    return static_cast<int>(tenths.numerator());
}

Result<EvaluationRound> EvaluationService::saveRound(EvaluationRound round)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return fail(allowed.error());
    round.name = round.name.simplified();
    QStringList problems;
    if (round.name.isEmpty())
        problems.append(tr("Enter the round's name."));
    else if (characterCount(round.name) > kMaxEvaluationName)
        problems.append(tr("The round's name is too long: at most %1 characters.").arg(kMaxEvaluationName));
    if (!round.startDate.isValid())
        problems.append(tr("Enter the date the round starts."));
    else if (round.endDate.isValid() && round.endDate < round.startDate)
        problems.append(tr("The round ends before it starts."));
    if (!problems.isEmpty())
        return fail(Error::Code::Validation, problems.join(QLatin1Char('\n')));
    const bool isNew = round.id == 0;
    round.updatedAt = m_clock.nowUtc();
    EvaluationRound stored;
    Result<void> done = audited::write(m_database, this, [&]() -> Result<void> {
        if (isNew) {
            if (Result<Campaign> campaign = m_campaigns.find(round.campaignId); !campaign)
                return fail(campaign.error());
            round.locked = false;
            Result<qint64> id = m_evaluation.insertRound(round);
            if (!id)
                return fail(id.error());
            round.id = *id;
        } else {
            Result<EvaluationRound> before = m_writes.openRound(round.id);
            if (!before)
                return fail(before.error());
            round.locked = before->locked;
            round.campaignId = before->campaignId;
            if (Result<void> saved = m_evaluation.updateRound(round); !saved)
                return saved;
        }
        Result<EvaluationRound> after = m_evaluation.findRound(round.id);
        if (!after)
            return fail(after.error());
        stored = *after;
        return isNew ? m_audit.recordInsert(EvaluationAuditEntities::kRound, stored.id, snapshotOf(stored))
                     : m_audit.recordUpdate(EvaluationAuditEntities::kRound, stored.id, snapshotOf(round),
                                            snapshotOf(stored));
    });
    if (!done)
        return fail(done.error());
    return stored;
}

Result<EvaluationRound> EvaluationService::lock(qint64 roundId, int version)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return fail(allowed.error());
    return setLock(roundId, version, true);
}

Result<EvaluationRound> EvaluationService::unlock(qint64 roundId, int version)
{
    if (Result<void> allowed = m_user.requireAdmin(); !allowed)
        return fail(Error::Code::Forbidden, tr("Only an administrator can unlock a round."));
    return setLock(roundId, version, false);
}

Result<EvaluationRound> EvaluationService::setLock(qint64 roundId, int version, bool locked)
{
    EvaluationRound stored;
    Result<void> done = audited::write(m_database, this, [&]() -> Result<void> {
        Result<EvaluationRound> before = m_evaluation.findRound(roundId);
        if (!before)
            return fail(before.error());
        EvaluationRound round = *before;
        round.version = version;
        round.locked = locked;
        round.updatedAt = m_clock.nowUtc();
        if (Result<void> saved = m_evaluation.updateRound(round); !saved)
            return saved;
        Result<EvaluationRound> after = m_evaluation.findRound(roundId);
        if (!after)
            return fail(after.error());
        stored = *after;
        return m_audit.recordUpdate(EvaluationAuditEntities::kRound, roundId, snapshotOf(*before), snapshotOf(stored));
    });
    if (!done)
        return fail(done.error());
    return stored;
}

namespace {

QStringList entryProblems(EvaluationEntry& entry, const QDate& today)
{
    QStringList problems;
    entry.declaration = normalisedText(entry.declaration);
    if (!entry.submittedOn.isValid())
        problems.append(EvaluationService::tr("Enter the date the declaration was submitted."));
    else if (entry.submittedOn > today)
        problems.append(EvaluationService::tr("The submission date lies in the future."));
    if (characterCount(entry.declaration) > kMaxDeclaration)
        problems.append(
            EvaluationService::tr("The declaration is too long: at most %1 characters.").arg(kMaxDeclaration));
    const SurveyCounts& s = entry.survey;
    for (int count : {s.satisfied, s.basicallySatisfied, s.dissatisfied, s.unknown})
        if (count < 0 || count > kMaxSurveyCount) {
            problems.append(
                EvaluationService::tr("Survey counts must be whole numbers from 0 to %1.").arg(kMaxSurveyCount));
            break;
        }
    return problems;
}

} // namespace

Result<EvaluationEntry> EvaluationService::enter(EvaluationEntry entry)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return fail(allowed.error());
    if (QStringList problems = entryProblems(entry, m_clock.today()); !problems.isEmpty())
        return fail(Error::Code::Validation, problems.join(QLatin1Char('\n')));
    entry.selected = false;
    entry.selectedOn = QDate();
    entry.namedOn = QDate();
    entry.namingDocument.clear();
    EvaluationEntry stored;
    Result<void> done = audited::write(m_database, this, [&]() -> Result<void> {
        if (Result<EvaluationRound> round = m_writes.openRound(entry.roundId); !round)
            return fail(round.error());
        Result<QList<EvaluationEntry>> existing = m_evaluation.entries(entry.roundId);
        if (!existing)
            return fail(existing.error());
        for (const EvaluationEntry& other : *existing)
            if (other.brandId == entry.brandId)
                return fail(Error::Code::Validation, tr("%1 is already entered in this round.").arg(other.brandName));
        Result<qint64> id = m_evaluation.insertEntry(entry, m_clock.nowUtc());
        if (!id)
            return fail(id.error());
        Result<EvaluationEntry> after = m_evaluation.findEntry(*id);
        if (!after)
            return fail(after.error());
        stored = *after;
        if (Result<void> audited = m_audit.recordInsert(EvaluationAuditEntities::kEntry, *id, snapshotOf(stored));
            !audited)
            return audited;
        return m_writes.moveBrand(entry.brandId, BrandStatus::Nominated,
                                  {BrandStatus::Cultivating, BrandStatus::Practising});
    });
    if (!done)
        return fail(done.error());
    return stored;
}

Result<EvaluationEntry> EvaluationService::saveEntry(EvaluationEntry entry, bool keepFile)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return fail(allowed.error());
    if (QStringList problems = entryProblems(entry, m_clock.today()); !problems.isEmpty())
        return fail(Error::Code::Validation, problems.join(QLatin1Char('\n')));
    EvaluationEntry stored;
    Result<void> done = audited::write(m_database, this, [&]() -> Result<void> {
        Result<EvaluationEntry> before = m_evaluation.findEntry(entry.id);
        if (!before)
            return fail(before.error());
        if (Result<EvaluationRound> round = m_writes.openRound(before->roundId); !round)
            return fail(round.error());
        EvaluationEntry after = *before;
        after.version = entry.version;
        after.submittedOn = entry.submittedOn;
        after.declaration = entry.declaration;
        after.survey = entry.survey;
        after.fileName = entry.fileName;
        after.file = entry.file;
        Result<EvaluationEntry> saved = m_writes.updateEntry(*before, after, keepFile);
        if (!saved)
            return fail(saved.error());
        stored = *saved;
        return {};
    });
    if (!done)
        return fail(done.error());
    return stored;
}

Result<void> EvaluationService::withdraw(qint64 entryId)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return allowed;
    return audited::write(m_database, this, [&]() -> Result<void> {
        Result<EvaluationEntry> before = m_evaluation.findEntry(entryId);
        if (!before)
            return fail(before.error());
        if (Result<EvaluationRound> round = m_writes.openRound(before->roundId); !round)
            return fail(round.error());
        if (before->selected)
            return fail(
                Error::Code::InUse,
                tr("%1 is selected as a typical brand; unmark it before withdrawing it.").arg(before->brandName));
        if (Result<void> removed = m_panel.removeBrandScores(before->roundId, before->brandId); !removed)
            return removed;
        if (Result<void> removed = m_evaluation.removeEntry(entryId); !removed)
            return removed;
        if (Result<void> audited = m_audit.recordDelete(EvaluationAuditEntities::kEntry, entryId, snapshotOf(*before));
            !audited)
            return audited;
        return m_writes.moveBrand(before->brandId, BrandStatus::Practising, {BrandStatus::Nominated});
    });
}

Result<EvaluationExpert> EvaluationService::saveExpert(EvaluationExpert expert)
{
    return m_panelWrites.saveExpert(std::move(expert));
}

Result<void> EvaluationService::removeExpert(qint64 expertId)
{
    return m_panelWrites.removeExpert(expertId);
}

Result<EvaluationExpert> EvaluationService::saveScores(qint64 expertId, int expertVersion, QList<ExpertScore> scores)
{
    return m_panelWrites.saveScores(expertId, expertVersion, std::move(scores));
}

Result<EvaluationEntry> EvaluationService::setSelected(qint64 entryId, int version, bool selected)
{
    return m_selection.setSelected(entryId, version, selected);
}

Result<int> EvaluationService::selectTop(qint64 roundId, int perCategory)
{
    return m_selection.selectTop(roundId, perCategory);
}

Result<PublicityRecord> EvaluationService::addPublicity(PublicityRecord record)
{
    return m_selection.addPublicity(std::move(record));
}

Result<void> EvaluationService::removePublicity(qint64 id)
{
    return m_selection.removePublicity(id);
}

Result<EvaluationEntry> EvaluationService::name(qint64 entryId, int version, const QDate& date, const QString& document)
{
    return m_selection.name(entryId, version, date, document);
}

} // namespace branddesk
