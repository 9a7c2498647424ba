// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `branddesk check`: runs every DatabaseCheck on the database and reports what each found.
#include "app/commands/command.h"
#include "app/commands/commanddatabase.h"
#include "core/services/auditlog.h"
#include "core/services/databasechecks.h"
#include "core/storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace branddesk {
namespace {

/// On a server the server keeps the pages and the references sound itself; what BrandDesk checks is its own
/// audit chain, which several PCs append to.
int checkServer(CommandContext& context)
{
    std::unique_ptr<Database> database = openCommandDatabase(context);
    if (!database)
        return 1;
    const QString name = QCoreApplication::translate("DatabaseChecks", "the audit trail (hash chain)");
    const Result<AuditChainReport> report = verifyAuditChain(*database);
    if (!report) {
        context.err << QCoreApplication::translate("Commands", "%1: could not be checked: %2")
                           .arg(name, report.error().fullText())
                    << Qt::endl;
        return 1;
    }
    if (!report->intact()) {
        context.err << QCoreApplication::translate("Commands", "%1: %n problem(s)", nullptr, 1).arg(name) << Qt::endl
                    << QStringLiteral("  ") << report->problem << Qt::endl;
        return 1;
    }
    context.out << QCoreApplication::translate("Commands", "%1: ok").arg(name) << Qt::endl;
    return 0;
}

int runCheck(const QStringList& arguments, CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Commands", "Checks the database without changing it; exits with 1 when a check finds a problem."));
    if (!parseCommandArguments(parser, arguments, context))
        return 2;
    if (context.server)
        return checkServer(context);
    if (Result<void> ours = DatabaseChecks::requireBrandDeskFile(context.databasePath, Database::kBusyTimeoutMs);
        !ours) {
        context.err << ours.error().fullText() << Qt::endl;
        return 1;
    }
    bool sound = true;
    for (const DatabaseCheck& check : DatabaseChecks::all()) {
        const QString name = QCoreApplication::translate("DatabaseChecks", check.name);
        const Result<QStringList> problems = check.run(context.databasePath, Database::kBusyTimeoutMs);
        if (!problems) {
            sound = false;
            context.err << QCoreApplication::translate("Commands", "%1: could not be checked: %2")
                               .arg(name, problems.error().fullText())
                        << Qt::endl;
        } else if (!problems->isEmpty()) {
            sound = false;
            context.err << QCoreApplication::translate("Commands", "%1: %n problem(s)", nullptr, int(problems->size()))
                               .arg(name)
                        << Qt::endl;
            for (const QString& problem : *problems)
                context.err << QStringLiteral("  ") << problem << Qt::endl;
        } else {
            context.out << QCoreApplication::translate("Commands", "%1: ok").arg(name) << Qt::endl;
        }
    }
    return sound ? 0 : 1;
}

const CommandRegistration kCheck{
    {"check", QT_TRANSLATE_NOOP("Commands", "Check the database's integrity and references."), &runCheck}};

} // namespace
} // namespace branddesk
