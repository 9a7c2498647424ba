// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `branddesk server init|copy-from FILE|backup --out FILE`: what an administrator does to put an office's
// BrandDesk on a PostgreSQL server, move the office's file onto it, and take a copy of it home.
#include "app/commands/command.h"
#include "core/backup/backupmanager.h"
#include "core/backup/databasechecks.h"
#include "core/backup/databasetransfer.h"
#include "core/services/session.h"
#include "core/storage/database.h"
#include "core/storage/serveradmin.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

namespace branddesk {
namespace {

/// The connection options every server subcommand takes, or the global --server.
struct ConnectionOptions {
    QCommandLineOption host{QStringLiteral("host"),
                            QCoreApplication::translate("Commands", "The server's name or address."),
                            QStringLiteral("host")};
    QCommandLineOption port{QStringLiteral("port"),
                            QCoreApplication::translate("Commands", "The server's port (5432)."),
                            QStringLiteral("port")};
    QCommandLineOption database{
        QStringLiteral("database"),
        QCoreApplication::translate("Commands", "The database's name on the server (branddesk)."),
        QStringLiteral("name")};
    QCommandLineOption user{
        QStringLiteral("user"),
        QCoreApplication::translate("Commands", "The login; the password comes from PGPASSWORD or ~/.pgpass."),
        QStringLiteral("login")};
    QCommandLineOption sslMode{QStringLiteral("sslmode"),
                               QCoreApplication::translate("Commands", "libpq's sslmode (prefer)."),
                               QStringLiteral("mode")};

    void addTo(QCommandLineParser& parser) const { parser.addOptions({host, port, database, user, sslMode}); }

