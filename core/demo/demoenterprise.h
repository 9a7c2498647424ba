// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QDate>

namespace branddesk {

class Session;

/// Records invented enterprise-service work (服务企业年) of the demo's enterprise-facing departments from the
/// current campaign's start to `today`: visits into zones, enterprises and projects (三进), direct-line
/// sessions, deliveries (五送), a concentrated week in most quarters (a few missing), and problems with their
/// leader, team, plan and progress notes — some solved, some in progress, a few overdue. Written through the
/// EnterpriseService (audited, signed by the signed-in user). Deterministic for a seed.
Result<void> populateDemoEnterprise(Session& session, const QDate& today, quint32 seed = 2009);

} // namespace branddesk
