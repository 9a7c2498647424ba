// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/evaluation/evaluationrecords.h"
#include "core/services/evaluationwrites.h"
#include "core/storage/evaluationpanelrepository.h"
#include "core/storage/evaluationrepository.h"

namespace branddesk {

class AuditLog;
class Clock;
class CurrentUser;
class Database;
class EvaluationService;

/// The expert panel of an evaluation round and its score sheets (EvaluationService forwards to it): experts
/// added, edited and removed, and each expert's sheet replaced as a whole, while the round is open.
class EvaluationPanelService {
public:
    EvaluationPanelService(Database& database, const Clock& clock, const CurrentUser& user, AuditLog& audit,
                           EvaluationService& owner);

    Result<EvaluationExpert> saveExpert(EvaluationExpert expert);
    Result<void> removeExpert(qint64 expertId);
    Result<EvaluationExpert> saveScores(qint64 expertId, int expertVersion, QList<ExpertScore> scores);

private:
    Database& m_database;
    const CurrentUser& m_user;
    AuditLog& m_audit;
    EvaluationService& m_owner;
    EvaluationWrites m_writes;
    EvaluationRepository m_evaluation;
    EvaluationPanelRepository m_panel;
};

} // namespace branddesk
