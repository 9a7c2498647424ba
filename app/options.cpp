// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/options.h"

#include "app/commands/commandregistry.h"
#include "ui/mainwindow.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>

namespace {

/// The global options that take a value: their values are not the command.
const QStringList& valueOptions()
{
    static const QStringList names = {QStringLiteral("--database"), QStringLiteral("--server"),
                                      QStringLiteral("--lang"),     QStringLiteral("--screenshot"),
                                      QStringLiteral("--view"),     QStringLiteral("--today")};
    return names;
}

} // namespace

namespace branddesk {

std::optional<Options> parseOptions(const QStringList& arguments, QString& error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "BrandDesk — service brand supervision desk") +
                                     QLatin1Char('\n') + CommandRegistry::helpText());
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addPositionalArgument(QCoreApplication::translate("Arguments", "command", "an argument's name in --help"),
                                 QCoreApplication::translate("main", "A command to run without a window (see above)."),
                                 QStringLiteral("[command [options]]"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      QCoreApplication::translate("main", "Open the database at <path>."),
                                      QStringLiteral("path"));
    const QCommandLineOption server(
        QStringLiteral("server"),
        QCoreApplication::translate("main", "Open the database on a PostgreSQL server, given as \"host=… port=… "
                                            "dbname=… user=…\" (the password from PGPASSWORD or ~/.pgpass)."),
        QStringLiteral("connection"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("main", "Open a freshly generated demo database."));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      QCoreApplication::translate("main", "Language: zh_CN (default) or en."),
                                      QStringLiteral("language"), QStringLiteral("zh_CN"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render the main window (1280×800) to a PNG <file> and exit."),
        QStringLiteral("file"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  QCoreApplication::translate("main", "Area to show: %1.")
                                      .arg(MainWindow::viewNames().join(QStringLiteral(", "))),
                                  QStringLiteral("name"));
    const QCommandLineOption today(QStringLiteral("today"),
                                   QCoreApplication::translate("main", "Pretend today is <date> (YYYY-MM-DD)."),
                                   QStringLiteral("date"));
    parser.addOptions({database, server, demo, language, screenshot, view, today});
    if (!parser.parse(arguments)) {
        error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    Options options;
    options.command = parser.positionalArguments();
    if (!options.command.isEmpty() && !CommandRegistry::find(options.command.first())) {
        error = QCoreApplication::translate("main", "Unknown command: %1").arg(options.command.first());
        return std::nullopt;
    }
    options.databasePath = parser.value(database);
    options.server = parser.value(server);
    options.demo = parser.isSet(demo);
    if (!options.server.isEmpty() && (!options.databasePath.isEmpty() || options.demo)) {
        error = QCoreApplication::translate("main", "Name either --database (or --demo) or --server, not both.");
        return std::nullopt;
    }
    options.language = parser.value(language);
    if (options.language != QLatin1String("zh_CN") && options.language != QLatin1String("en")) {
        error = QCoreApplication::translate("main", "Unknown language %1; use zh_CN or en.").arg(options.language);
        return std::nullopt;
    }
    options.screenshotPath = parser.value(screenshot);
    options.view = parser.value(view);
    if (!options.view.isEmpty() && !MainWindow::viewNames().contains(options.view)) {
        error = QCoreApplication::translate("main", "Unknown view %1; known views: %2.")
                    .arg(options.view, MainWindow::viewNames().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (parser.isSet(today)) {
        options.today = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!options.today.isValid()) {
            error = QCoreApplication::translate("main", "The date %1 is not valid; write it as YYYY-MM-DD.")
                        .arg(parser.value(today));
            return std::nullopt;
        }
    }
    return options;
}

QString languageArgument(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(QLatin1String("--lang=")))
            return argument.mid(7);
    }
    return QStringLiteral("zh_CN");
}

qsizetype commandIndex(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            return i + 1 < arguments.size() ? i + 1 : -1;
        if (valueOptions().contains(argument))
            ++i; // skip its value
        else if (!argument.startsWith(QLatin1Char('-')))
            return i;
    }
    return -1;
}

bool wantsOffscreen(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (commandIndex(arguments) >= 0)
        return true;
    for (const char* informational : {"--help", "-h", "-?", "--help-all", "--version", "-v"}) {
        if (arguments.contains(QLatin1String(informational)))
            return true;
    }
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--screenshot") == 0 || std::strncmp(argv[i], "--screenshot=", 13) == 0)
            return true;
    }
    return false;
}

} // namespace branddesk
