// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace branddesk {

/// Schema version 9 on a file: the supervision hotline's tickets (工单).
QList<const char*> hotlineSchema();
/// Schema version 9 on a PostgreSQL server: the same table with identity ids.
QList<const char*> hotlineServerSchema();

} // namespace branddesk
