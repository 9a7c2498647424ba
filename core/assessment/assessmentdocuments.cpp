// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assessment/assessmentdocuments.h"

#include "core/summary/supervisionsummary.h"

#include <QCoreApplication>

namespace branddesk::assessmentdocuments {
namespace {

QString names(const QList<const DepartmentAssessment*>& rows)
{
    QStringList list;
    for (const DepartmentAssessment* row : rows)
        list.append(row->input.departmentName);
    return list.join(QCoreApplication::translate("AssessmentDocuments", ", ", "list separator"));
}

QString note(const DepartmentAssessment& row)
{
    QStringList notes;
    for (const PartScore& score : row.parts) {
        if (score.weight.isZero())
            continue;
        if (score.status == PartScore::Status::NotEnterpriseFacing)
            notes.append(QCoreApplication::translate("AssessmentDocuments", "%1 weight shared out")
                             .arg(assessmentPartName(score.part)));
        else if (score.status == PartScore::Status::NoData)
            notes.append(
                QCoreApplication::translate("AssessmentDocuments", "%1 no data").arg(assessmentPartName(score.part)));
    }
    if (row.bonusEntered > row.bonus)
        notes.append(QCoreApplication::translate("AssessmentDocuments", "bonus capped"));
    if (row.deductionEntered > row.deduction)
        notes.append(QCoreApplication::translate("AssessmentDocuments", "deduction capped"));
    if (!row.changedAfterFinalising.isEmpty())
        notes.append(QCoreApplication::translate("AssessmentDocuments", "changed after finalising"));
    return notes.join(QCoreApplication::translate("AssessmentDocuments", "; "));
}

} // namespace

QStringList headers(const AssessmentScheme& scheme)
{
    QStringList list = {QCoreApplication::translate("AssessmentDocuments", "Department"),
                        QCoreApplication::translate("AssessmentDocuments", "Category")};
    for (const PartRule& rule : scheme.parts)
        list.append(QCoreApplication::translate("AssessmentDocuments", "%1 (%2)")
                        .arg(assessmentPartName(rule.part), rule.weight.toExactString()));
    list << QCoreApplication::translate("AssessmentDocuments", "Bonus")
         << QCoreApplication::translate("AssessmentDocuments", "Deduction")
         << QCoreApplication::translate("AssessmentDocuments", "Veto")
         << QCoreApplication::translate("AssessmentDocuments", "Total")
         << QCoreApplication::translate("AssessmentDocuments", "Rank")
         << QCoreApplication::translate("AssessmentDocuments", "Grade")
         << QCoreApplication::translate("AssessmentDocuments", "Note");
    return list;
}

QStringList cells(const AssessmentTable& table, const DepartmentAssessment& row)
{
    QStringList list = {row.input.departmentName, departmentCategoryName(row.input.category)};
    for (const PartScore& score : row.parts)
        list.append(score.isScored() ? score.points.toString(2)
                                     : QCoreApplication::translate("AssessmentDocuments", "—"));
    list << row.bonus.toString(2) << row.deduction.toString(2)
         << (row.vetoed ? QCoreApplication::translate("AssessmentDocuments", "Yes") : QString())
         << row.total.toString(2)
         << QCoreApplication::translate("AssessmentDocuments", "%1/%2").arg(row.rank).arg(row.categorySize)
         << row.gradeText(table.scheme) << note(row);
    return list;
}

ExportTable exportTable(const AssessmentTable& table)
{
    ExportTable out;
    out.title = QCoreApplication::translate("AssessmentDocuments", "Assessment %1").arg(table.year);
    out.headers = headers(table.scheme);
    const auto number = [](const Rational& value) { return QVariant(value.toString(2).toDouble()); };
    for (const DepartmentAssessment& row : table.rows) {
        QVariantList cellsOut = {row.input.departmentName, departmentCategoryName(row.input.category)};
        for (const PartScore& score : row.parts)
            cellsOut.append(score.isScored() ? number(score.points) : QVariant());
        cellsOut << number(row.bonus) << number(row.deduction)
                 << (row.vetoed ? QCoreApplication::translate("AssessmentDocuments", "Yes") : QString())
                 << number(row.total) << row.rank << row.gradeText(table.scheme) << note(row);
        out.rows.append(cellsOut);
    }
    return out;
}

PrintDocument report(const AssessmentTable& table, const AssessmentReportOptions& options)
{
    PageStyle style = PageStyle::official();
    style.orientation = QPageLayout::Landscape;
    // The text block of GB/T 9704 turned on its side: 243 × 156 mm, so the table's columns fit.
    style.marginsMm = QMarginsF(28, 28, 26, 26);
    style.table.pointSize = 10.5;
    style.table.lineHeight = 15;
    style.tableHeader.pointSize = 10.5;
    style.tableHeader.lineHeight = 15;
    PrintDocument doc(style);
    doc.setOfficialHeader(options.issuer, options.documentNumber);
    const QString title =
        QCoreApplication::translate("AssessmentDocuments",
                                    "Report on the results of the %1 annual work-style assessment of the departments")
            .arg(table.year);
    doc.setName(title);
    doc.addTitle(title);
    doc.addLine(QCoreApplication::translate("AssessmentDocuments", "To all municipal departments and units:"));
    doc.addParagraph(
        (table.finalised
             ? QCoreApplication::translate(
                   "AssessmentDocuments",
                   "The annual work-style assessment of %1 is concluded, on the records as of %2. Its results are "
                   "reported as follows.")
             : QCoreApplication::translate(
                   "AssessmentDocuments",
                   "The annual work-style assessment of %1 is not yet finalised; the figures below are a preview as "
                   "of %2."))
            .arg(table.year)
            .arg(documentDate(table.asOf)));

    doc.addHeading(QCoreApplication::translate("AssessmentDocuments", "1. Results"));
    DocumentTable grid;
    grid.columns = {{2.2, Qt::AlignLeft}, {1.2, Qt::AlignHCenter}};
    for (int i = 0; i < table.scheme.parts.size(); ++i)
        grid.columns.append({1.0, Qt::AlignHCenter});
    grid.columns += {{0.8, Qt::AlignHCenter}, {0.8, Qt::AlignHCenter}, {0.7, Qt::AlignHCenter},
                     {1.0, Qt::AlignHCenter}, {0.8, Qt::AlignHCenter}, {1.3, Qt::AlignHCenter}};
    QStringList header = headers(table.scheme);
    header.removeLast(); // the notes are explained below the table
    grid.addHeaderRow(header);
    for (const DepartmentAssessment& row : table.rows) {
        QStringList line = cells(table, row);
        line.removeLast();
        grid.addRow(line);
    }
    doc.addTable(grid);

    doc.addHeading(QCoreApplication::translate("AssessmentDocuments", "2. Grades"));
    const QString best = table.scheme.grades.isEmpty() ? QString() : table.scheme.grades.at(0).name;
    const QList<const DepartmentAssessment*> graded = table.best();
    doc.addParagraph(
        graded.isEmpty()
            ? QCoreApplication::translate("AssessmentDocuments", "No department is graded %1.").arg(best)
            : QCoreApplication::translate("AssessmentDocuments", "Graded %1: %2.").arg(best, names(graded)));
    if (const QList<const DepartmentAssessment*> tied = table.tiedAtQuota(); !tied.isEmpty())
        doc.addParagraph(QCoreApplication::translate(
                             "AssessmentDocuments",
                             "Tied at the edge of the %1 quota (%2% of each category), for the office to decide: %3.")
                             .arg(best)
                             .arg(table.scheme.quotaPercent)
                             .arg(names(tied)));
    if (const QList<const DepartmentAssessment*> last = table.lastOfCategories(); !last.isEmpty()) {
        QStringList lines;
        for (const DepartmentAssessment* row : last)
            lines.append(QCoreApplication::translate("AssessmentDocuments", "%1 (%2, %3 points)")
                             .arg(row->input.departmentName, departmentCategoryName(row->input.category),
                                  row->total.toString(2)));
        doc.addParagraph(
            QCoreApplication::translate(
                "AssessmentDocuments",
                "Last of their category: %1. They are to analyse the causes and report their measures "
                "for improvement.")
                .arg(lines.join(QCoreApplication::translate("AssessmentDocuments", ", ", "list separator"))));
    }
    QList<const DepartmentAssessment*> vetoed;
    for (const DepartmentAssessment& row : table.rows)
        if (row.vetoed)
            vetoed.append(&row);
    for (const DepartmentAssessment* row : vetoed)
        doc.addParagraph(
            QCoreApplication::translate("AssessmentDocuments", "%1 is graded %2 by veto: %3.")
                .arg(row->input.departmentName, table.scheme.grades.value(row->grade).name, row->vetoReason));

    doc.addHeading(QCoreApplication::translate("AssessmentDocuments", "3. How the scores were formed"));
    QStringList rules;
    for (const PartRule& rule : table.scheme.parts)
        rules.append(QCoreApplication::translate("AssessmentDocuments", "%1 %2 points (%3)")
                         .arg(assessmentPartName(rule.part), rule.weight.toExactString(), rule.describe()));
    doc.addParagraph(QCoreApplication::translate(
                         "AssessmentDocuments",
                         "Parts: %1. For a department that is not enterprise-facing, and for a part without data, the "
                         "part's weight is shared out over the other parts pro rata. Bonus at most %2 points, "
                         "deduction at most %3. Figures are rounded to two decimals.")
                         .arg(rules.join(QCoreApplication::translate("AssessmentDocuments", "; ")),
                              table.scheme.bonusCap.toExactString(), table.scheme.deductionCap.toExactString()));
    for (const DepartmentAssessment& row : table.rows) {
        if (!row.redistributed && row.bonusEntered.isZero() && row.deductionEntered.isZero() && !row.vetoed)
            continue;
        if (const QString text = note(row); !text.isEmpty() || row.vetoed)
            doc.addLine(QCoreApplication::translate("AssessmentDocuments", "%1: %2")
                            .arg(row.input.departmentName,
                                 text.isEmpty() ? QCoreApplication::translate("AssessmentDocuments", "veto") : text));
    }
    doc.addClosing({options.issuer, documentDate(options.date.isValid() ? options.date : table.asOf)});
    return doc;
}

} // namespace branddesk::assessmentdocuments
