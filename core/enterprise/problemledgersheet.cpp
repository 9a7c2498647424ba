// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/enterprise/problemledgersheet.h"

#include <QCoreApplication>

#include <algorithm>

namespace branddesk::problemledgersheet {
namespace {

QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QString statusText(const Problem& p, const QDate& today)
{
    if (p.isOverdue(today))
        return QCoreApplication::translate("ProblemLedgerSheet", "%1\n%n day(s) overdue", nullptr, p.daysOverdue(today))
            .arg(problemStatusName(p.status));
    if (p.status == ProblemStatus::Solved)
        return problemStatusName(p.status) + QLatin1Char('\n') + isoDate(p.solvedDate);
    if (p.status == ProblemStatus::CannotSolve)
        return problemStatusName(p.status) + QLatin1Char('\n') + p.reason;
    return problemStatusName(p.status);
}

} // namespace

PrintDocument build(const QList<Problem>& problems, const QDate& today, const QString& scope)
{
    PrintDocument doc(PageStyle::sheet(QPageLayout::Landscape));
    doc.addTitle(QCoreApplication::translate("ProblemLedgerSheet", "Enterprise problem ledger"));
    // The counts go into variables first: lupdate (Qt 6.4) misses a translate() whose count is an expression.
    const int total = int(problems.size());
    const int overdue =
        int(std::count_if(problems.begin(), problems.end(), [&today](const Problem& p) { return p.isOverdue(today); }));
    QString line = QCoreApplication::translate("ProblemLedgerSheet", "As of %1: %n problem(s)", nullptr, total)
                       .arg(isoDate(today));
    line += QCoreApplication::translate("ProblemLedgerSheet", ", %n overdue", nullptr, overdue);
    if (!scope.isEmpty())
        line += QStringLiteral(" · ") + scope;
    doc.addLine(line, Qt::AlignHCenter);

    DocumentTable table;
    table.columns = {{0.7, Qt::AlignHCenter}, {2.0, Qt::AlignLeft}, {2.4, Qt::AlignLeft}, {1.5, Qt::AlignLeft},
                     {1.2, Qt::AlignHCenter}, {1.5, Qt::AlignLeft}, {2.2, Qt::AlignLeft}, {1.8, Qt::AlignHCenter},
                     {1.8, Qt::AlignHCenter}, {2.2, Qt::AlignLeft}};
    table.addHeaderRow({QCoreApplication::translate("ProblemLedgerSheet", "No."),
                        QCoreApplication::translate("ProblemLedgerSheet", "Enterprise"),
                        QCoreApplication::translate("ProblemLedgerSheet", "Problem"),
                        QCoreApplication::translate("ProblemLedgerSheet", "Department"),
                        QCoreApplication::translate("ProblemLedgerSheet", "Responsible\nleader"),
                        QCoreApplication::translate("ProblemLedgerSheet", "Team"),
                        QCoreApplication::translate("ProblemLedgerSheet", "Plan"),
                        QCoreApplication::translate("ProblemLedgerSheet", "Deadline"),
                        QCoreApplication::translate("ProblemLedgerSheet", "Status"),
                        QCoreApplication::translate("ProblemLedgerSheet", "Latest progress")});
    int number = 0;
    for (const Problem& p : problems) {
        const QString latest = p.notes.isEmpty()
                                   ? QString()
                                   : isoDate(p.notes.constLast().date) + QLatin1Char(' ') + p.notes.constLast().text;
        table.addRow({QString::number(++number), p.enterpriseName, p.description, p.departmentName, p.leader, p.team,
                      p.plan, isoDate(p.deadline), statusText(p, today), latest},
                     p.isOverdue(today));
    }
    if (problems.isEmpty())
        table.addRow({QString(), QCoreApplication::translate("ProblemLedgerSheet", "No problems recorded."), QString(),
                      QString(), QString(), QString(), QString(), QString(), QString(), QString()});
    doc.addTable(table);
    doc.addLine(QCoreApplication::translate("ProblemLedgerSheet", "Bold rows are overdue."), Qt::AlignLeft);
    return doc;
}

} // namespace branddesk::problemledgersheet
