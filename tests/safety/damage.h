// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace branddesk::test {

/// Overwrites page `page` (1-based, 4096-byte pages) of an SQLite file with garbage, the way a failing
/// disk would; fails the current test when the file cannot be written.
void damagePage(const QString& path, int page);

} // namespace branddesk::test
