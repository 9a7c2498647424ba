// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `branddesk generate`: a new database at provincial scale, for the benchmarks (tests/bench/README.md).
#include "app/commands/command.h"
#include "core/demo/largedataset.h"
#include "core/services/session.h"
#include "core/storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace branddesk {
namespace {

/// A whole number of at least 1 from `option`, or nullopt (and a message).
std::optional<int> countOption(const QCommandLineParser& parser, const QCommandLineOption& option,
                               CommandContext& context)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < 1) {
        context.err << QCoreApplication::translate("Commands", "--%1 needs a whole number of at least 1, not “%2”.")
                           .arg(option.names().first(), parser.value(option))
                    << Qt::endl;
        return std::nullopt;
    }
    return value;
}

int runGenerate(const QStringList& arguments, CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Commands", "Writes a new database with invented departments, brands, a campaign begun years ago, "
                    "milestone records and weekly reports for every week since, for benchmarks. The same seed "
                    "and --today give the same database."));
    const QCommandLineOption departments(QStringLiteral("departments"),
                                         QCoreApplication::translate("Commands", "How many departments."),
                                         QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption years(QStringLiteral("years"),
                                   QCoreApplication::translate("Commands", "Years of weekly reports."),
                                   QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QCoreApplication::translate("Commands", "Seed of the invented data."),
                                  QStringLiteral("n"), QStringLiteral("2009"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QCoreApplication::translate("Commands", "The new database file."),
                                 QStringLiteral("file"));
    parser.addOptions({departments, years, seed, out});
    if (!parseCommandArguments(parser, arguments, context))
        return 2;
    if (!parser.isSet(out)) {
        context.err << QCoreApplication::translate("Commands", "Say where to write the database: --out FILE.")
                    << Qt::endl;
        return 2;
    }
    const QString path = parser.value(out);
    if (QFileInfo::exists(path)) {
        context.err
            << QCoreApplication::translate("Commands", "%1 already exists; generate writes a new file only.").arg(path)
            << Qt::endl;
        return 2;
    }
    LargeDatasetOptions options;
    const std::optional<int> departmentCount = countOption(parser, departments, context);
    const std::optional<int> yearCount = countOption(parser, years, context);
    const std::optional<int> seedValue = countOption(parser, seed, context);
    if (!departmentCount || !yearCount || !seedValue)
        return 2;
    options.departments = *departmentCount;
    options.years = *yearCount;
    options.seed = quint32(*seedValue);

    QElapsedTimer timer;
    timer.start();
    Result<std::unique_ptr<Database>> database = Database::open(path);
    if (!database) {
        context.err << database.error().fullText() << Qt::endl;
        return 1;
    }
    Result<LargeDatasetCounts> counts = [&] {
        Session session(std::move(*database), context.clock);
        return generateLargeDataset(session, options);
    }();
    if (!counts) {
        // Nothing was written (it is one transaction): leave no empty database behind.
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        context.err << counts.error().fullText() << Qt::endl;
        return 1;
    }
    context.out << QCoreApplication::translate("Commands",
                                               "Wrote %1: %2 departments, %3 brands, %4 milestone records, %5 "
                                               "reports, %6 inspections in %7 s.")
                       .arg(path)
                       .arg(counts->departments)
                       .arg(counts->brands)
                       .arg(counts->milestoneCompletions)
                       .arg(counts->reports)
                       .arg(counts->inspections)
                       .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                << Qt::endl;
    return 0;
}

const CommandRegistration kGenerate{
    {"generate", QT_TRANSLATE_NOOP("Commands", "Write a new, large database of invented data for benchmarks."),
     &runGenerate}};

} // namespace
} // namespace branddesk
