// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace branddesk {

/// Schema version 4: weekly reports, their attachments and the full-text index over them.
QList<const char*> weeklyReportSchema();

} // namespace branddesk
