// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/evaluationwrites.h"

#include "core/audit/auditentry.h"
#include "core/audit/evaluationsnapshots.h"
#include "core/clock.h"
#include "core/services/auditlog.h"
#include "core/services/evaluationservice.h"

namespace branddesk {

EvaluationWrites::EvaluationWrites(Database& database, const Clock& clock, AuditLog& audit)
    : m_clock(clock)
    , m_audit(audit)
    , m_evaluation(database)
{}

Result<EvaluationRound> EvaluationWrites::openRound(qint64 roundId) const
{
    Result<EvaluationRound> round = m_evaluation.findRound(roundId);
    if (!round)
        return fail(round.error());
    if (round->locked)
        return fail(Error::Code::Forbidden,
                    EvaluationService::tr("The round “%1” is locked: its panel, entries, survey counts and "
                                          "scores cannot change. An administrator can unlock it.")
                        .arg(round->name));
    return round;
}

Result<void> EvaluationWrites::moveBrand(qint64 brandId, BrandStatus to, const QList<BrandStatus>& from)
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

Result<EvaluationEntry> EvaluationWrites::updateEntry(const EvaluationEntry& before, const EvaluationEntry& after,
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

} // namespace branddesk
