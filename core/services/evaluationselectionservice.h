// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/evaluation/evaluationrecords.h"
#include "core/services/evaluationwrites.h"
#include "core/storage/evaluationrepository.h"

namespace branddesk {

class AuditLog;
class Clock;
class CurrentUser;
class Database;
class EvaluationService;

/// What follows the scores (EvaluationService forwards to it): the selection as 典型品牌, by hand or the top of
/// each category, the publicity records of a selected brand, and the naming as 优质服务品牌. These stay open
/// after the round is locked.
class EvaluationSelectionService {
public:
    EvaluationSelectionService(Database& database, const Clock& clock, const CurrentUser& user, AuditLog& audit,
                               EvaluationService& owner);

    Result<EvaluationEntry> setSelected(qint64 entryId, int version, bool selected);
    Result<int> selectTop(qint64 roundId, int perCategory);
    Result<PublicityRecord> addPublicity(PublicityRecord record);
    Result<void> removePublicity(qint64 id);
    Result<EvaluationEntry> name(qint64 entryId, int version, const QDate& date, const QString& document);

private:
    Database& m_database;
    const Clock& m_clock;
    const CurrentUser& m_user;
    AuditLog& m_audit;
    EvaluationService& m_owner;
    EvaluationWrites m_writes;
    EvaluationRepository m_evaluation;
};

} // namespace branddesk
