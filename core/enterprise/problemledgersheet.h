// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/printdocument.h"
#include "core/enterprise/problem.h"

#include <QDate>
#include <QList>

namespace branddesk {

/// The printable problem ledger (难题破解责任台账): A4 landscape, one row a problem with its enterprise,
/// department, the one responsible leader, the team, the plan, the deadline, the status (overdue ones bold,
/// "逾期 N 天") and the latest progress note — what a leader asks for: which problems are overdue and whose.
namespace problemledgersheet {

/// The ledger of `problems` (in their order) on `today`; `scope` says which (e.g. "all departments, overdue
/// only"), printed under the title when not empty.
PrintDocument build(const QList<Problem>& problems, const QDate& today, const QString& scope = {});

} // namespace problemledgersheet
} // namespace branddesk
