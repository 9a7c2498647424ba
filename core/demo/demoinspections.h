// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QDate>

namespace branddesk {

class Session;

/// Records a few invented inspections of the demo's departments over the weeks before `today`, as the
/// office's inspectors would have left them: checklists drawn up by BrandDesk, findings, rectification
/// demands with deadlines, some done, some open, some overdue. Written through the InspectionService, so they
/// are audited and signed by the signed-in user. Departments (and, for milestone items, the current
/// campaign) must exist already. Deterministic for a seed; returns how many inspections were recorded.
Result<int> populateDemoInspections(Session& session, const QDate& today, quint32 seed = 2009);

} // namespace branddesk
