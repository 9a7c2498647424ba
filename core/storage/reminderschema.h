// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace branddesk {

/// Schema version 11 on a file: the log of reminders (催报) sent to departments.
QList<const char*> reminderSchema();
/// Schema version 11 on a PostgreSQL server: the same table with identity ids.
QList<const char*> reminderServerSchema();

} // namespace branddesk
