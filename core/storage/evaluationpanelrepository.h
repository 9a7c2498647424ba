// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/evaluation/evaluationrecords.h"

#include <QList>

namespace branddesk {

class Database;

/// Reads and writes a round's expert panel and the experts' scores (one sheet per expert: saving a sheet
/// replaces the expert's scores and bumps the expert's version).
class EvaluationPanelRepository {
public:
    explicit EvaluationPanelRepository(Database& database)
        : m_database(database)
    {}

    /// A round's experts in panel order, with their departments' names.
    Result<QList<EvaluationExpert>> experts(qint64 roundId) const;
    Result<EvaluationExpert> findExpert(qint64 id) const;
    /// Adds an expert at the end of the panel; returns the id.
    Result<qint64> insertExpert(const EvaluationExpert& expert);
    /// Updates name, unit and department at `expert.version` (else Conflict).
    Result<void> updateExpert(const EvaluationExpert& expert);
    Result<void> removeExpert(qint64 id);

    /// Every score of a round's experts.
    Result<QList<ExpertScore>> scores(qint64 roundId) const;
    /// One expert's scores.
    Result<QList<ExpertScore>> scoresOf(qint64 expertId) const;
    /// Replaces an expert's scores at `expertVersion` (else Conflict), bumping the expert's version.
    Result<void> replaceScores(qint64 expertId, int expertVersion, const QList<ExpertScore>& scores);
    /// Removes every score for a brand in a round (when its entry is withdrawn).
    Result<void> removeBrandScores(qint64 roundId, qint64 brandId);

private:
    Database& m_database;
};

} // namespace branddesk
