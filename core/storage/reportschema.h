// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/migrations.h"

#include <QList>

namespace branddesk {

/// Schema version 4: weekly reports, their attachments and the full-text index over them.
QList<const char*> weeklyReportSchema();
/// Schema version 8: per department and week, the first arrival and the number of reports (kept by triggers),
/// which is what compliance reads, and an index of the 典型做法 reports.
QList<const char*> reportWeeksSchema();
/// Schema version 13: the two-character index of titles and contents beside the trigram one, filled for the
/// reports already stored.
Migration reportBigramSchema();

} // namespace branddesk
