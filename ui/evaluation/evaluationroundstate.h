// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/evaluation/evaluationrecords.h"
#include "core/evaluation/scoringrules.h"

#include <QList>
#include <QString>

namespace branddesk {

/// The round the evaluation view shows, as it read it: what each of its tabs (entries, experts, scores, survey,
/// results) shows and whether it may change it.
struct EvaluationRoundState {
    qint64 id = 0; ///< 0 when the campaign has no round yet
    QString name;
    int version = 0;
    bool locked = false;
    QString loadError; ///< why the round could not be read (empty when it was)
    ScoringRules rules;
    QList<EvaluationEntry> entries;
    QList<EvaluationExpert> experts;
    QList<ExpertScore> scores;
    bool canWrite = false; ///< whether the signed-in user may change anything at all

    /// A round is chosen and was read: there is something to act on.
    bool isRead() const { return id != 0 && loadError.isEmpty(); }
    /// Entries, panel, scores and survey counts can change: read, not locked, and the user may write.
    bool isOpen() const { return canWrite && isRead() && !locked; }
};

} // namespace branddesk
