// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/command.h"

#include <QStringList>

namespace branddesk {

/// `branddesk hotline import FILE [--apply --user NAME]`, run by the hotline command.
int runHotlineImport(const QStringList& arguments, CommandContext& context);

} // namespace branddesk
