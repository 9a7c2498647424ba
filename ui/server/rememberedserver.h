// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/serversettings.h"

#include <optional>

namespace branddesk {

/// The server this PC opens at start, kept in the user's settings (QSettings) as a connection string without
/// the password: the password is asked when the server wants one, or found by libpq in ~/.pgpass, and is never
/// written to disk by BrandDesk.
namespace rememberedserver {

std::optional<ServerSettings> load();
void save(const ServerSettings& server);
/// This PC opens its database file again.
void forget();

} // namespace rememberedserver
} // namespace branddesk
