// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QDate>

namespace branddesk {

class Session;

/// The year whose campaign a demo shows on `today`: this year's once its first phase is under way (May
/// on), else last year's, so the demo always has phases behind it and milestones due.
int demoCampaignYear(const QDate& today);

/// Creates the built-in campaign for demoCampaignYear(today) and fills in milestone records the way a
/// real office's would look: most departments on time, some late, a few far behind; nothing after today.
/// Departments must exist already. Deterministic for a seed.
Result<void> populateDemoCampaign(Session& session, const QDate& today, quint32 seed = 2009);

} // namespace branddesk
