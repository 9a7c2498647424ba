// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `branddesk hotline report --month 2026-11 --out F.pdf|F.docx`: the monthly hotline report (热线工作通报) as PDF or
// Word, with no display.
#include "app/commands/command.h"
#include "app/commands/commanddatabase.h"
#include "app/commands/hotlineimportcommand.h"
#include "core/clock.h"
#include "core/documents/documentexport.h"
#include "core/hotline/hotlinereport.h"
#include "core/services/session.h"
#include "core/summary/supervisionsummary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

namespace branddesk {
namespace {

int runHotline(const QStringList& arguments, CommandContext& context)
{
    // arguments.first() is the program; the first word after it says what to do.
    const auto word = std::find_if(arguments.begin() + std::min<qsizetype>(1, arguments.size()), arguments.end(),
                                   [](const QString& a) { return !a.startsWith(QLatin1Char('-')); });
    if (word != arguments.end() && *word == QLatin1String("import"))
        return runHotlineImport(arguments, context);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Commands",
        "Writes the monthly report of the brand supervision hotline (热线工作通报) as PDF, or as Word (.docx) "
        "when --out ends in .docx."));
    parser.addPositionalArgument(QCoreApplication::translate("Arguments", "report", "an argument's name in --help"),
                                 QCoreApplication::translate("Commands", "The document."));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QCoreApplication::translate("Commands", "The file to write: .pdf, or .docx for Word."),
                                 QStringLiteral("file"));
    const QCommandLineOption month(QStringLiteral("month"),
                                   QCoreApplication::translate("Commands", "The month (default: the last one)."),
                                   QStringLiteral("yyyy-mm"));
    const QCommandLineOption number(QStringLiteral("number"),
                                    QCoreApplication::translate("Commands", "The document number."),
                                    QStringLiteral("text"));
    const QCommandLineOption issuer(QStringLiteral("issuer"),
                                    QCoreApplication::translate("Commands", "The issuing office."),
                                    QStringLiteral("text"));
    parser.addOptions({out, month, number, issuer});
    if (!parseCommandArguments(parser, arguments, context))
        return 2;
    if (parser.positionalArguments() != QStringList{QStringLiteral("report")}) {
        context.err << QCoreApplication::translate("Commands", "Say which document: hotline report.") << Qt::endl;
        return 2;
    }
    if (!parser.isSet(out)) {
        context.err << QCoreApplication::translate("Commands",
                                                   "Say where to write the document: --out FILE.pdf or FILE.docx.")
                    << Qt::endl;
        return 2;
    }
    const QDate today = context.clock.today();
    QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
    if (parser.isSet(month)) {
        first = QDate::fromString(parser.value(month) + QStringLiteral("-01"), Qt::ISODate);
        if (!first.isValid()) {
            context.err << QCoreApplication::translate("Commands", "--month wants a month like 2026-11, not “%1”.")
                               .arg(parser.value(month))
                        << Qt::endl;
            return 2;
        }
    }

    std::unique_ptr<Database> database = openCommandDatabase(context);
    if (!database)
        return 1;
    Session session(std::move(database), context.clock);
    Result<HotlineReportData> data = session.hotline().monthlyReport(first);
    if (!data) {
        context.err << data.error().fullText() << Qt::endl;
        return 1;
    }
    HotlineReportOptions options;
    Result<std::optional<Campaign>> campaign = session.campaigns().current();
    if (campaign && *campaign)
        options.issuer = SummaryOptions::issuerFromNotice((*campaign)->noticeReference);
    if (parser.isSet(issuer))
        options.issuer = parser.value(issuer);
    options.documentNumber = parser.value(number);
    options.date = today;
    Result<PrintOutcome> written = DocumentExport::write(parser.value(out), hotlinereport::build(*data, options));
    if (!written) {
        context.err << written.error().fullText() << Qt::endl;
        return 1;
    }
    context.out << QCoreApplication::translate("Commands", "Wrote the hotline report of %1 to %2")
                       .arg(first.toString(QStringLiteral("yyyy-MM")), parser.value(out))
                << Qt::endl;
    return 0;
}

const CommandRegistration kHotline{
    {"hotline",
     QT_TRANSLATE_NOOP(
         "Commands",
         "Write the monthly report of the supervision hotline as PDF, or import tickets from a 12345 export."),
     &runHotline}};

} // namespace
} // namespace branddesk
