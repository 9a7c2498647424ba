// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QDate>

namespace branddesk {

class Session;

/// Records invented hotline and social-appraisal tickets (工单) of the last three months up to `today` for the
/// demo's active departments: a few calls a working day of every kind and channel, most signed for and answered
/// in time and followed up (satisfied, basically satisfied, a few dissatisfied, some callers not reached), some
/// answered late, a few overdue now, some praise, and repeat calls linked to the earlier ticket. Each ticket goes
/// round the loop in memory (TicketWorkflow, on its own dates) and is saved once through the HotlineService.
/// Deterministic for a seed.
Result<int> populateDemoHotline(Session& session, const QDate& today, quint32 seed = 2009);

} // namespace branddesk
