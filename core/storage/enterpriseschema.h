// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace branddesk {

/// Schema version 6: enterprise service (服务企业年) — the remembered enterprises, zones and projects, the
/// departments' activities, and the problem-responsibility ledger with its progress notes.
QList<const char*> enterpriseSchema();

} // namespace branddesk