    /// The settings: the global --server, with what the options name on top. Prints the problem when wrong.
    std::optional<ServerSettings> settings(const QCommandLineParser& parser, CommandContext& context) const
    {
        ServerSettings settings = context.server.value_or(ServerSettings{});
        if (!context.server)
            settings.host = QStringLiteral("localhost");
        QString text = settings.connectionString();
        for (const auto& [option, key] :
             {std::pair{&host, "host"}, std::pair{&port, "port"}, std::pair{&database, "dbname"},
              std::pair{&user, "user"}, std::pair{&sslMode, "sslmode"}}) {
            if (parser.isSet(*option))
                text += QStringLiteral(" %1='%2'").arg(QLatin1String(key), parser.value(*option));
        }
        Result<ServerSettings> parsed = ServerSettings::parse(text);
        if (!parsed) {
            context.err << parsed.error().fullText() << Qt::endl;
            return std::nullopt;
        }
        parsed->password = settings.password;
        if (!ServerSettings::isPlainName(parsed->database)) {
            context.err << QCoreApplication::translate(
                               "Commands",
                               "The database's name \"%1\" must be lower-case letters, digits and _ (at most 63).")
                               .arg(parsed->database)
                        << Qt::endl;
            return std::nullopt;
        }
        return *parsed;
    }
};

std::unique_ptr<Database> openServer(const ServerSettings& server, CommandContext& context)
{
    Result<std::unique_ptr<Database>> database = Database::openServer(server);
    if (!database) {
        context.err << database.error().fullText() << Qt::endl;
        return nullptr;
    }
    return std::move(*database);
}

/// Prints each table as the copy finishes it.
bool printProgress(const CopiedTable& done, CommandContext& context)
{
    context.out << QStringLiteral("  %1").arg(done.table, -24)
                << QStringLiteral("%1 → %2").arg(done.sourceRows).arg(done.targetRows) << Qt::endl;
    return true;
}

void printTransfer(const DatabaseTransfer& transfer, CommandContext& context)
{
    for (const CopiedTable& table : transfer.copy.rebuilt)
        context.out
            << QStringLiteral("  %1").arg(table.table, -24)
            << QCoreApplication::translate("Commands", "%1 → %2 (rebuilt)").arg(table.sourceRows).arg(table.targetRows)
            << Qt::endl;
    context.out << QCoreApplication::translate(
                       "Commands",
                       "%1 rows in %2 tables, every count equal; the audit trail's %3 entries verify on the copy.")
                       .arg(transfer.copy.rows())
                       .arg(transfer.copy.tables.size())
                       .arg(transfer.auditEntries)
                << Qt::endl;
}

int runInit(const QCommandLineParser& parser, const ConnectionOptions& connection, const QCommandLineOption& admin,
            CommandContext& context)
{
    const std::optional<ServerSettings> server = connection.settings(parser, context);
    if (!server)
        return 2;
    const Result<bool> created = serveradmin::createDatabase(*server);
    if (!created) {
        context.err << created.error().fullText() << Qt::endl;
        return 1;
    }
    context.out << (*created ? QCoreApplication::translate("Commands", "Created the database %1.")
                             : QCoreApplication::translate("Commands", "The database %1 exists; it is checked."))
                       .arg(server->displayName())
                << Qt::endl;
    std::unique_ptr<Database> database = openServer(*server, context);
    if (!database)
        return 1;
    context.out << QCoreApplication::translate("Commands", "Its schema is at data version %1.")
                       .arg(Database::latestSchemaVersion())
                << Qt::endl;
    Session session(std::move(database), context.clock);
    const Result<bool> hasAccounts = session.accounts().hasAccounts();
    if (!hasAccounts) {
        context.err << hasAccounts.error().fullText() << Qt::endl;
        return 1;
    }
    if (parser.isSet(admin)) {
        if (*hasAccounts) {
            context.err << QCoreApplication::translate(
                               "Commands",
                               "The database has accounts already; the first administrator was not created.")
                        << Qt::endl;
            return 1;
        }
        const QString password = QTextStream(stdin).readLine();
        const Result<User> first = session.accounts().createFirstAdministrator(parser.value(admin), password);
        if (!first) {
            context.err << first.error().fullText() << Qt::endl;
            return 1;
        }
        context.out << QCoreApplication::translate("Commands", "Created the first administrator %1.").arg(first->name)
                    << Qt::endl;
    } else if (!*hasAccounts) {
        context.out << QCoreApplication::translate(
                           "Commands",
                           "No account yet: the first to open it creates the first administrator (or run init again "
                           "with --admin NAME).")
                    << Qt::endl;
    }
    context.out << QCoreApplication::translate("Commands", "Every PC opens it with: branddesk --server \"%1\"")
                       .arg(server->connectionString())
                << Qt::endl;
    return 0;
}

int runCopyFrom(const QCommandLineParser& parser, const ConnectionOptions& connection, const QString& file,
                CommandContext& context)
{
    const std::optional<ServerSettings> server = connection.settings(parser, context);
    if (!server)
        return 2;
    if (Result<void> ours = DatabaseChecks::requireBrandDeskFile(file, Database::kBusyTimeoutMs); !ours) {
        context.err << ours.error().fullText() << Qt::endl;
        return 1;
    }
    Result<std::unique_ptr<Database>> source = Database::open(file, BackupManager::openOptions(context.clock));
    if (!source) {
        context.err << source.error().fullText() << Qt::endl;
        return 1;
    }
    std::unique_ptr<Database> target = openServer(*server, context);
    if (!target)
        return 1;
    context.out << QCoreApplication::translate("Commands", "Copying %1 to %2:")
                       .arg(QFileInfo(file).absoluteFilePath(), server->displayName())
                << Qt::endl;
    const Result<DatabaseTransfer> moved = transferDatabase(
        **source, *target, [&context](const CopiedTable& done) { return printProgress(done, context); });
    if (!moved) {
        context.err << moved.error().fullText() << Qt::endl;
        return 1;
    }
    printTransfer(*moved, context);
    return 0;
}

int runBackupToFile(const QCommandLineParser& parser, const ConnectionOptions& connection, const QString& out,
                    CommandContext& context)
{
    const std::optional<ServerSettings> server = connection.settings(parser, context);
    if (!server)
        return 2;
    if (QFileInfo::exists(out)) {
        context.err << QCoreApplication::translate("Commands", "%1 already exists; the copy goes into a new file only.")
                           .arg(out)
                    << Qt::endl;
        return 2;
    }
    context.out << QCoreApplication::translate("Commands", "Copying %1 to %2:")
                       .arg(server->displayName(), QFileInfo(out).absoluteFilePath())
                << Qt::endl;
    const Result<DatabaseTransfer> moved =
        copyServerToFile(*server, out, [&context](const CopiedTable& done) { return printProgress(done, context); });
    if (!moved) {
        context.err << moved.error().fullText() << Qt::endl;
        return 1;
    }
    printTransfer(*moved, context);
    context.out << QCoreApplication::translate("Commands", "Wrote %1; it opens like any BrandDesk file.").arg(out)
                << Qt::endl;
    return 0;
}

int runServer(const QStringList& arguments, CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Commands", "Sets up BrandDesk on a PostgreSQL server and moves data between it and a file:\n"
                    "  server init [--admin NAME]     create (or check) the database, its schema and the first "
                    "administrator (password from standard input)\n"
                    "  server copy-from FILE.sqlite   copy an office's file onto the empty server database, in one "
                    "transaction\n"
                    "  server backup --out FILE.sqlite  copy the server's data into a new BrandDesk file"));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QCoreApplication::translate("Commands", "init, copy-from or backup"));
    const ConnectionOptions connection;
    connection.addTo(parser);
    const QCommandLineOption admin(
        QStringLiteral("admin"),
        QCoreApplication::translate("Commands", "init: create the first administrator <name>."),
        QStringLiteral("name"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QCoreApplication::translate("Commands", "backup: the new file."),
                                 QStringLiteral("file"));
    parser.addOptions({admin, out});
    if (!parseCommandArguments(parser, arguments, context))
        return 2;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == QLatin1String("init") && positional.size() == 1)
        return runInit(parser, connection, admin, context);
    if (action == QLatin1String("copy-from") && positional.size() == 2)
        return runCopyFrom(parser, connection, positional.at(1), context);
    if (action == QLatin1String("backup") && positional.size() == 1 && parser.isSet(out))
        return runBackupToFile(parser, connection, parser.value(out), context);
    context.err << QCoreApplication::translate(
                       "Commands", "Usage: branddesk server init | copy-from FILE.sqlite | backup --out FILE.sqlite "
                                   "[--host H] [--port P] [--database NAME] [--user LOGIN]")
                << Qt::endl;
    return 2;
}

const CommandRegistration kServer{
    {"server",
     QT_TRANSLATE_NOOP("Commands", "Set up a PostgreSQL server, copy a file onto it, or back it up to a file."),
     &runServer}};

} // namespace
} // namespace branddesk
