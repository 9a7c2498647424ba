// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/summary/supervisionsummary.h"

#include "core/summary/typicalpractice.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace branddesk {
namespace {

QString chineseOrdinal(int n)
{
    static const char16_t* const numbers[] = {u"一", u"二", u"三", u"四", u"五", u"六", u"七", u"八", u"九", u"十"};
    return n >= 1 && n <= 10 ? QString::fromUtf16(numbers[n - 1]) : QString::number(n);
}

} // namespace

QString documentDate(const QDate& date)
{
    return QCoreApplication::translate("DocumentText", "%2/%3/%1", "a date in a document: 2009年5月31日")
        .arg(date.year())
        .arg(date.month())
        .arg(date.day());
}

QString documentPeriod(const DateRange& period)
{
    if (!period.end.isValid())
        return QCoreApplication::translate("DocumentText", "since %1").arg(documentDate(period.start));
    const QString end = period.end.year() == period.start.year()
                            ? QCoreApplication::translate("DocumentText", "%1/%2", "month/day: 5月31日")
                                  .arg(period.end.month())
                                  .arg(period.end.day())
                            : documentDate(period.end);
    return QCoreApplication::translate("DocumentText", "%1 to %2", "2009年5月1日至5月31日")
        .arg(documentDate(period.start), end);
}

QString SummaryOptions::defaultCopyTo()
{
    return QCoreApplication::translate("SupervisionSummary",
                                       "members of the municipal leading group for work-style construction");
}

QString SummaryOptions::issuerFromNotice(const QString& notice)
{
    static const QRegularExpression separators(QStringLiteral("[、，,]"));
    const QStringList parts = notice.split(separators, Qt::SkipEmptyParts);
    for (auto it = parts.rbegin(); it != parts.rend(); ++it) {
        QString part = it->trimmed();
        if (!part.isEmpty() && !part.at(0).isDigit())
            return part;
    }
    return {};
}

