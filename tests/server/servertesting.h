// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/serversettings.h"

#include <QString>
#include <QStringList>

namespace branddesk::test {

/// The suite's PostgreSQL server; fails the test when the server pass has none.
ServerSettings requireServer();

/// Every row of every table of a BrandDesk file (not the search index's internals), as text that names each
/// value's type too: two files with the same dump hold the same rows, ids, bytes and hashes.
QStringList dumpFile(const QString& path);

/// Writes the demo office's data into a new file at `path`.
void writeDemoFile(const QString& path);

} // namespace branddesk::test
