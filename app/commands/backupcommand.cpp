// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `branddesk backup`: a checked backup of the database into the backups folder beside it, then rotation.
#include "app/commands/command.h"
#include "core/services/backupmanager.h"
#include "core/services/databasechecks.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace branddesk {
namespace {

int runBackup(const QStringList& arguments, CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Commands", "Backs up the database into the backups folder beside it, checks the copy and rotates the "
                    "folder (14 daily, 8 weekly, 12 monthly backups are kept)."));
    if (!parseCommandArguments(parser, arguments, context))
        return 2;
    if (context.server) {
        context.err << QCoreApplication::translate(
                           "Commands", "The backups folder is for a database file. From a server, take a copy with "
                                       "\"branddesk server backup --out FILE.sqlite\"; the server's own backups are "
                                       "its administrator's (pg_dump).")
                    << Qt::endl;
        return 1;
    }
    if (Result<void> ours = DatabaseChecks::requireBrandDeskFile(context.databasePath, Database::kBusyTimeoutMs);
        !ours) {
        context.err << ours.error().fullText() << Qt::endl;
        return 1;
    }
    BackupManager manager(context.databasePath, context.clock);
    const Result<BackupFile> made = manager.backUp(BackupReason::Manual);
    if (!made) {
        context.err << QCoreApplication::translate("Commands", "The backup failed: %1").arg(made.error().fullText())
                    << Qt::endl;
        return 1;
    }
    context.out << QCoreApplication::translate("Commands", "Backed up to %1").arg(made->path) << Qt::endl;
    return 0;
}

const CommandRegistration kBackup{
    {"backup", QT_TRANSLATE_NOOP("Commands", "Back up the database now (checked, then rotated)."), &runBackup}};

} // namespace
} // namespace branddesk
