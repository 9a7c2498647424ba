// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `branddesk hotline import FILE [--apply --user NAME]`: the preview of an import of tickets exported from a
// city's 12345 system (columns guessed from the titles), and with --apply the import itself (all rows or none,
// after a backup). The password of --user is read from standard input.
#include "app/commands/hotlineimportcommand.h"

#include "app/commands/commanddatabase.h"
#include "core/hotline/ticketimport.h"
#include "core/services/backupmanager.h"
#include "core/services/departmentimport.h"
#include "core/services/session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace branddesk {
namespace {

QString actionName(TicketImportAction action)
{
    switch (action) {
    case TicketImportAction::New:
        return QCoreApplication::translate("Commands", "new");
    case TicketImportAction::Update:
        return QCoreApplication::translate("Commands", "update");
    case TicketImportAction::Error:
        break;
    }
    return QCoreApplication::translate("Commands", "error");
}

} // namespace

int runHotlineImport(const QStringList& arguments, CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Commands", "Imports hotline tickets exported from a city's 12345 system (CSV in UTF-8 or GB18030, or XLSX); "
                    "the columns are found by their titles. Without --apply it only shows what each row would do."));
    parser.addPositionalArgument(QStringLiteral("import"), QCoreApplication::translate("Commands", "import"));
    parser.addPositionalArgument(QCoreApplication::translate("Arguments", "file", "an argument's name in --help"),
                                 QCoreApplication::translate("Commands", "The file."));
    const QCommandLineOption apply(QStringLiteral("apply"),
                                   QCoreApplication::translate("Commands", "Write the rows (all or none)."));
    const QCommandLineOption user(
        QStringLiteral("user"),
        QCoreApplication::translate("Commands",
                                    "Sign in as <name> to write; the password is read from standard input."),
        QStringLiteral("name"));
    parser.addOptions({apply, user});
    if (!parseCommandArguments(parser, arguments, context))
        return 2;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        context.err << QCoreApplication::translate("Commands", "Usage: branddesk hotline import FILE [--apply]")
                    << Qt::endl;
        return 2;
    }
    if (parser.isSet(apply) && !parser.isSet(user)) {
        context.err << QCoreApplication::translate("Commands", "--apply needs --user NAME (who is importing).")
                    << Qt::endl;
        return 2;
    }
    const Result<Table> table = DepartmentImport::readFile(positional.at(1));
    if (!table)
        return reportFailure(table.error(), context);
    const TicketColumnMapping mapping =
        TicketImport::guessMapping(table->isEmpty() ? QStringList() : table->first().cells);
    if (!mapping.isComplete()) {
        QStringList names;
        for (TicketImportField field : mapping.missing())
            names.append(ticketImportFieldName(field));
        context.err << QCoreApplication::translate("Commands", "No column of the file is titled as: %1.")
                           .arg(names.join(QStringLiteral(", ")))
                    << Qt::endl;
        return 1;
    }
    std::unique_ptr<Database> database = openCommandDatabase(context, true);
    if (!database)
        return 1;
    Session session(std::move(database), context.clock);
    if (parser.isSet(apply)) {
        const QString password = QTextStream(stdin).readLine();
        if (Result<User> signedIn = session.accounts().signIn(parser.value(user), password); !signedIn)
            return reportFailure(signedIn.error(), context);
    }
    const Result<QList<Department>> departments = session.departments().activeDepartments();
    if (!departments)
        return reportFailure(departments.error(), context);
    const Result<QList<Ticket>> stored = session.hotline().tickets();
    if (!stored)
        return reportFailure(stored.error(), context);
    const TicketImportPlan plan = TicketImport::plan(*table, mapping, *departments, *stored);
    for (const TicketImportRow& row : plan.rows)
        context.out << row.line << QLatin1Char('\t') << actionName(row.action) << QLatin1Char('\t') << row.ticket.number
                    << (row.action == TicketImportAction::Error ? QLatin1Char('\t') + row.reason : QString())
                    << Qt::endl;
    context.out << QCoreApplication::translate("Commands", "%1 new, %2 to update, %3 with errors.")
                       .arg(plan.count(TicketImportAction::New))
                       .arg(plan.count(TicketImportAction::Update))
                       .arg(plan.count(TicketImportAction::Error))
                << Qt::endl;
    if (plan.hasErrors()) {
        context.err << QCoreApplication::translate("Commands", "Nothing was imported: fix these rows and try again.")
                    << Qt::endl
                    << plan.errorSummary() << Qt::endl;
        return 1;
    }
    if (!parser.isSet(apply)) {
        context.out << QCoreApplication::translate("Commands", "Dry run: nothing was written. Add --apply to import.")
                    << Qt::endl;
        return 0;
    }
    // A file is copied first; a server's data is the server's administrator's to back up (pg_dump), and every
    // change the import makes is in the audit trail.
    if (!context.server) {
        if (Result<BackupFile> backup = BackupManager(context.databasePath, context.clock).backUp(BackupReason::Import);
            !backup)
            return reportFailure(backup.error(), context);
    }
    const Result<int> written = session.hotline().importTickets(plan);
    if (!written)
        return reportFailure(written.error(), context);
    context.out << QCoreApplication::translate("Commands", "Imported: %1 tickets added or updated.").arg(*written)
                << Qt::endl;
    return 0;
}

} // namespace branddesk
