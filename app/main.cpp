// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `branddesk [global options] [COMMAND [command options]]`: the window by default, or a headless command
// (app/commands/) when one is named.
#include "app/commands/commandregistry.h"
#include "app/guistart.h"
#include "app/options.h"
#include "app/starttrace.h"
#include "core/clock.h"
#include "core/storage/database.h"
#include "ui/translations.h"

#include <QApplication>
#include <QIcon>
#include <QTextStream>

#include <cstdio>

using namespace branddesk;

int main(int argc, char** argv)
{
    starttrace::mark("main");
    if (wantsOffscreen(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without TZ, glibc checks /etc/localtime on every local-time conversion: a third of the dashboard's time
    // on a large database (tests/bench/README.md). The same zone, read once.
    if (qEnvironmentVariableIsEmpty("TZ"))
        qputenv("TZ", ":/etc/localtime");
    QApplication app(argc, argv);
    starttrace::mark("application made");
    QApplication::setApplicationName(QStringLiteral("BrandDesk"));
    QApplication::setOrganizationName(QStringLiteral("BrandDesk"));
    QApplication::setApplicationVersion(QStringLiteral(BRANDDESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/branddesk.svg")));

    // The language is known only after parsing; parse once to find it, then install and parse for real
    // so --help and error messages come out translated.
    QString error;
    installTranslations(languageArgument(QApplication::arguments()) == QLatin1String("en") ? QStringLiteral("en")
                                                                                           : QStringLiteral("zh_CN"));
    starttrace::mark("translations installed");
    const std::optional<Options> options = parseOptions(QApplication::arguments(), error);
    if (!options) {
        QTextStream(stderr) << error << Qt::endl;
        return 2;
    }

    SystemClock clock;
    if (options->today.isValid())
        clock.setToday(options->today);

    if (options->command.isEmpty())
        return runGui(*options, clock);

    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandContext context{options->databasePath.isEmpty() ? Database::defaultPath() : options->databasePath,
                           std::nullopt, clock, out, err};
    if (!options->server.isEmpty()) {
        Result<ServerSettings> server = ServerSettings::parse(options->server);
        if (!server) {
            err << server.error().fullText() << Qt::endl;
            return 2;
        }
        context.server = *server;
    }
    return CommandRegistry::run(options->command, context);
}
