// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace branddesk {

/// What the command line asked for.
struct Options {
    QString databasePath; ///< empty: the default location (or a temporary file with --demo)
    QString server;       ///< --server: a libpq "key=value" connection to a server database; empty for a file
    bool demo = false;
    QString language = QStringLiteral("zh_CN");
    QString screenshotPath;
    QString view;
    QDate today; ///< invalid: the real date
    /// A headless command and its own arguments ("backup", "import departments FILE --apply"); empty for the GUI.
    QStringList command;
};

/// Parses the arguments; on a bad argument returns nullopt and sets `error` (translated).
/// --help and --version print and exit inside (as QCommandLineParser does).
std::optional<Options> parseOptions(const QStringList& arguments, QString& error);

/// The value of --lang (or --lang=…) found by a plain scan, "zh_CN" when absent, so translations can be
/// installed before the real parse and its messages come out in the user's language.
QString languageArgument(const QStringList& arguments);

/// Whether the arguments ask for a run without a display (a screenshot or a command), checked before any
/// QApplication exists so the offscreen platform can be chosen in time.
bool wantsOffscreen(int argc, char** argv);

/// The index in `arguments` of the command name (the first argument that is neither an option nor an
/// option's value), or -1 when there is none: `branddesk [global options] COMMAND [command options]`.
qsizetype commandIndex(const QStringList& arguments);

} // namespace branddesk
