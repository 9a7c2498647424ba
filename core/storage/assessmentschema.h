// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace branddesk {

/// Schema version 12 on a file: the annual assessment's items entered by hand (bonus, deduction, veto, social
/// appraisal score) and the snapshot of each finalised year.
QList<const char*> assessmentSchema();
/// Schema version 12 on a PostgreSQL server: the same tables with identity ids.
QList<const char*> assessmentServerSchema();

} // namespace branddesk
