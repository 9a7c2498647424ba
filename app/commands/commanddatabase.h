// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <memory>

namespace branddesk {

class Database;
struct CommandContext;

/// Opens the database a command works on: the server database of `--server`, or the BrandDesk file of
/// `--database` (refusing any other file; a file is backed up before it is upgraded). Prints the reason to
/// context.err and answers nullptr when it cannot. With `createFile`, a file that does not exist yet is created.
std::unique_ptr<Database> openCommandDatabase(CommandContext& context, bool createFile = false);

} // namespace branddesk
