// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace branddesk {

/// The statements that create BrandDesk's whole schema (data version 8) on an empty PostgreSQL database.
QList<const char*> serverSchema();

} // namespace branddesk
