// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

namespace branddesk {

class Session;

/// Enters the items of the current campaign's annual assessment that the demo office would have by now: every
/// active department's social appraisal score (社会评议, 72–98), a few bonus items for provincial and municipal
/// commendations and a few deductions for departments named in a supervision summary. Deterministic; returns the
/// number of items entered.
Result<int> populateDemoAssessment(Session& session);

} // namespace branddesk
