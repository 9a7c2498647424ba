// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `branddesk users add NAME --role ROLE | list | reset NAME | deactivate NAME [--user ADMIN] [--generate]`: the
// accounts set up from a terminal. On a database without accounts, `users add NAME --role administrator` creates
// the first administrator; everything else signs in as the administrator of --user first, so every change is
// audited under their name as in the window. Standard input gives, one a line: the administrator's password
// (with --user), then the new password twice (unless --generate).
#include "app/commands/command.h"
#include "app/commands/commanddatabase.h"
#include "core/services/session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTextStream>

#include <cstdio>

namespace branddesk {
namespace {

const QStringList& actions()
{
    static const QStringList names = {QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("reset"),
                                      QStringLiteral("deactivate")};
    return names;
}

std::optional<Role> roleArgument(const QString& text)
{
    if (text == QLatin1String("administrator") || text == QLatin1String("admin"))
        return Role::Administrator;
    if (text == QLatin1String("clerk"))
        return Role::Clerk;
    if (text == QLatin1String("leader"))
        return Role::Leader;
    return std::nullopt;
}

QString noAccountsYet()
{
    return QCoreApplication::translate("Commands", "The database has no accounts yet: create the first administrator "
                                                   "with \"branddesk users add NAME --role administrator\".");
}

/// 16 characters from an alphabet without look-alikes (no 0/O, 1/l/I): about 93 bits, easy to read aloud.
QString generatedPassword()
{
    static const QString alphabet = QStringLiteral("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString password;
    for (int i = 0; i < 16; ++i)
        password += alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())));
    return password;
}

/// The new password: generated, or read twice from `in` (the two must agree). nullopt after a message.
std::optional<QString> newPassword(bool generate, QTextStream& in, CommandContext& context)
{
    if (generate)
        return generatedPassword();
    const QString first = in.readLine();
    const QString second = in.readLine();
    if (first.isNull() || second.isNull()) {
        context.err << QCoreApplication::translate(
                           "Commands", "Give the new password twice on standard input, one a line, or use --generate.")
                    << Qt::endl;
        return std::nullopt;
    }
    if (first != second) {
        context.err << QCoreApplication::translate("Commands", "The two passwords differ; nothing was changed.")
                    << Qt::endl;
        return std::nullopt;
    }
    return first;
}

void printGenerated(bool generate, const QString& name, const QString& password, CommandContext& context)
{
    if (generate)
        context.out
            << QCoreApplication::translate("Commands", "Password of %1 (shown only this once): %2").arg(name, password)
            << Qt::endl;
}

