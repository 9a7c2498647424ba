// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/evaluation/evaluationrecords.h"
#include "core/storage/evaluationrepository.h"

namespace branddesk {

class AuditLog;
class Clock;

/// The most characters of a name, a unit or a document number in the evaluation.
inline constexpr int kMaxEvaluationName = 100;

/// The write steps the evaluation's services (EvaluationService, EvaluationPanelService,
/// EvaluationSelectionService) share inside their transactions: a round that is open for changes, the brand's
/// status following the evaluation, and an entry updated with its audit record.
class EvaluationWrites {
public:
    EvaluationWrites(Database& database, const Clock& clock, AuditLog& audit);

    /// The round, refused with the reason when it is locked.
    Result<EvaluationRound> openRound(qint64 roundId) const;
    /// Moves brand `brandId` to status `to` when it is in one of `from` (audited); otherwise leaves it.
    Result<void> moveBrand(qint64 brandId, BrandStatus to, const QList<BrandStatus>& from);
    /// Stores `after` over `before` (the file replaced unless `keepFile`) and audits the change.
    Result<EvaluationEntry> updateEntry(const EvaluationEntry& before, const EvaluationEntry& after, bool keepFile);

private:
    const Clock& m_clock;
    AuditLog& m_audit;
    EvaluationRepository m_evaluation;
};

} // namespace branddesk
