// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/storage/databasecopy.h"
#include "core/storage/serversettings.h"

namespace branddesk {

class Database;

/// What transferDatabase() did: the copy's table counts and the audit chain as checked on the copy.
struct DatabaseTransfer {
    DatabaseCopyReport copy;
    qint64 auditEntries = 0; ///< entries verified on the copy, hash by hash
};

/// Moves an office's data between a file and a server (`branddesk server copy-from` and `server backup`):
/// refuses a source whose audit chain is broken (a copy would launder it), copies every row in one transaction
/// on `to` (copyDatabase), and verifies the audit chain again on the copy; a copy whose chain does not verify
/// is an error (its rows are then already in `to`: the caller drops the copy). `progress` as for copyDatabase.
Result<DatabaseTransfer> transferDatabase(Database& from, Database& to,
                                          const std::function<bool(const CopiedTable& done)>& progress = {});

/// A server database's data into a new BrandDesk file at `out` (`branddesk server backup`, File › Save a Copy of
/// the Server's Data…), on connections of its own (so a worker thread can run it): written beside `out` under
/// another name and renamed only once complete and verified, so there is never a half-written copy; an
/// existing `out` is replaced only then.
Result<DatabaseTransfer> copyServerToFile(const ServerSettings& server, const QString& out,
                                          const std::function<bool(const CopiedTable& done)>& progress = {});

} // namespace branddesk
