// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QDate>

namespace branddesk {

class Session;

/// Runs an invented evaluation round of the current campaign up to `today`: up to eight brands of active
/// departments enter with their pre-filled declarations, seven experts (one from an entered brand's department,
/// so the conflict rule shows) score them, survey counts are in (one brand without a valid questionnaire, so an
/// unranked line shows), the best brand of each category is selected and one publicity record kept. Written
/// through the EvaluationService, so audited. Deterministic for a seed; returns how many brands entered.
Result<int> populateDemoEvaluation(Session& session, const QDate& today, quint32 seed = 2009);

} // namespace branddesk
