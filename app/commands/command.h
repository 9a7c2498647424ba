// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/storage/serversettings.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QCommandLineParser;
class QTextStream;

namespace branddesk {

class Clock;

/// What every command is given: the global options' results and where to write.
struct CommandContext {
    QString databasePath;                 ///< --database, or the default location (when no server is named)
    std::optional<ServerSettings> server; ///< --server: the commands work on this server database instead
    const Clock& clock;                   ///< the system clock, shifted by --today
    QTextStream& out;                     ///< results, for the user or a script
    QTextStream& err;                     ///< errors, with the reason
};

/// A headless command: `branddesk [global options] NAME [its own options]`.
///
/// Adding a command is one new file in app/commands/ (plus its line in app/CMakeLists.txt) that registers
/// itself with a CommandRegistration at namespace scope:
///
///     const CommandRegistration kBackup{{"backup", QT_TRANSLATE_NOOP("Commands", "Back up the database now."),
///                                        &runBackup}};
struct Command {
    /// Exit codes: 0 success, 1 the work failed (the message says why), 2 the command line was wrong.
    using Run = std::function<int(const QStringList& arguments, CommandContext& context)>;

    const char* name;    ///< as typed, e.g. "backup"
    const char* summary; ///< English source text in the "Commands" context, translated when shown
    Run run;             ///< `arguments` starts with the command's name, as QCommandLineParser expects
};

/// Registers a command when the program starts.
struct CommandRegistration {
    explicit CommandRegistration(Command command);
};

/// Parses a command's own arguments with --help added; prints the problem to context.err and returns false
/// on a bad argument. --help prints the command's help and exits.
bool parseCommandArguments(QCommandLineParser& parser, const QStringList& arguments, CommandContext& context);

/// Prints `error` to context.err and returns 1 (the work failed).
int reportFailure(const Error& error, CommandContext& context);

} // namespace branddesk
