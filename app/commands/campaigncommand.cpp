// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `branddesk campaign list` and `branddesk campaign new --from-template ID --year YEAR --user ADMIN [--current]`:
// a new year prepared without the window, through the same "new campaign from template" as the campaign screen
// (audited under the administrator's name). The administrator's password is read from standard input.
#include "app/commands/command.h"
#include "app/commands/commanddatabase.h"
#include "core/services/session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace branddesk {
namespace {

void printCampaign(const Campaign& campaign, CommandContext& context)
{
    const DateRange span = campaign.span();
    context.out << campaign.id << QLatin1Char('\t') << campaign.year << QLatin1Char('\t') << campaign.title
                << QLatin1Char('\t') << span.start.toString(Qt::ISODate) << QStringLiteral(" – ")
                << (span.end.isValid() ? span.end.toString(Qt::ISODate)
                                       : QCoreApplication::translate("Commands", "open-ended"))
                << (campaign.isCurrent ? QLatin1Char('\t') + QCoreApplication::translate("Commands", "current")
                                       : QString())
                << Qt::endl;
}

int listCampaigns(Session& session, CommandContext& context)
{
    const Result<QList<Campaign>> campaigns = session.campaigns().campaigns();
    if (!campaigns)
        return reportFailure(campaigns.error(), context);
    if (campaigns->isEmpty())
        context.out << QCoreApplication::translate("Commands", "The database has no campaign yet.") << Qt::endl;
    for (const Campaign& campaign : *campaigns)
        printCampaign(campaign, context);
    return 0;
}

int runCampaign(const QStringList& arguments, CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Commands", "Lists the campaigns (id, year, title, dates), or makes a new one from another year's: its "
                    "phases, milestones and rules moved to --year. \"new\" signs in with --user as an "
                    "administrator, the password read from standard input."));
    parser.addPositionalArgument(QCoreApplication::translate("Arguments", "action", "an argument's name in --help"),
                                 QCoreApplication::translate("Commands", "list or new"));
    const QCommandLineOption from(
        QStringLiteral("from-template"),
        QCoreApplication::translate("Commands", "new: the campaign to copy, by its id (see list) or \"current\"."),
        QStringLiteral("id"));
    const QCommandLineOption year(QStringLiteral("year"),
                                  QCoreApplication::translate("Commands", "new: the year of the new campaign."),
                                  QStringLiteral("year"));
    const QCommandLineOption makeCurrent(
        QStringLiteral("current"),
        QCoreApplication::translate("Commands", "new: make the new campaign the current one."));
    const QCommandLineOption user(
        QStringLiteral("user"),
        QCoreApplication::translate("Commands", "Sign in as the administrator <name>; the password is read from "
                                                "standard input."),
        QStringLiteral("name"));
    parser.addOptions({from, year, makeCurrent, user});
    if (!parseCommandArguments(parser, arguments, context))
        return 2;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1 || (action != QLatin1String("list") && action != QLatin1String("new"))) {
        context.err << QCoreApplication::translate("Commands", "Usage: branddesk campaign list | new --from-template "
                                                               "ID --year YEAR --user ADMIN")
                    << Qt::endl;
        return 2;
    }
    bool yearOk = false;
    const int newYear = parser.value(year).toInt(&yearOk);
    if (action == QLatin1String("new") && (!parser.isSet(from) || !yearOk || !parser.isSet(user))) {
        context.err << QCoreApplication::translate("Commands", "campaign new needs --from-template ID, --year YEAR "
                                                               "and --user NAME (an administrator).")
                    << Qt::endl;
        return 2;
    }

    std::unique_ptr<Database> database = openCommandDatabase(context);
    if (!database)
        return 1;
    Session session(std::move(database), context.clock);
    if (action == QLatin1String("list"))
        return listCampaigns(session, context);

    if (const Result<User> signedIn = session.accounts().signIn(parser.value(user), QTextStream(stdin).readLine());
        !signedIn)
        return reportFailure(signedIn.error(), context);
    CampaignService& campaigns = session.campaigns();
    qint64 sourceId = 0;
    if (parser.value(from) == QLatin1String("current")) {
        const Result<std::optional<Campaign>> current = campaigns.current();
        if (!current)
            return reportFailure(current.error(), context);
        if (!*current) {
            context.err << QCoreApplication::translate("Commands", "The database has no campaign yet.") << Qt::endl;
            return 1;
        }
        sourceId = (*current)->id;
    } else {
        sourceId = parser.value(from).toLongLong();
    }
    if (sourceId <= 0 || !campaigns.find(sourceId)) {
        context.err << QCoreApplication::translate("Commands", "There is no campaign %1; see branddesk campaign list.")
                           .arg(parser.value(from))
                    << Qt::endl;
        return 1;
    }
    const Result<Campaign> created = campaigns.createFromTemplate(sourceId, newYear);
    if (!created)
        return reportFailure(created.error(), context);
    if (parser.isSet(makeCurrent))
        if (const Result<void> made = campaigns.setCurrent(created->id); !made)
            return reportFailure(made.error(), context);
    const Result<Campaign> stored = campaigns.find(created->id);
    if (!stored)
        return reportFailure(stored.error(), context);
    context.out << QCoreApplication::translate("Commands", "Created campaign %1:").arg(stored->id) << Qt::endl;
    printCampaign(*stored, context);
    return 0;
}

const CommandRegistration kCampaign{
    {"campaign", QT_TRANSLATE_NOOP("Commands", "List the campaigns, or make a new year's from a template."),
     &runCampaign}};

} // namespace
} // namespace branddesk
