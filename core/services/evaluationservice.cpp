// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/evaluationservice.h"

#include "core/accounts/currentuser.h"
#include "core/audit/auditentry.h"
#include "core/audit/auditlog.h"
#include "core/audit/evaluationsnapshots.h"
#include "core/clock.h"
#include "core/evaluation/declarationdraft.h"
#include "core/services/auditedwrites.h"
#include "core/storage/database.h"
#include "core/text/characters.h"

#include <QSet>

namespace branddesk {
namespace {

constexpr int kMaxName = 100;
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

Result<EvaluationRound> EvaluationService::openRound(qint64 roundId) const
{
    Result<EvaluationRound> round = m_evaluation.findRound(roundId);
    if (!round)
        return fail(round.error());
    if (round->locked)
        return fail(Error::Code::Forbidden, tr("The round “%1” is locked: its panel, entries, survey counts and "
                                               "scores cannot change. An administrator can unlock it.")
                                                .arg(round->name));
    return round;
}

Result<EvaluationRound> EvaluationService::saveRound(EvaluationRound round)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return fail(allowed.error());
    round.name = round.name.simplified();
    QStringList problems;
    if (round.name.isEmpty())
        problems.append(tr("Enter the round's name."));
    else if (characterCount(round.name) > kMaxName)
        problems.append(tr("The round's name is too long: at most %1 characters.").arg(kMaxName));
    if (!round.startDate.isValid())
        problems.append(tr("Enter the date the round starts."));
    else if (round.endDate.isValid() && round.endDate < round.startDate)
        problems.append(tr("The round ends before it starts."));
    if (!problems.isEmpty())
        return fail(Error::Code::Validation, problems.join(QLatin1Char('\n')));
    const bool isNew = round.id == 0;
    round.updatedAt = m_clock.nowUtc();
    EvaluationRound stored;
    Result<void> done = m_database.transaction([&]() -> Result<void> {
        if (isNew) {
            if (Result<Campaign> campaign = m_campaigns.find(round.campaignId); !campaign)
                return fail(campaign.error());
            round.locked = false;
            Result<qint64> id = m_evaluation.insertRound(round);
            if (!id)
                return fail(id.error());
            round.id = *id;
        } else {
            Result<EvaluationRound> before = openRound(round.id);
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
    audited::announceChanged(m_database, this);
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
    Result<void> done = m_database.transaction([&]() -> Result<void> {
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
    audited::announceChanged(m_database, this);
    return stored;
}

Result<void> EvaluationService::moveBrand(qint64 brandId, BrandStatus to, const QList<BrandStatus>& from)
{
    Result<std::pair<BrandStatus, int>> status = m_evaluation.brandStatus(brandId);
    if (!status)
        return fail(status.error());
    if (status->first == to || !from.contains(status->first))
        return {};
    if (Result<void> set = m_evaluation.setBrandStatus(brandId, to, m_clock.nowUtc()); !set)
        return set;
    return m_audit.recordUpdate(AuditEntities::kBrand, brandId,
                                {{QStringLiteral("status"), brandStatusCode(status->first)}},
                                {{QStringLiteral("status"), brandStatusCode(to)}});
}

Result<EvaluationEntry> EvaluationService::updateEntry(const EvaluationEntry& before, const EvaluationEntry& after,
                                                       bool keepFile)
{
    if (Result<void> saved = m_evaluation.updateEntry(after, m_clock.nowUtc(), keepFile); !saved)
        return fail(saved.error());
    Result<EvaluationEntry> stored = m_evaluation.findEntry(after.id);
    if (!stored)
        return fail(stored.error());
    if (Result<void> audited =
            m_audit.recordUpdate(EvaluationAuditEntities::kEntry, after.id, snapshotOf(before), snapshotOf(*stored));
        !audited)
        return fail(audited.error());
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
    Result<void> done = m_database.transaction([&]() -> Result<void> {
        if (Result<EvaluationRound> round = openRound(entry.roundId); !round)
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
        return moveBrand(entry.brandId, BrandStatus::Nominated, {BrandStatus::Cultivating, BrandStatus::Practising});
    });
    if (!done)
        return fail(done.error());
    audited::announceChanged(m_database, this);
    return stored;
}

Result<EvaluationEntry> EvaluationService::saveEntry(EvaluationEntry entry, bool keepFile)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return fail(allowed.error());
    if (QStringList problems = entryProblems(entry, m_clock.today()); !problems.isEmpty())
        return fail(Error::Code::Validation, problems.join(QLatin1Char('\n')));
    EvaluationEntry stored;
    Result<void> done = m_database.transaction([&]() -> Result<void> {
        Result<EvaluationEntry> before = m_evaluation.findEntry(entry.id);
        if (!before)
            return fail(before.error());
        if (Result<EvaluationRound> round = openRound(before->roundId); !round)
            return fail(round.error());
        EvaluationEntry after = *before;
        after.version = entry.version;
        after.submittedOn = entry.submittedOn;
        after.declaration = entry.declaration;
        after.survey = entry.survey;
        after.fileName = entry.fileName;
        after.file = entry.file;
        Result<EvaluationEntry> saved = updateEntry(*before, after, keepFile);
        if (!saved)
            return fail(saved.error());
        stored = *saved;
        return {};
    });
    if (!done)
        return fail(done.error());
    audited::announceChanged(m_database, this);
    return stored;
}

Result<void> EvaluationService::withdraw(qint64 entryId)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return allowed;
    Result<void> done = m_database.transaction([&]() -> Result<void> {
        Result<EvaluationEntry> before = m_evaluation.findEntry(entryId);
        if (!before)
            return fail(before.error());
        if (Result<EvaluationRound> round = openRound(before->roundId); !round)
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
        return moveBrand(before->brandId, BrandStatus::Practising, {BrandStatus::Nominated});
    });
    if (done)
        audited::announceChanged(m_database, this);
    return done;
}

Result<EvaluationExpert> EvaluationService::saveExpert(EvaluationExpert expert)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return fail(allowed.error());
    expert.name = expert.name.simplified();
    expert.unit = expert.unit.simplified();
    if (expert.name.isEmpty())
        return fail(Error::Code::Validation, tr("Enter the expert's name."));
    if (characterCount(expert.name) > kMaxName || characterCount(expert.unit) > kMaxName)
        return fail(Error::Code::Validation,
                    tr("The expert's name and unit may have at most %1 characters each.").arg(kMaxName));
    const bool isNew = expert.id == 0;
    EvaluationExpert stored;
    Result<void> done = m_database.transaction([&]() -> Result<void> {
        std::optional<EvaluationExpert> before;
        if (!isNew) {
            Result<EvaluationExpert> old = m_panel.findExpert(expert.id);
            if (!old)
                return fail(old.error());
            before = *old;
            expert.roundId = old->roundId;
        }
        if (Result<EvaluationRound> round = openRound(expert.roundId); !round)
            return fail(round.error());
        if (isNew) {
            Result<qint64> id = m_panel.insertExpert(expert);
            if (!id)
                return fail(id.error());
            expert.id = *id;
        } else if (Result<void> saved = m_panel.updateExpert(expert); !saved) {
            return saved;
        }
        Result<EvaluationExpert> after = m_panel.findExpert(expert.id);
        if (!after)
            return fail(after.error());
        stored = *after;
        if (before)
            return m_audit.recordUpdate(EvaluationAuditEntities::kExpert, stored.id, snapshotOf(*before, {}),
                                        snapshotOf(stored, {}));
        return m_audit.recordInsert(EvaluationAuditEntities::kExpert, stored.id, snapshotOf(stored, {}));
    });
    if (!done)
        return fail(done.error());
    audited::announceChanged(m_database, this);
    return stored;
}

Result<void> EvaluationService::removeExpert(qint64 expertId)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return allowed;
    Result<void> done = m_database.transaction([&]() -> Result<void> {
        Result<EvaluationExpert> before = m_panel.findExpert(expertId);
        if (!before)
            return fail(before.error());
        if (Result<EvaluationRound> round = openRound(before->roundId); !round)
            return fail(round.error());
        Result<QList<ExpertScore>> scores = m_panel.scoresOf(expertId);
        if (!scores)
            return fail(scores.error());
        if (Result<void> removed = m_panel.removeExpert(expertId); !removed)
            return removed;
        return m_audit.recordDelete(EvaluationAuditEntities::kExpert, expertId, snapshotOf(*before, *scores));
    });
    if (done)
        audited::announceChanged(m_database, this);
    return done;
}

Result<EvaluationExpert> EvaluationService::saveScores(qint64 expertId, int expertVersion, QList<ExpertScore> scores)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return fail(allowed.error());
    EvaluationExpert stored;
    Result<void> done = m_database.transaction([&]() -> Result<void> {
        Result<EvaluationExpert> before = m_panel.findExpert(expertId);
        if (!before)
            return fail(before.error());
        if (Result<EvaluationRound> round = openRound(before->roundId); !round)
            return fail(round.error());
        Result<ScoringRules> scoring = rules(before->roundId);
        if (!scoring)
            return fail(scoring.error());
        Result<QList<EvaluationEntry>> entered = m_evaluation.entries(before->roundId);
        if (!entered)
            return fail(entered.error());
        QHash<qint64, QString> brands;
        for (const EvaluationEntry& e : *entered)
            brands.insert(e.brandId, e.brandName);
        QStringList problems;
        QSet<QString> seen;
        for (ExpertScore& score : scores) {
            score.expertId = expertId;
            const int index = scoring->indexOf(score.criterion);
            if (!brands.contains(score.brandId)) {
                problems.append(tr("A score is for a brand not entered in this round."));
                continue;
            }
            if (index < 0) {
                problems.append(
                    tr("%1: “%2” is not a criterion of this round.").arg(brands.value(score.brandId), score.criterion));
                continue;
            }
            const ScoringCriterion& criterion = scoring->criteria.at(index);
            const QString key = QStringLiteral("%1:%2").arg(score.brandId).arg(score.criterion);
            if (seen.contains(key))
                problems.append(tr("%1, %2: scored twice.")
                                    .arg(brands.value(score.brandId), brandStandardName(criterion.standard)));
            seen.insert(key);
            if (score.tenths < 0 || score.points() > criterion.maxPoints)
                problems.append(tr("%1, %2: %3 points is outside 0 to %4.")
                                    .arg(brands.value(score.brandId), brandStandardName(criterion.standard),
                                         score.points().toExactString(), criterion.maxPoints.toExactString()));
        }
        if (!problems.isEmpty())
            return fail(Error::Code::Validation, problems.join(QLatin1Char('\n')));
        Result<QList<ExpertScore>> old = m_panel.scoresOf(expertId);
        if (!old)
            return fail(old.error());
        if (Result<void> saved = m_panel.replaceScores(expertId, expertVersion, scores); !saved)
            return saved;
        Result<EvaluationExpert> after = m_panel.findExpert(expertId);
        if (!after)
            return fail(after.error());
        stored = *after;
        return m_audit.recordUpdate(EvaluationAuditEntities::kExpert, expertId, snapshotOf(*before, *old),
                                    snapshotOf(stored, scores));
    });
    if (!done)
        return fail(done.error());
    audited::announceChanged(m_database, this);
    return stored;
}

Result<EvaluationEntry> EvaluationService::setSelected(qint64 entryId, int version, bool selected)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return fail(allowed.error());
    EvaluationEntry stored;
    Result<void> done = m_database.transaction([&]() -> Result<void> {
        Result<EvaluationEntry> before = m_evaluation.findEntry(entryId);
        if (!before)
            return fail(before.error());
        if (!selected && before->isNamed())
            return fail(Error::Code::Validation,
                        tr("%1 has been named already; it stays a typical brand.").arg(before->brandName));
        EvaluationEntry after = *before;
        after.version = version;
        after.selected = selected;
        after.selectedOn = selected ? (before->selected ? before->selectedOn : m_clock.today()) : QDate();
        Result<EvaluationEntry> saved = updateEntry(*before, after, true);
        if (!saved)
            return fail(saved.error());
        stored = *saved;
        return selected ? moveBrand(after.brandId, BrandStatus::Typical,
                                    {BrandStatus::Cultivating, BrandStatus::Practising, BrandStatus::Nominated})
                        : moveBrand(after.brandId, BrandStatus::Nominated, {BrandStatus::Typical});
    });
    if (!done)
        return fail(done.error());
    audited::announceChanged(m_database, this);
    return stored;
}

