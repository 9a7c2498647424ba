// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `branddesk ledger --out F.pdf|F.docx`: the enterprise problem ledger (难题破解责任台账) as PDF or Word, with no
// display.
#include "app/commands/command.h"
#include "app/commands/commanddatabase.h"
#include "core/clock.h"
#include "core/documents/documentexport.h"
#include "core/enterprise/problemledgersheet.h"
#include "core/services/backupmanager.h"
#include "core/services/databasechecks.h"
#include "core/services/session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace branddesk {
namespace {

int runLedger(const QStringList& arguments, CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Commands", "Writes the enterprise problem ledger as PDF, or as Word (.docx) when --out ends in .docx (A4 "
                    "landscape): every problem, or only the overdue ones, of all departments or one."));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QCoreApplication::translate("Commands", "The file to write: .pdf, or .docx for Word."),
                                 QStringLiteral("file"));
    const QCommandLineOption overdue(QStringLiteral("overdue"),
                                     QCoreApplication::translate("Commands", "Only the overdue problems."));
    const QCommandLineOption department(
        QStringLiteral("department"),
        QCoreApplication::translate("Commands", "Only one department's problems (its name or short name)."),
        QStringLiteral("name"));
    parser.addOptions({out, overdue, department});
    if (!parseCommandArguments(parser, arguments, context))
        return 2;
    if (!parser.isSet(out)) {
        context.err << QCoreApplication::translate("Commands",
                                                   "Say where to write the document: --out FILE.pdf or FILE.docx.")
                    << Qt::endl;
        return 2;
    }
    std::unique_ptr<Database> database = openCommandDatabase(context);
    if (!database)
        return 1;
    Session session(std::move(database), context.clock);

    ProblemFilter filter;
    filter.overdueOnly = parser.isSet(overdue);
    QStringList scope;
    if (parser.isSet(department)) {
        const QString name = parser.value(department).trimmed();
        Result<QList<Department>> all = session.departments().activeDepartments();
        if (!all) {
            context.err << all.error().fullText() << Qt::endl;
            return 1;
        }
        for (const Department& d : *all)
            if (d.name == name || d.shortName == name)
                filter.departmentId = d.id;
        if (filter.departmentId == 0) {
            context.err << QCoreApplication::translate("Commands", "No active department is called “%1”.").arg(name)
                        << Qt::endl;
            return 2;
        }
        scope.append(name);
    }
    if (filter.overdueOnly)
        scope.append(QCoreApplication::translate("Commands", "overdue only"));
    Result<QList<Problem>> problems = session.enterprise().problems(filter);
    if (!problems) {
        context.err << problems.error().fullText() << Qt::endl;
        return 1;
    }
    const PrintDocument document =
        problemledgersheet::build(*problems, context.clock.today(), scope.join(QStringLiteral(", ")));
    Result<PrintOutcome> written = DocumentExport::write(parser.value(out), document);
    if (!written) {
        context.err << written.error().fullText() << Qt::endl;
        return 1;
    }
    context.out << QCoreApplication::translate("Commands", "Wrote the ledger of %n problem(s) to %1", nullptr,
                                               int(problems->size()))
                       .arg(parser.value(out))
                << Qt::endl;
    return 0;
}

const CommandRegistration kLedger{
    {"ledger", QT_TRANSLATE_NOOP("Commands", "Write the enterprise problem ledger as PDF or Word."), &runLedger}};

} // namespace
} // namespace branddesk
