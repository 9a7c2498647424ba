// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `branddesk evaluation results|expert-sheets|questionnaire|scores [--round N] --out F`: the evaluation's
// printed tables as PDF or Word, or all scores as XLSX/CSV, with no display.
#include "app/commands/command.h"
#include "app/commands/commanddatabase.h"
#include "core/clock.h"
#include "core/documents/documentexport.h"
#include "core/evaluation/evaluationdocuments.h"
#include "core/services/backupmanager.h"
#include "core/services/databasechecks.h"
#include "core/services/session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace branddesk {
namespace {

const QStringList& kinds()
{
    static const QStringList names = {QStringLiteral("results"), QStringLiteral("expert-sheets"),
                                      QStringLiteral("questionnaire"), QStringLiteral("scores")};
    return names;
}

/// The round asked for, or the newest of the current campaign; 0 (and a message) when there is none.
qint64 roundId(Session& session, const QString& asked, CommandContext& context)
{
    if (!asked.isEmpty()) {
        bool ok = false;
        const qint64 id = asked.toLongLong(&ok);
        if (ok && session.evaluation().round(id))
            return id;
        context.err << QCoreApplication::translate("Commands", "There is no evaluation round %1.").arg(asked)
                    << Qt::endl;
        return 0;
    }
    const Result<std::optional<Campaign>> campaign = session.campaigns().current();
    if (campaign && *campaign)
        if (const Result<QList<EvaluationRound>> rounds = session.evaluation().rounds((*campaign)->id);
            rounds && !rounds->isEmpty())
            return rounds->first().id;
    context.err << QCoreApplication::translate("Commands", "The current campaign has no evaluation round.") << Qt::endl;
    return 0;
}

int runEvaluation(const QStringList& arguments, CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Commands", "Writes an evaluation round's results table, blank expert scoring sheets or blank questionnaire "
                    "as PDF or Word (.docx, when --out ends in .docx), or all its scores as XLSX or CSV. Without "
                    "--round, the newest round of the current campaign."));
    parser.addPositionalArgument(QCoreApplication::translate("Arguments", "document", "an argument's name in --help"),
                                 QCoreApplication::translate("Commands", "results, expert-sheets, questionnaire or "
                                                                         "scores"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QCoreApplication::translate("Commands", "The file to write (.pdf or .docx; .xlsx or "
                                                                         ".csv for scores)."),
                                 QStringLiteral("file"));
    const QCommandLineOption round(QStringLiteral("round"),
                                   QCoreApplication::translate("Commands", "The round's number."), QStringLiteral("N"));
    const QCommandLineOption issuer(QStringLiteral("issuer"),
                                    QCoreApplication::translate("Commands", "Results: the issuing office."),
                                    QStringLiteral("text"));
    parser.addOptions({out, round, issuer});
    if (!parseCommandArguments(parser, arguments, context))
        return 2;
    const QStringList positional = parser.positionalArguments();
    const QString kind = positional.value(0);
    if (positional.size() != 1 || !kinds().contains(kind)) {
        context.err << QCoreApplication::translate("Commands", "Say which document: evaluation results, "
                                                               "expert-sheets, questionnaire or scores.")
                    << Qt::endl;
        return 2;
    }
    if (!parser.isSet(out)) {
        context.err << QCoreApplication::translate("Commands", "Say where to write it: --out FILE.") << Qt::endl;
        return 2;
    }
    std::unique_ptr<Database> database = openCommandDatabase(context);
    if (!database)
        return 1;
    Session session(std::move(database), context.clock);
    const qint64 id = roundId(session, parser.value(round), context);
    if (id == 0)
        return 1;
    EvaluationService& evaluation = session.evaluation();
    const Result<EvaluationRound> found = evaluation.round(id);
    const Result<ScoringRules> rules = evaluation.rules(id);
    const Result<QList<EvaluationEntry>> entries = evaluation.entries(id);
    const Result<QList<EvaluationExpert>> experts = evaluation.experts(id);
    const Result<QList<ExpertScore>> scores = evaluation.scores(id);
    const Result<QList<BrandResult>> results = evaluation.results(id);
    for (const Error* error : {found ? nullptr : &found.error(), rules ? nullptr : &rules.error(),
                               entries ? nullptr : &entries.error(), experts ? nullptr : &experts.error(),
                               scores ? nullptr : &scores.error(), results ? nullptr : &results.error()})
        if (error) {
            context.err << error->fullText() << Qt::endl;
            return 1;
        }

    if (kind == QLatin1String("scores")) {
        const Result<void> written = exportTable(
            EvaluationDocuments::allScores(found->name, *rules, *entries, *experts, *scores), parser.value(out));
        if (!written) {
            context.err << written.error().fullText() << Qt::endl;
            return 1;
        }
    } else {
        PrintDocument document;
        if (kind == QLatin1String("results")) {
            QString office = parser.value(issuer);
            if (office.isEmpty()) {
                const Result<std::optional<Campaign>> campaign = session.campaigns().current();
                office =
                    EvaluationDocuments::issuerOf(campaign && *campaign ? (*campaign)->noticeReference : QString());
            }
            document = EvaluationDocuments::results(found->name, *rules, *results, office, context.clock.today());
        } else if (kind == QLatin1String("expert-sheets")) {
            document = EvaluationDocuments::expertSheets(found->name, *rules, *entries, *experts);
        } else {
            document = EvaluationDocuments::questionnaire(found->name, *entries);
        }
        const Result<PrintOutcome> written = DocumentExport::write(parser.value(out), document);
        if (!written) {
            context.err << written.error().fullText() << Qt::endl;
            return 1;
        }
    }
    const QString what = kind == QLatin1String("results") ? QCoreApplication::translate("Commands", "the results table")
                         : kind == QLatin1String("expert-sheets")
                             ? QCoreApplication::translate("Commands", "the blank expert scoring sheets")
                         : kind == QLatin1String("questionnaire")
                             ? QCoreApplication::translate("Commands", "the blank questionnaire")
                             : QCoreApplication::translate("Commands", "all scores");
    context.out
        << QCoreApplication::translate("Commands", "Wrote %1 of “%2” to %3").arg(what, found->name, parser.value(out))
        << Qt::endl;
    return 0;
}

const CommandRegistration kEvaluation{
    {"evaluation",
     QT_TRANSLATE_NOOP("Commands", "Write an evaluation round's results, expert sheets or questionnaire as PDF or "
                                   "Word, or its scores as XLSX/CSV."),
     &runEvaluation}};

} // namespace
} // namespace branddesk
