// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/command.h"

#include <QList>

namespace branddesk {

/// Every headless command of the program, registered by the commands' own files.
class CommandRegistry {
public:
    static void add(Command command);
    /// Every command, sorted by name.
    static const QList<Command>& all();
    /// The command called `name`, or nullptr.
    static const Command* find(const QString& name);
    /// "Commands:" and one line per command, for --help.
    static QString helpText();
    /// Runs `arguments` (the command's name first) and returns its exit code.
    static int run(const QStringList& arguments, CommandContext& context);

private:
    static QList<Command>& commands();
};

} // namespace branddesk