PrintDocument buildSupervisionSummary(const CampaignFigures& f, const SummaryOptions& options)
{
    PrintDocument doc(PageStyle::official());
    doc.setOfficialHeader(options.issuer, options.documentNumber);
    const QString title = options.title.isEmpty()
                              ? QCoreApplication::translate("SupervisionSummary", "Report on the progress of %1 (%2)")
                                    .arg(f.campaignTitle, documentPeriod(f.period))
                              : options.title;
    doc.setName(title);
    doc.addTitle(title, {documentPeriod(f.period)});
    doc.addLine(QCoreApplication::translate("SupervisionSummary", "To all municipal departments and units:"));
    doc.addParagraph(QCoreApplication::translate(
                         "SupervisionSummary",
                         "To keep the campaign moving, the office has reviewed the work of all departments from %1. "
                         "The situation is reported as follows.")
                         .arg(documentPeriod(f.period)));

    int section = 0;
    const auto heading = [&](const char* source) {
        doc.addHeading(QCoreApplication::translate("SupervisionSummary", "%1. %2", "section heading: 一、总体情况")
                           .arg(chineseOrdinal(++section), QCoreApplication::translate("SupervisionSummary", source)));
    };

    heading(QT_TRANSLATE_NOOP("SupervisionSummary", "Overall situation"));
    QString overall = QCoreApplication::translate(
                          "SupervisionSummary",
                          "By %1, the %2 departments had built %3 service brands; %4 departments have no brand yet.")
                          .arg(documentDate(f.cutoff))
                          .arg(f.departments)
                          .arg(f.brands)
                          .arg(f.departmentsWithoutBrand);
    if (!f.currentPhase.isEmpty())
        overall += f.phaseDaysLeft >= 0
                       ? QCoreApplication::translate("SupervisionSummary",
                                                     "The campaign is in phase %1, %2, which ends in %3 days.")
                             .arg(chineseOrdinal(f.currentPhaseOrdinal), f.currentPhase)
                             .arg(f.phaseDaysLeft)
                       : QCoreApplication::translate("SupervisionSummary", "The campaign is in phase %1, %2.")
                             .arg(chineseOrdinal(f.currentPhaseOrdinal), f.currentPhase);
    doc.addParagraph(overall);
    doc.addParagraph(QCoreApplication::translate(
                         "SupervisionSummary",
                         "Weekly reports: %1 were owed in the period; %2 arrived on time (%3), %4 late and %5 are "
                         "missing. Milestones: %6 were due, %7 are done and %8 are overdue. Rectifications: %9 are "
                         "open, %10 of them overdue.")
                         .arg(f.reports.owed())
                         .arg(f.reports.onTime)
                         .arg(f.reports.onTimeRate())
                         .arg(f.reports.late)
                         .arg(f.reports.missing)
                         .arg(f.milestonesDue)
                         .arg(f.milestonesDone)
                         .arg(f.milestonesOverdue)
                         .arg(f.openRectifications)
                         .arg(f.overdueRectifications));

    heading(QT_TRANSLATE_NOOP("SupervisionSummary", "Departments in detail"));
    DocumentTable table;
    table.columns = {{0.7, Qt::AlignHCenter},  {2.6, Qt::AlignLeft},    {0.7, Qt::AlignHCenter},
                     {0.7, Qt::AlignHCenter},  {0.7, Qt::AlignHCenter}, {2.0, Qt::AlignHCenter},
                     {1.05, Qt::AlignHCenter}, {0.8, Qt::AlignHCenter}};
    DocumentRow top;
    DocumentCell number(QCoreApplication::translate("SupervisionSummary", "No."));
    number.rowSpan = 2;
    DocumentCell department(QCoreApplication::translate("SupervisionSummary", "Department"));
    department.rowSpan = 2;
    DocumentCell reports(QCoreApplication::translate("SupervisionSummary", "Weekly reports"));
    reports.columnSpan = 3;
    DocumentCell milestones(QCoreApplication::translate("SupervisionSummary", "Milestones\ndone/due"));
    milestones.rowSpan = 2;
    DocumentCell rectifications(QCoreApplication::translate("SupervisionSummary", "Open\nrectifications"));
    rectifications.rowSpan = 2;
    DocumentCell problems(QCoreApplication::translate("SupervisionSummary", "Overdue\nproblems"));
    problems.rowSpan = 2;
    top.cells = {number, department, reports, milestones, rectifications, problems};
    table.headerRows.append(top);
    DocumentRow second;
    second.cells = {DocumentCell(QCoreApplication::translate("SupervisionSummary", "On time")),
                    DocumentCell(QCoreApplication::translate("SupervisionSummary", "Late")),
                    DocumentCell(QCoreApplication::translate("SupervisionSummary", "Missing"))};
    table.headerRows.append(second);
    int index = 0;
    for (const DepartmentFigures& row : f.rows)
        table.addRow({QString::number(++index), row.department.name, QString::number(row.reports.onTime),
                      QString::number(row.reports.late), QString::number(row.reports.missing),
                      QStringLiteral("%1/%2").arg(row.milestonesDone).arg(row.milestonesDue),
                      QString::number(row.openRectifications), QString::number(row.overdueProblems)});
    table.addRow({QString(), QCoreApplication::translate("SupervisionSummary", "Total"),
                  QString::number(f.reports.onTime), QString::number(f.reports.late),
                  QString::number(f.reports.missing),
                  QStringLiteral("%1/%2").arg(f.milestonesDone).arg(f.milestonesDue),
                  QString::number(f.openRectifications), QString::number(f.overdueProblems)},
                 true);
    doc.addTable(table);

    heading(QT_TRANSLATE_NOOP("SupervisionSummary", "Departments to be urged"));
    const QList<DepartmentFigures> named = f.namedForLateness();
    if (named.isEmpty()) {
        doc.addParagraph(QCoreApplication::translate(
            "SupervisionSummary", "In this period every department reported on time and kept to its deadlines."));
    } else {
        // The worst by name with their figures; the others by number, the table above lists them all.
        QStringList entries;
        for (int i = 0; i < named.size() && i < options.urgeLimit; ++i)
            entries.append(QCoreApplication::translate("SupervisionSummary", "%1 (%2)", "department (reason)")
                               .arg(named.at(i).department.name, named.at(i).latenessReason()));
        QString urge =
            QCoreApplication::translate("SupervisionSummary",
                                        "The following departments fell behind and are asked to catch up at once: %1.")
                .arg(entries.join(QCoreApplication::translate("SupervisionSummary", "; ", "list separator: ；")));
        const int others = static_cast<int>(named.size()) - static_cast<int>(entries.size());
        if (others > 0)
            urge += QCoreApplication::translate(
                "SupervisionSummary", "%n more department(s) also fell behind; see the table above.", nullptr, others);
        doc.addParagraph(urge);
    }

    heading(QT_TRANSLATE_NOOP("SupervisionSummary", "Typical practices"));
    if (f.highlights.isEmpty()) {
        doc.addParagraph(QCoreApplication::translate("SupervisionSummary",
                                                     "No report of the period was marked as a typical practice."));
    } else {
        for (int i = 0; i < f.highlights.size() && i < options.highlightLimit; ++i) {
            const ReportListItem& item = f.highlights.at(i);
            const QString practice = typicalPractice(item.excerpt);
            if (!practice.isEmpty())
                doc.addParagraph(practice,
                                 QCoreApplication::translate("SupervisionSummary", "%1: ").arg(item.departmentName));
        }
    }

    heading(QT_TRANSLATE_NOOP("SupervisionSummary", "Next steps"));
    const QStringList steps = options.nextSteps.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (steps.isEmpty())
        doc.addParagraph(QCoreApplication::translate(
            "SupervisionSummary", "All departments are asked to report every week on time, to complete the milestones "
                                  "of the current phase by their deadlines, and to finish the rectifications "
                                  "demanded."));
    for (const QString& step : steps)
        doc.addParagraph(step.trimmed());

    const QDate date = options.date.isValid() ? options.date : f.today;
    doc.addClosing({options.issuer, documentDate(date)});
    ImprintBlock imprint;
    const QString copyTo = options.copyTo.isEmpty() ? SummaryOptions::defaultCopyTo() : options.copyTo;
    imprint.copyTo = QCoreApplication::translate("SupervisionSummary", "Copies to: %1.").arg(copyTo);
    imprint.printer = options.issuer;
    imprint.printed =
        QCoreApplication::translate("SupervisionSummary", "Issued %1", "2009年6月1日印发").arg(documentDate(date));
    doc.addImprint(imprint);
    return doc;
}

} // namespace branddesk
