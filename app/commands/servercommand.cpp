// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `branddesk server init|copy-from FILE|backup --out FILE`: what an administrator does to put an office's
// BrandDesk on a PostgreSQL server, move the office's file onto it, and take a copy of it home.
#include "app/commands/command.h"
#include "core/services/backupmanager.h"
#include "core/services/databasechecks.h"
#include "core/services/databasetransfer.h"
#include "core/services/session.h"
#include "core/storage/database.h"
#include "core/storage/serveradmin.h"
#include "core/storage/serverroles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
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

/// A password for the program's login when none is given: 24 letters and digits from the system's generator.
QString generatedPassword()
{
    static const QString alphabet = QStringLiteral("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString password;
    for (int i = 0; i < 24; ++i)
        password += alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())));
    return password;
}

/// Creates or refreshes the program's restricted login (--app-login) and prints what it was given.
bool setUpAppLogin(Database& database, const QString& login, QTextStream& input, CommandContext& context)
{
    QString password = input.readLine();
    const bool generated = password.isEmpty();
    if (generated)
        password = generatedPassword();
    const Result<serveradmin::ProgramLogin> made = serveradmin::setUpProgramLogin(database, login, password);
    if (!made) {
        context.err << made.error().fullText() << Qt::endl;
        return false;
    }
    context.out << QCoreApplication::translate(
                       "Commands", "The program's login %1 (a member of %2) can now do only this on the database:")
                       .arg(made->login, made->group)
                << Qt::endl;
    for (const QString& grant : made->grants)
        context.out << QStringLiteral("  %1;").arg(grant) << Qt::endl;
    if (generated)
        context.out << QCoreApplication::translate(
                           "Commands", "Its password (shown once; give it to the PCs, not to the users): %1")
                           .arg(password)
                    << Qt::endl;
    return true;
}

int runInit(const QCommandLineParser& parser, const ConnectionOptions& connection, const QCommandLineOption& admin,
            const QCommandLineOption& appLogin, CommandContext& context)
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
    QTextStream input(stdin);
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
        const QString password = input.readLine();
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
    ServerSettings pcs = *server;
    if (parser.isSet(appLogin)) {
        if (!setUpAppLogin(session.database(), parser.value(appLogin), input, context))
            return 1;
        pcs.user = parser.value(appLogin);
    }
    context.out << QCoreApplication::translate("Commands", "Every PC opens it with: branddesk --server \"%1\"")
                       .arg(pcs.connectionString())
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
                    "    [--app-login LOGIN]          and the restricted login the PCs use (its password is the next "
                    "line of standard input; generated and shown when empty)\n"
                    "  server copy-from FILE.sqlite   copy an office's file onto the empty server database, in one "
                    "transaction\n"
                    "  server backup --out FILE.sqlite  copy the server's data into a new BrandDesk file"));
    parser.addPositionalArgument(QCoreApplication::translate("Arguments", "action", "an argument's name in --help"),
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
    const QCommandLineOption appLogin(
        QStringLiteral("app-login"),
        QCoreApplication::translate("Commands",
                                    "init: create or refresh the program's restricted login <login> (no DDL rights)."),
        QStringLiteral("login"));
    parser.addOptions({admin, appLogin, out});
    if (!parseCommandArguments(parser, arguments, context))
        return 2;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == QLatin1String("init") && positional.size() == 1)
        return runInit(parser, connection, admin, appLogin, context);
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
