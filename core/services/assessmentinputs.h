// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assessment/assessmentinput.h"
#include "core/campaign/campaign.h"
#include "core/error.h"

#include <QDate>
#include <QList>

namespace branddesk {

class Session;

/// Gathers the annual assessment's inputs of every active department (register order) from the records of
/// `campaign` over `year` up to `asOf`: report compliance, milestones done on time, inspection checks and overdue
/// rectifications, concentrated weeks and enterprise problems, the brand's evaluation level, the hotline's figures,
/// and `items` (the year's items entered by hand).
Result<QList<AssessmentInput>> collectAssessmentInputs(Session& session, const Campaign& campaign, int year,
                                                       const QDate& asOf, const QList<AssessmentItem>& items);

} // namespace branddesk
