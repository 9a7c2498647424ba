// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/commandregistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <cstring>

namespace branddesk {

CommandRegistration::CommandRegistration(Command command)
{
    CommandRegistry::add(std::move(command));
}

bool parseCommandArguments(QCommandLineParser& parser, const QStringList& arguments, CommandContext& context)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        context.err << parser.errorText() << Qt::endl;
        return false;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    return true;
}

int reportFailure(const Error& error, CommandContext& context)
{
    context.err << error.fullText() << Qt::endl;
    return 1;
}

QList<Command>& CommandRegistry::commands()
{
    static QList<Command> registered;
    return registered;
}

void CommandRegistry::add(Command command)
{
    QList<Command>& list = commands();
    list.append(std::move(command));
    std::sort(list.begin(), list.end(),
              [](const Command& a, const Command& b) { return std::strcmp(a.name, b.name) < 0; });
}

const QList<Command>& CommandRegistry::all()
{
    return commands();
}

const Command* CommandRegistry::find(const QString& name)
{
    for (const Command& command : commands()) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

QString CommandRegistry::helpText()
{
    QString text = QCoreApplication::translate("Commands", "Commands (run without a window):");
    for (const Command& command : commands())
        text += QStringLiteral("\n  %1  %2")
                    .arg(QLatin1String(command.name), -10)
                    .arg(QCoreApplication::translate("Commands", command.summary));
    return text;
}

int CommandRegistry::run(const QStringList& arguments, CommandContext& context)
{
    const Command* command = arguments.isEmpty() ? nullptr : find(arguments.first());
    if (!command) {
        context.err << QCoreApplication::translate("Commands", "Unknown command: %1").arg(arguments.value(0))
                    << Qt::endl;
        return 2;
    }
    return command->run(arguments, context);
}

} // namespace branddesk