/// The account called `name` (letter case aside), or a message and nullopt.
std::optional<User> findUser(AccountService& accounts, const QString& name, CommandContext& context)
{
    const Result<QList<User>> users = accounts.users();
    if (!users) {
        reportFailure(users.error(), context);
        return std::nullopt;
    }
    for (const User& user : *users)
        if (user.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return user;
    context.err << QCoreApplication::translate("Commands", "There is no account named %1.").arg(name) << Qt::endl;
    return std::nullopt;
}

int listUsers(AccountService& accounts, CommandContext& context)
{
    const Result<QList<User>> users = accounts.users();
    if (!users)
        return reportFailure(users.error(), context);
    for (const User& user : *users) {
        QString state = user.active ? QCoreApplication::translate("Commands", "active")
                                    : QCoreApplication::translate("Commands", "deactivated");
        if (user.lockedUntil.isValid() && user.lockedUntil > context.clock.nowUtc())
            state += QLatin1String(", ") + QCoreApplication::translate("Commands", "locked until %1")
                                               .arg(user.lockedUntil.toLocalTime().toString(Qt::ISODate));
        context.out << user.name << QLatin1Char('\t') << roleCode(user.role) << QLatin1Char('\t') << roleName(user.role)
                    << QLatin1Char('\t') << state << Qt::endl;
    }
    return 0;
}

int runUsers(const QStringList& arguments, CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Commands",
        "Sets up accounts. On a database without accounts, \"users add NAME --role administrator\" creates the "
        "first administrator; every other use signs in with --user as an administrator. Standard input gives, one "
        "a line: that administrator's password, then the new password twice (unless --generate)."));
    parser.addPositionalArgument(QCoreApplication::translate("Arguments", "action", "an argument's name in --help"),
                                 QCoreApplication::translate("Commands", "add, list, reset or deactivate"));
    parser.addPositionalArgument(QCoreApplication::translate("Arguments", "name", "an argument's name in --help"),
                                 QCoreApplication::translate("Commands", "The account (not for list)."),
                                 QStringLiteral("[name]"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  QCoreApplication::translate("Commands", "add: administrator, clerk or leader."),
                                  QStringLiteral("role"));
    const QCommandLineOption generate(
        QStringLiteral("generate"),
        QCoreApplication::translate("Commands", "add, reset: make up a password and print it once."));
    const QCommandLineOption user(
        QStringLiteral("user"),
        QCoreApplication::translate("Commands", "Sign in as the administrator <name>; the password is read from "
                                                "standard input."),
        QStringLiteral("name"));
    parser.addOptions({role, generate, user});
    if (!parseCommandArguments(parser, arguments, context))
        return 2;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool wantsName = action != QLatin1String("list");
    if (!actions().contains(action) || positional.size() != (wantsName ? 2 : 1)) {
        context.err << QCoreApplication::translate("Commands", "Usage: branddesk users add NAME --role ROLE | list | "
                                                               "reset NAME | deactivate NAME [--user ADMIN]")
                    << Qt::endl;
        return 2;
    }
    const QString name = positional.value(1);
    std::optional<Role> newRole;
    if (action == QLatin1String("add")) {
        newRole = roleArgument(parser.value(role));
        if (!newRole) {
            context.err << QCoreApplication::translate("Commands",
                                                       "Say the new account's role: --role administrator, clerk or "
                                                       "leader.")
                        << Qt::endl;
            return 2;
        }
    }

    // Only the first administrator creates a database file: a refused "add" leaves no empty file behind.
    const bool firstAdministrator = action == QLatin1String("add") && newRole == Role::Administrator;
    if (!context.server && action == QLatin1String("add") && !firstAdministrator &&
        !QFileInfo::exists(context.databasePath)) {
        context.err << noAccountsYet() << Qt::endl;
        return 1;
    }
    std::unique_ptr<Database> database = openCommandDatabase(context, firstAdministrator);
    if (!database)
        return 1;
    Session session(std::move(database), context.clock);
    AccountService& accounts = session.accounts();
    QTextStream in(stdin);
    const bool generated = parser.isSet(generate);

    const Result<bool> hasAccounts = accounts.hasAccounts();
    if (!hasAccounts)
        return reportFailure(hasAccounts.error(), context);
    if (!*hasAccounts) {
        if (action != QLatin1String("add") || newRole != Role::Administrator) {
            context.err << noAccountsYet() << Qt::endl;
            return 1;
        }
        const std::optional<QString> password = newPassword(generated, in, context);
        if (!password)
            return 1;
        const Result<User> created = accounts.createFirstAdministrator(name, *password);
        if (!created)
            return reportFailure(created.error(), context);
        context.out
            << QCoreApplication::translate("Commands", "Created the first administrator, %1.").arg(created->name)
            << Qt::endl;
        printGenerated(generated, created->name, *password, context);
        return 0;
    }

    if (!parser.isSet(user)) {
        context.err << QCoreApplication::translate("Commands", "This needs an administrator's sign-in: --user NAME, "
                                                               "with the password on standard input.")
                    << Qt::endl;
        return 2;
    }
    if (const Result<User> signedIn = accounts.signIn(parser.value(user), in.readLine()); !signedIn)
        return reportFailure(signedIn.error(), context);

    if (action == QLatin1String("list"))
        return listUsers(accounts, context);
    if (action == QLatin1String("add")) {
        const std::optional<QString> password = newPassword(generated, in, context);
        if (!password)
            return 1;
        const Result<User> added = accounts.addUser(name, *newRole, *password);
        if (!added)
            return reportFailure(added.error(), context);
        context.out << QCoreApplication::translate("Commands", "Added %1 (%2).").arg(added->name, roleName(added->role))
                    << Qt::endl;
        printGenerated(generated, added->name, *password, context);
        return 0;
    }
    const std::optional<User> target = findUser(accounts, name, context);
    if (!target)
        return 1;
    if (action == QLatin1String("reset")) {
        const std::optional<QString> password = newPassword(generated, in, context);
        if (!password)
            return 1;
        if (const Result<void> reset = accounts.resetPassword(target->id, *password); !reset)
            return reportFailure(reset.error(), context);
        context.out << QCoreApplication::translate("Commands", "Set a new password for %1.").arg(target->name)
                    << Qt::endl;
        printGenerated(generated, target->name, *password, context);
        return 0;
    }
    if (const Result<User> deactivated = accounts.setActive(target->id, false); !deactivated)
        return reportFailure(deactivated.error(), context);
    context.out << QCoreApplication::translate("Commands", "Deactivated %1: it can no longer sign in; its history "
                                                           "stays.")
                       .arg(target->name)
                << Qt::endl;
    return 0;
}

const CommandRegistration kUsers{
    {"users", QT_TRANSLATE_NOOP("Commands", "Set up accounts: add, list, reset a password, deactivate."), &runUsers}};

} // namespace
} // namespace branddesk
