// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/evaluation/evaluationrecords.h"

#include <QJsonObject>
#include <QLatin1String>

namespace branddesk {

namespace EvaluationAuditEntities {
inline constexpr QLatin1String kRound{"evaluation-round"};
inline constexpr QLatin1String kEntry{"evaluation-entry"};
inline constexpr QLatin1String kExpert{"evaluation-expert"};
inline constexpr QLatin1String kPublicity{"evaluation-publicity"};
} // namespace EvaluationAuditEntities

/// What the audit log keeps of a round: name, dates, whether locked.
QJsonObject snapshotOf(const EvaluationRound& round);
/// Of an entry: brand, date, declaration (and file name), survey counts, selection and naming.
QJsonObject snapshotOf(const EvaluationEntry& entry);
/// Of an expert: name, unit, department, and one key per score ("score:<brand id>:<criterion>": the points),
/// so an edited score sheet's entry names exactly the scores that changed.
QJsonObject snapshotOf(const EvaluationExpert& expert, const QList<ExpertScore>& scores);
QJsonObject snapshotOf(const PublicityRecord& record);

} // namespace branddesk
