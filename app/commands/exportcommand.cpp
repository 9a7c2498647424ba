// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `branddesk export inspection-sheets|summary`: the printed documents as PDF or Word (.docx), with no display.
#include "app/commands/command.h"
#include "app/commands/commanddatabase.h"
#include "core/clock.h"
#include "core/documents/documentexport.h"
#include "core/services/backupmanager.h"
#include "core/services/databasechecks.h"
#include "core/services/figurescollector.h"
#include "core/services/inspectionsheet.h"
#include "core/services/session.h"
#include "core/summary/supervisionsummary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace branddesk {
namespace {

constexpr const char* kSheets = "inspection-sheets";
constexpr const char* kSummary = "summary";

/// --from/--to, defaulting to the current month; nullopt (and a message) when a date is malformed.
std::optional<DateRange> periodOption(const QCommandLineParser& parser, CommandContext& context)
{
    const QDate today = context.clock.today();
    DateRange period{QDate(today.year(), today.month(), 1), QDate(today.year(), today.month(), today.daysInMonth())};
    for (const auto& [name, date] :
         {std::pair{QStringLiteral("from"), &period.start}, std::pair{QStringLiteral("to"), &period.end}}) {
        if (!parser.isSet(name))
            continue;
        *date = QDate::fromString(parser.value(name), Qt::ISODate);
        if (!date->isValid()) {
            context.err << QCoreApplication::translate("Commands", "--%1 needs a date like 2009-05-31, not “%2”.")
                               .arg(name, parser.value(name))
                        << Qt::endl;
            return std::nullopt;
        }
    }
    if (period.end < period.start) {
        context.err << QCoreApplication::translate("Commands", "--to lies before --from.") << Qt::endl;
        return std::nullopt;
    }
    return period;
}

int runExport(const QStringList& arguments, CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Commands", "Writes a printed document as PDF, or as Word (.docx) when --out ends in .docx: the "
                    "inspection sheets of one or all departments, or the supervision summary of a period (the current "
                    "month unless --from/--to say otherwise)."));
    parser.addPositionalArgument(QCoreApplication::translate("Arguments", "document", "an argument's name in --help"),
                                 QCoreApplication::translate("Commands", "inspection-sheets or summary"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QCoreApplication::translate("Commands", "The file to write: .pdf, or .docx for Word."),
                                 QStringLiteral("file"));
    const QCommandLineOption from(QStringLiteral("from"), QCoreApplication::translate("Commands", "First day."),
                                  QStringLiteral("yyyy-mm-dd"));
    const QCommandLineOption to(QStringLiteral("to"), QCoreApplication::translate("Commands", "Last day."),
                                QStringLiteral("yyyy-mm-dd"));
    const QCommandLineOption department(
        QStringLiteral("department"),
        QCoreApplication::translate("Commands", "Inspection sheets: “all” (the default), or a department's name."),
        QStringLiteral("name"), QStringLiteral("all"));
    const QCommandLineOption number(QStringLiteral("number"),
                                    QCoreApplication::translate("Commands", "Summary: the document number."),
                                    QStringLiteral("text"));
    const QCommandLineOption issuer(QStringLiteral("issuer"),
                                    QCoreApplication::translate("Commands", "Summary: the issuing office."),
                                    QStringLiteral("text"));
    const QCommandLineOption nextSteps(QStringLiteral("next-steps"),
                                       QCoreApplication::translate("Commands", "Summary: the next-steps paragraph."),
                                       QStringLiteral("text"));
    const QCommandLineOption copyTo(
        QStringLiteral("copy-to"),
        QCoreApplication::translate("Commands", "Summary: who gets copies (the imprint at its foot)."),
        QStringLiteral("text"));
    parser.addOptions({out, from, to, department, number, issuer, nextSteps, copyTo});
    if (!parseCommandArguments(parser, arguments, context))
        return 2;
    const QStringList positional = parser.positionalArguments();
    const QString kind = positional.value(0);
    if (positional.size() != 1 || (kind != QLatin1String(kSheets) && kind != QLatin1String(kSummary))) {
        context.err << QCoreApplication::translate("Commands", "Say which document: export inspection-sheets or "
                                                               "export summary.")
                    << Qt::endl;
        return 2;
    }
    if (!parser.isSet(out)) {
        context.err << QCoreApplication::translate("Commands",
                                                   "Say where to write the document: --out FILE.pdf or FILE.docx.")
                    << Qt::endl;
        return 2;
    }
    const std::optional<DateRange> period = periodOption(parser, context);
    if (!period)
        return 2;

    std::unique_ptr<Database> database = openCommandDatabase(context);
    if (!database)
        return 1;
    Session session(std::move(database), context.clock);

    QList<PrintDocument> documents;
    if (kind == QLatin1String(kSheets)) {
        QList<qint64> ids;
        if (const QString name = parser.value(department).trimmed(); name != QLatin1String("all")) {
            Result<QList<Department>> all = session.departments().activeDepartments();
            if (!all) {
                context.err << all.error().fullText() << Qt::endl;
                return 1;
            }
            for (const Department& d : *all)
                if (d.name == name || d.shortName == name || QString::number(d.id) == name)
                    ids.append(d.id);
            if (ids.isEmpty()) {
                context.err << QCoreApplication::translate("Commands", "No active department is called “%1”.").arg(name)
                            << Qt::endl;
                return 2;
            }
        }
        Result<QList<InspectionSheetData>> sheets = collectInspectionSheets(session, ids, *period);
        if (!sheets) {
            context.err << sheets.error().fullText() << Qt::endl;
            return 1;
        }
        for (const InspectionSheetData& sheet : *sheets)
            documents.append(buildInspectionSheet(sheet));
    } else {
        Result<CampaignFigures> figures = collectCampaignFigures(session, *period);
        if (!figures) {
            context.err << figures.error().fullText() << Qt::endl;
            return 1;
        }
        SummaryOptions options;
        Result<std::optional<Campaign>> campaign = session.campaigns().current();
        if (campaign && *campaign)
            options.issuer = SummaryOptions::issuerFromNotice((*campaign)->noticeReference);
        if (parser.isSet(issuer))
            options.issuer = parser.value(issuer);
        options.documentNumber = parser.value(number);
        options.nextSteps = parser.value(nextSteps);
        options.copyTo = parser.value(copyTo);
        options.date = context.clock.today();
        documents.append(buildSupervisionSummary(*figures, options));
    }
    if (documents.isEmpty()) {
        context.err << QCoreApplication::translate("Commands", "There is nothing to print: no active department.")
                    << Qt::endl;
        return 1;
    }
    Result<PrintOutcome> written = DocumentExport::write(parser.value(out), documents);
    if (!written) {
        context.err << written.error().fullText() << Qt::endl;
        return 1;
    }
    context.out << QCoreApplication::translate("Commands", "Wrote %n document(s) to %1", nullptr, int(documents.size()))
                       .arg(parser.value(out))
                << Qt::endl;
    return 0;
}

const CommandRegistration kExport{
    {"export", QT_TRANSLATE_NOOP("Commands", "Write inspection sheets or the supervision summary as PDF or Word."),
     &runExport}};

} // namespace
} // namespace branddesk