Result<int> EvaluationService::selectTop(qint64 roundId, int perCategory)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return fail(allowed.error());
    Result<QList<BrandResult>> ranked = results(roundId);
    if (!ranked)
        return fail(ranked.error());
    const QList<qint64> top = EvaluationCalculator::suggestTop(*ranked, perCategory);
    int marked = 0;
    Result<void> done = m_database.transaction([&]() -> Result<void> {
        for (qint64 entryId : top) {
            Result<EvaluationEntry> entry = m_evaluation.findEntry(entryId);
            if (!entry)
                return fail(entry.error());
            if (entry->selected)
                continue;
            Result<EvaluationEntry> selected = setSelected(entryId, entry->version, true);
            if (!selected)
                return fail(selected.error());
            ++marked;
        }
        return {};
    });
    if (!done)
        return fail(done.error());
    return marked;
}

Result<PublicityRecord> EvaluationService::addPublicity(PublicityRecord record)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return fail(allowed.error());
    record.title = record.title.simplified();
    QStringList problems;
    if (!record.date.isValid())
        problems.append(tr("Enter the date of the publicity."));
    else if (record.date > m_clock.today())
        problems.append(tr("The publicity date lies in the future."));
    if (record.title.isEmpty())
        problems.append(tr("Enter the title of the programme or article."));
    else if (characterCount(record.title) > 200)
        problems.append(tr("The title is too long: at most %1 characters.").arg(200));
    if (!problems.isEmpty())
        return fail(Error::Code::Validation, problems.join(QLatin1Char('\n')));
    Result<void> done = m_database.transaction([&]() -> Result<void> {
        Result<EvaluationEntry> entry = m_evaluation.findEntry(record.entryId);
        if (!entry)
            return fail(entry.error());
        if (!entry->selected)
            return fail(Error::Code::Validation,
                        tr("%1 is not selected as a typical brand; select it before recording its publicity.")
                            .arg(entry->brandName));
        Result<qint64> id = m_evaluation.insertPublicity(record);
        if (!id)
            return fail(id.error());
        record.id = *id;
        return m_audit.recordInsert(EvaluationAuditEntities::kPublicity, record.id, snapshotOf(record));
    });
    if (!done)
        return fail(done.error());
    audited::announceChanged(m_database, this);
    return record;
}

