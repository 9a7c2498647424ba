// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/storage/serversettings.h"

namespace branddesk {

/// What an administrator does on the server before BrandDesk can open a database there.
namespace serveradmin {

/// Creates `server.database` on the server (through its maintenance database "postgres"), with UTF-8 text,
/// byte-order sorting as on SQLite (LC_COLLATE 'C') and a character type under which Chinese characters are
/// letters (LC_CTYPE 'C.UTF-8'), so that pg_trgm indexes Chinese text. Answers true when it was created,
/// false when it existed already (it is then left as it is). The name must be a plain name
/// (ServerSettings::isPlainName); the login needs the CREATEDB right.
Result<bool> createDatabase(const ServerSettings& server);

} // namespace serveradmin
} // namespace branddesk
