// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `branddesk assessment table|report --year 2026 --out FILE`: the annual work-style assessment (年度考核) as a table
// (.xlsx or .csv) or as the printed 通报 (.pdf, or .docx for Word), with no display.
#include "app/commands/command.h"
#include "app/commands/commanddatabase.h"
#include "core/assessment/assessmentdocuments.h"
#include "core/clock.h"
#include "core/documents/documentexport.h"
#include "core/services/session.h"
#include "core/summary/supervisionsummary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace branddesk {
namespace {

int runAssessment(const QStringList& arguments, CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Commands", "Writes the annual work-style assessment of a year: the table as XLSX or CSV, or the report "
                    "(通报) as PDF, or as Word (.docx) when --out ends in .docx. A year not yet finalised is a preview "
                    "as of today."));
    parser.addPositionalArgument(QStringLiteral("table|report"),
                                 QCoreApplication::translate("Commands", "The table or the report."));
    const QCommandLineOption out(
        QStringLiteral("out"),
        QCoreApplication::translate("Commands", "The file to write: .xlsx or .csv (table), .pdf or .docx (report)."),
        QStringLiteral("file"));
    const QCommandLineOption year(
        QStringLiteral("year"), QCoreApplication::translate("Commands", "The year (default: the current campaign's)."),
        QStringLiteral("yyyy"));
    const QCommandLineOption number(QStringLiteral("number"),
                                    QCoreApplication::translate("Commands", "The document number."),
                                    QStringLiteral("text"));
    const QCommandLineOption issuer(QStringLiteral("issuer"),
                                    QCoreApplication::translate("Commands", "The issuing office."),
                                    QStringLiteral("text"));
    parser.addOptions({out, year, number, issuer});
    if (!parseCommandArguments(parser, arguments, context))
        return 2;
    const QStringList words = parser.positionalArguments();
    if (words.size() != 1 || (words.first() != QLatin1String("table") && words.first() != QLatin1String("report"))) {
        context.err << QCoreApplication::translate("Commands",
                                                   "Say what to write: assessment table or assessment report.")
                    << Qt::endl;
        return 2;
    }
    if (!parser.isSet(out)) {
        context.err << QCoreApplication::translate("Commands", "Say where to write it: --out FILE.") << Qt::endl;
        return 2;
    }
    bool yearOk = true;
    const int wanted = parser.isSet(year) ? parser.value(year).toInt(&yearOk) : 0;
    if (!yearOk || (parser.isSet(year) && (wanted < 1990 || wanted > 2200))) {
        context.err << QCoreApplication::translate("Commands", "--year wants a year like 2026, not “%1”.")
                           .arg(parser.value(year))
                    << Qt::endl;
        return 2;
    }

    std::unique_ptr<Database> database = openCommandDatabase(context);
    if (!database)
        return 1;
    Session session(std::move(database), context.clock);
    int chosen = wanted;
    if (chosen == 0) {
        Result<int> current = session.assessment().currentYear();
        if (!current) {
            context.err << current.error().fullText() << Qt::endl;
            return 1;
        }
        chosen = *current;
    }
    Result<AssessmentTable> table = session.assessment().table(chosen);
    if (!table) {
        context.err << table.error().fullText() << Qt::endl;
        return 1;
    }
    const QString path = parser.value(out);
    if (words.first() == QLatin1String("table")) {
        if (Result<void> written = exportTable(assessmentdocuments::exportTable(*table), path); !written) {
            context.err << written.error().fullText() << Qt::endl;
            return 1;
        }
    } else {
        AssessmentReportOptions options;
        Result<std::optional<Campaign>> campaign = session.campaigns().current();
        if (campaign && *campaign)
            options.issuer = SummaryOptions::issuerFromNotice((*campaign)->noticeReference);
        if (parser.isSet(issuer))
            options.issuer = parser.value(issuer);
        options.documentNumber = parser.value(number);
        options.date = context.clock.today();
        if (Result<PrintOutcome> written = DocumentExport::write(path, assessmentdocuments::report(*table, options));
            !written) {
            context.err << written.error().fullText() << Qt::endl;
            return 1;
        }
    }
    context.out << QCoreApplication::translate("Commands", "Wrote the assessment of %1 to %2").arg(chosen).arg(path)
                << Qt::endl;
    return 0;
}

const CommandRegistration kAssessment{
    {"assessment",
     QT_TRANSLATE_NOOP("Commands",
                       "Write the annual work-style assessment of a year: the table (XLSX, CSV) or the report (PDF, "
                       "DOCX)."),
     &runAssessment}};

} // namespace
} // namespace branddesk