Result<void> EvaluationService::removePublicity(qint64 id)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return allowed;
    Result<void> done = m_database.transaction([&]() -> Result<void> {
        Result<PublicityRecord> before = m_evaluation.findPublicity(id);
        if (!before)
            return fail(before.error());
        if (Result<void> removed = m_evaluation.removePublicity(id); !removed)
            return removed;
        return m_audit.recordDelete(EvaluationAuditEntities::kPublicity, id, snapshotOf(*before));
    });
    if (done)
        audited::announceChanged(m_database, this);
    return done;
}

Result<EvaluationEntry> EvaluationService::name(qint64 entryId, int version, const QDate& date, const QString& document)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return fail(allowed.error());
    const QString number = document.simplified();
    QStringList problems;
    if (!date.isValid())
        problems.append(tr("Enter the date of the naming."));
    else if (date > m_clock.today())
        problems.append(tr("The naming date lies in the future."));
    if (number.isEmpty())
        problems.append(tr("Enter the document number of the naming."));
    else if (characterCount(number) > kMaxName)
        problems.append(tr("The document number is too long: at most %1 characters.").arg(kMaxName));
    if (!problems.isEmpty())
        return fail(Error::Code::Validation, problems.join(QLatin1Char('\n')));
    EvaluationEntry stored;
    Result<void> done = m_database.transaction([&]() -> Result<void> {
        Result<EvaluationEntry> before = m_evaluation.findEntry(entryId);
        if (!before)
            return fail(before.error());
        if (!before->selected)
            return fail(Error::Code::Validation,
                        tr("Only a typical brand can be named; select %1 first.").arg(before->brandName));
        EvaluationEntry after = *before;
        after.version = version;
        after.namedOn = date;
        after.namingDocument = number;
        Result<EvaluationEntry> saved = updateEntry(*before, after, true);
        if (!saved)
            return fail(saved.error());
        stored = *saved;
        return moveBrand(
            after.brandId, BrandStatus::Named,
            {BrandStatus::Cultivating, BrandStatus::Practising, BrandStatus::Nominated, BrandStatus::Typical});
    });
    if (!done)
        return fail(done.error());
    audited::announceChanged(m_database, this);
    return stored;
}

} // namespace branddesk
