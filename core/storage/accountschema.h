// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace branddesk {

/// Schema step 3 (see migrations.cpp): user accounts and the hash-chained, append-only audit log.
QList<const char*> accountAndAuditSchema();

} // namespace branddesk
