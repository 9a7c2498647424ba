// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// branddesk_stalls: the stall meter of tests/bench/README.md. Opens a database in the real main window (offscreen,
// signed in as the demo clerk), lets a scripted user click through it and prints, for each step, the longest time
// the GUI thread did not return to the event loop. branddesk_bench runs it; it asserts nothing.
#include "core/demo/demodata.h"
#include "core/services/session.h"
#include "core/storage/database.h"
#include "tests/bench/scripteduser.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace branddesk;

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("TZ")) // as app/main.cpp does
        qputenv("TZ", ":/etc/localtime");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("BrandDesk's stall meter (tests/bench/README.md)."));
    parser.addHelpOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"), QStringLiteral("The database file."),
                                            QStringLiteral("file"));
    parser.addOption(databaseOption);
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.isSet(databaseOption)) {
        err << "branddesk_stalls: --database is required" << Qt::endl;
        return 2;
    }
    installTranslations(QStringLiteral("zh_CN"));
    SystemClock clock;
    Result<std::unique_ptr<Database>> database = Database::open(parser.value(databaseOption));
    if (!database) {
        err << database.error().fullText() << Qt::endl;
        return 1;
    }
    Session session(std::move(*database), clock);
    for (const DemoAccount& account : demoAccounts())
        if (account.role == Role::Clerk)
            if (Result<User> user =
                    session.accounts().signIn(QString::fromUtf8(account.name), QString::fromUtf8(account.password));
                !user) {
                err << user.error().fullText() << Qt::endl;
                return 1;
            }
    QTemporaryDir scratch;
    QElapsedTimer opening;
    opening.start();
    MainWindow window(session);
    window.resize(1280, 800);
    window.show();
    const double openMs = double(opening.nsecsElapsed()) / 1e6;

    bench::ScriptedUser user(session, window, scratch.path());
    const QList<bench::StallStep> steps = user.run();
    // One line per step for branddesk_bench to read: "stall <ms> <what>".
    out << "stall " << QString::number(openMs, 'f', 1) << " start: main window made and shown (before the loop)"
        << Qt::endl;
    for (const bench::StallStep& step : steps)
        out << "stall " << QString::number(step.worstMs, 'f', 1) << ' ' << step.what << Qt::endl;
    return 0;
}
