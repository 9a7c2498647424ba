// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/evaluationpanelservice.h"

#include "core/accounts/currentuser.h"
#include "core/audit/auditentry.h"
#include "core/audit/evaluationsnapshots.h"
#include "core/clock.h"
#include "core/services/auditedwrites.h"
#include "core/services/auditlog.h"
#include "core/services/evaluationservice.h"
#include "core/storage/database.h"
#include "core/text/characters.h"

#include <QHash>
#include <QSet>

namespace branddesk {

EvaluationPanelService::EvaluationPanelService(Database& database, const Clock& clock, const CurrentUser& user,
                                               AuditLog& audit, EvaluationService& owner)
    : m_database(database)
    , m_user(user)
    , m_audit(audit)
    , m_owner(owner)
    , m_writes(database, clock, audit)
    , m_evaluation(database)
    , m_panel(database)
{}

Result<EvaluationExpert> EvaluationPanelService::saveExpert(EvaluationExpert expert)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return fail(allowed.error());
    expert.name = expert.name.simplified();
    expert.unit = expert.unit.simplified();
    if (expert.name.isEmpty())
        return fail(Error::Code::Validation, EvaluationService::tr("Enter the expert's name."));
    if (characterCount(expert.name) > kMaxEvaluationName || characterCount(expert.unit) > kMaxEvaluationName)
        return fail(Error::Code::Validation,
                    EvaluationService::tr("The expert's name and unit may have at most %1 characters each.")
                        .arg(kMaxEvaluationName));
    const bool isNew = expert.id == 0;
    EvaluationExpert stored;
    Result<void> done = audited::write(m_database, &m_owner, [&]() -> Result<void> {
        std::optional<EvaluationExpert> before;
        if (!isNew) {
            Result<EvaluationExpert> old = m_panel.findExpert(expert.id);
            if (!old)
                return fail(old.error());
            before = *old;
            expert.roundId = old->roundId;
        }
        if (Result<EvaluationRound> round = m_writes.openRound(expert.roundId); !round)
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
    return stored;
}

Result<void> EvaluationPanelService::removeExpert(qint64 expertId)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return allowed;
    return audited::write(m_database, &m_owner, [&]() -> Result<void> {
        Result<EvaluationExpert> before = m_panel.findExpert(expertId);
        if (!before)
            return fail(before.error());
        if (Result<EvaluationRound> round = m_writes.openRound(before->roundId); !round)
            return fail(round.error());
        Result<QList<ExpertScore>> scores = m_panel.scoresOf(expertId);
        if (!scores)
            return fail(scores.error());
        if (Result<void> removed = m_panel.removeExpert(expertId); !removed)
            return removed;
        return m_audit.recordDelete(EvaluationAuditEntities::kExpert, expertId, snapshotOf(*before, *scores));
    });
}

Result<EvaluationExpert> EvaluationPanelService::saveScores(qint64 expertId, int expertVersion,
                                                            QList<ExpertScore> scores)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return fail(allowed.error());
    EvaluationExpert stored;
    Result<void> done = audited::write(m_database, &m_owner, [&]() -> Result<void> {
        Result<EvaluationExpert> before = m_panel.findExpert(expertId);
        if (!before)
            return fail(before.error());
        if (Result<EvaluationRound> round = m_writes.openRound(before->roundId); !round)
            return fail(round.error());
        Result<ScoringRules> scoring = m_owner.rules(before->roundId);
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
                problems.append(EvaluationService::tr("A score is for a brand not entered in this round."));
                continue;
            }
            if (index < 0) {
                problems.append(EvaluationService::tr("%1: “%2” is not a criterion of this round.")
                                    .arg(brands.value(score.brandId), score.criterion));
                continue;
            }
            const ScoringCriterion& criterion = scoring->criteria.at(index);
            const QString key = QStringLiteral("%1:%2").arg(score.brandId).arg(score.criterion);
            if (seen.contains(key))
                problems.append(EvaluationService::tr("%1, %2: scored twice.")
                                    .arg(brands.value(score.brandId), brandStandardName(criterion.standard)));
            seen.insert(key);
            if (score.tenths < 0 || score.points() > criterion.maxPoints)
                problems.append(EvaluationService::tr("%1, %2: %3 points is outside 0 to %4.")
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
    return stored;
}

} // namespace branddesk
