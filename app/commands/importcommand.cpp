// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `branddesk import departments FILE [--apply --user NAME]`: the preview of an import, and with --apply the
// import itself (all rows or none, after a backup). The password of --user is read from standard input.
#include "app/commands/command.h"
#include "app/commands/commanddatabase.h"
#include "core/services/backupmanager.h"
#include "core/services/departmentimport.h"
#include "core/services/session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace branddesk {
namespace {

QString actionName(ImportAction action)
{
    switch (action) {
    case ImportAction::New:
        return QCoreApplication::translate("Commands", "new");
    case ImportAction::Update:
        return QCoreApplication::translate("Commands", "update");
    case ImportAction::Unchanged:
        return QCoreApplication::translate("Commands", "unchanged");
    case ImportAction::Error:
        return QCoreApplication::translate("Commands", "error");
    }
    return {};
}

int runImport(const QStringList& arguments, CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Commands", "Imports departments from a CSV (UTF-8 or GB18030) or XLSX file. Without --apply it only shows "
                    "what each row would do."));
    parser.addPositionalArgument(QCoreApplication::translate("Arguments", "what", "an argument's name in --help"),
                                 QCoreApplication::translate("Commands", "departments"));
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
    if (positional.size() != 2 || positional.first() != QLatin1String("departments")) {
        context.err << QCoreApplication::translate("Commands", "Usage: branddesk import departments FILE [--apply]")
                    << Qt::endl;
        return 2;
    }
    if (parser.isSet(apply) && !parser.isSet(user)) {
        context.err << QCoreApplication::translate("Commands", "--apply needs --user NAME (who is importing).")
                    << Qt::endl;
        return 2;
    }
    const Result<Table> table = DepartmentImport::readFile(positional.at(1));
    if (!table) {
        context.err << table.error().fullText() << Qt::endl;
        return 1;
    }
    std::unique_ptr<Database> database = openCommandDatabase(context, true);
    if (!database)
        return 1;
    Session session(std::move(database), context.clock);
    DepartmentImport import(session.database(), session.departments());
    const Result<DepartmentImportPreview> preview = import.preview(*table);
    if (!preview) {
        context.err << preview.error().fullText() << Qt::endl;
        return 1;
    }
    for (const ImportRow& row : preview->rows)
        context.out << row.line << QLatin1Char('\t') << actionName(row.action) << QLatin1Char('\t')
                    << row.department.name << (row.reason.isEmpty() ? QString() : QLatin1Char('\t') + row.reason)
                    << Qt::endl;
    context.out << QCoreApplication::translate("Commands", "%1 new, %2 to update, %3 unchanged, %4 with errors.")
                       .arg(preview->count(ImportAction::New))
                       .arg(preview->count(ImportAction::Update))
                       .arg(preview->count(ImportAction::Unchanged))
                       .arg(preview->count(ImportAction::Error))
                << Qt::endl;
    if (preview->hasErrors()) {
        context.err << QCoreApplication::translate("Commands", "Nothing was imported: fix these rows and try again.")
                    << Qt::endl
                    << preview->errorSummary() << Qt::endl;
        return 1;
    }
    if (!parser.isSet(apply)) {
        context.out << QCoreApplication::translate("Commands", "Dry run: nothing was written. Add --apply to import.")
                    << Qt::endl;
        return 0;
    }
    const QString password = QTextStream(stdin).readLine();
    if (Result<User> signedIn = session.accounts().signIn(parser.value(user), password); !signedIn) {
        context.err << signedIn.error().fullText() << Qt::endl;
        return 1;
    }
    // A file is copied first; a server's data is the server's administrator's to back up (pg_dump), and every
    // change the import makes is in the audit trail.
    if (!context.server) {
        if (Result<BackupFile> backup = BackupManager(context.databasePath, context.clock).backUp(BackupReason::Import);
            !backup) {
            context.err << backup.error().fullText() << Qt::endl;
            return 1;
        }
    }
    const Result<int> written = import.apply(*preview);
    if (!written) {
        context.err << written.error().fullText() << Qt::endl;
        return 1;
    }
    context.out << QCoreApplication::translate("Commands", "Imported: %1 departments added or changed.").arg(*written)
                << Qt::endl;
    return 0;
}

const CommandRegistration kImport{
    {"import", QT_TRANSLATE_NOOP("Commands", "Import departments from CSV or XLSX (dry run unless --apply)."),
     &runImport}};

} // namespace
} // namespace branddesk
