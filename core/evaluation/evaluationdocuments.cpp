// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/evaluation/evaluationdocuments.h"

#include "core/summary/supervisionsummary.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace branddesk {
namespace {

QString figure(const std::optional<Rational>& value)
{
    return value ? value->toString(2) : QCoreApplication::translate("EvaluationDocuments", "—");
}

QString rulesText(const ScoringRules& rules)
{
    QStringList criteria;
    for (const ScoringCriterion& criterion : rules.criteria)
        criteria.append(QCoreApplication::translate("EvaluationDocuments", "%1 %2 points")
                            .arg(brandStandardName(criterion.standard), criterion.maxPoints.toExactString()));
    return QCoreApplication::translate(
               "EvaluationDocuments",
               "Experts score %1 (%2 points in all). The expert score is the mean of the experts' totals; with %3 or "
               "more experts the highest and the lowest total are dropped first, and an expert from the brand's own "
               "department does not count. The social score is the mean of the valid questionnaires (satisfied %4, "
               "basically satisfied %5, dissatisfied %6; “does not know” is invalid). Combined score = %7 × expert "
               "score + %8 × social score. Equal scores share a rank. Figures are rounded to two decimals.")
        .arg(criteria.join(QCoreApplication::translate("EvaluationDocuments", ", ")), rules.maxTotal().toExactString())
        .arg(rules.trimFromExperts)
        .arg(rules.satisfied.toExactString(), rules.basicallySatisfied.toExactString(),
             rules.dissatisfied.toExactString(), rules.expertWeight.toExactString(),
             rules.socialWeight.toExactString());
}

} // namespace

QString EvaluationDocuments::issuerOf(const QString& notice)
{
    const QString named = SummaryOptions::issuerFromNotice(notice);
    return named.isEmpty() ? QCoreApplication::translate("EvaluationDocuments", "Office of the service brand campaign")
                           : named;
}

PrintDocument EvaluationDocuments::results(const QString& roundName, const ScoringRules& rules,
                                           QList<BrandResult> results, const QString& issuer, const QDate& date)
{
    std::stable_sort(results.begin(), results.end(), [](const BrandResult& a, const BrandResult& b) {
        if ((a.rank == 0) != (b.rank == 0))
            return b.rank == 0;
        return a.rank < b.rank;
    });
    PrintDocument document(PageStyle::official());
    // The red header of the office's documents: the results go out as the summary does.
    document.setOfficialHeader(issuer, QString());
    document.addTitle(
        QCoreApplication::translate("EvaluationDocuments", "Results of the evaluation: %1").arg(roundName),
        {roundName});
    document.addParagraph(rulesText(rules));
    DocumentTable table;
    table.columns = {{0.6, Qt::AlignHCenter}, {1.8, Qt::AlignLeft},    {1.8, Qt::AlignLeft},
                     {1.4, Qt::AlignHCenter}, {0.9, Qt::AlignHCenter}, {0.9, Qt::AlignHCenter},
                     {0.9, Qt::AlignHCenter}, {0.8, Qt::AlignHCenter}};
    table.addHeaderRow({QCoreApplication::translate("EvaluationDocuments", "Rank"),
                        QCoreApplication::translate("EvaluationDocuments", "Brand"),
                        QCoreApplication::translate("EvaluationDocuments", "Department"),
                        QCoreApplication::translate("EvaluationDocuments", "Category"),
                        QCoreApplication::translate("EvaluationDocuments", "Expert"),
                        QCoreApplication::translate("EvaluationDocuments", "Social"),
                        QCoreApplication::translate("EvaluationDocuments", "Combined"),
                        QCoreApplication::translate("EvaluationDocuments", "Rank in category")});
    const QString none = QCoreApplication::translate("EvaluationDocuments", "—");
    for (const BrandResult& r : results)
        table.addRow({r.rank == 0 ? none : QString::number(r.rank), r.brandName, r.departmentName,
                      departmentCategoryName(r.category), figure(r.expertScore), figure(r.socialScore),
                      figure(r.combinedScore), r.rankInCategory == 0 ? none : QString::number(r.rankInCategory)});
    document.addTable(table);
    document.addHeading(QCoreApplication::translate("EvaluationDocuments", "How the scores were formed"));
    for (const BrandResult& r : results) {
        document.addHeading(r.brandName, 2);
        for (const QString& line : r.explanation.lines())
            document.addLine(line);
    }
    document.addClosing({issuer, documentDate(date)});
    return document;
}

PrintDocument EvaluationDocuments::expertSheets(const QString& roundName, const ScoringRules& rules,
                                                const QList<EvaluationEntry>& entries,
                                                const QList<EvaluationExpert>& experts)
{
    PrintDocument document(PageStyle::sheet(QPageLayout::Landscape));
    document.setName(QCoreApplication::translate("EvaluationDocuments", "Expert scoring sheets: %1").arg(roundName));
    bool first = true;
    for (const EvaluationExpert& expert : experts) {
        if (!first)
            document.addPageBreak();
        first = false;
        document.addTitle(
            QCoreApplication::translate("EvaluationDocuments", "Expert scoring sheet: %1").arg(roundName));
        document.addLine(
            QCoreApplication::translate("EvaluationDocuments", "Expert: %1    Unit: %2").arg(expert.name, expert.unit));
        DocumentTable table;
        table.columns = {{0.5, Qt::AlignHCenter}, {2.2, Qt::AlignLeft}, {2.2, Qt::AlignLeft}};
        QStringList header = {QCoreApplication::translate("EvaluationDocuments", "No."),
                              QCoreApplication::translate("EvaluationDocuments", "Brand"),
                              QCoreApplication::translate("EvaluationDocuments", "Department")};
        for (const ScoringCriterion& criterion : rules.criteria) {
            table.columns.append({1.0, Qt::AlignHCenter});
            header.append(QCoreApplication::translate("EvaluationDocuments", "%1\n(%2)", "a criterion and its points")
                              .arg(brandStandardName(criterion.standard), criterion.maxPoints.toExactString()));
        }
        table.columns.append({1.0, Qt::AlignHCenter});
        header.append(
            QCoreApplication::translate("EvaluationDocuments", "Total\n(%1)").arg(rules.maxTotal().toExactString()));
        table.addHeaderRow(header);
        int number = 0;
        for (const EvaluationEntry& entry : entries) {
            QStringList row = {QString::number(++number), entry.brandName, entry.departmentName};
            for (int i = 0; i <= rules.criteria.size(); ++i)
                row.append(QString());
            if (expert.departmentId != 0 && expert.departmentId == entry.departmentId)
                row[3] = QCoreApplication::translate("EvaluationDocuments", "Recused");
            table.addRow(row);
        }
        // Room for the hand to write, as much as lets the sheet, note and signature share one page.
        table.writingRoomMm = 12;
        table.fitPage = true;
        document.addTable(table);
        document.addLine(QCoreApplication::translate("EvaluationDocuments",
                                                     "Points are whole numbers or have one decimal, up to each "
                                                     "criterion's maximum."));
        document.addFieldRow({QCoreApplication::translate("EvaluationDocuments", "Signature:"),
                              QCoreApplication::translate("EvaluationDocuments", "Date:")});
    }
    return document;
}

PrintDocument EvaluationDocuments::questionnaire(const QString& roundName, const QList<EvaluationEntry>& entries)
{
    PrintDocument document(PageStyle::sheet());
    document.addTitle(
        QCoreApplication::translate("EvaluationDocuments", "Satisfaction questionnaire: %1").arg(roundName));
    document.addParagraph(QCoreApplication::translate("EvaluationDocuments",
                                                      "Please tick one answer for each service brand. Choose “does "
                                                      "not know” when you have not used its services."));
    DocumentTable table;
    table.columns = {{0.5, Qt::AlignHCenter}, {2.2, Qt::AlignLeft},    {2.2, Qt::AlignLeft},   {1.0, Qt::AlignHCenter},
                     {1.3, Qt::AlignHCenter}, {1.0, Qt::AlignHCenter}, {1.0, Qt::AlignHCenter}};
    table.addHeaderRow({QCoreApplication::translate("EvaluationDocuments", "No."),
                        QCoreApplication::translate("EvaluationDocuments", "Brand"),
                        QCoreApplication::translate("EvaluationDocuments", "Department"),
                        surveyLevelKey(SurveyLevel::Satisfied), surveyLevelKey(SurveyLevel::BasicallySatisfied),
                        surveyLevelKey(SurveyLevel::Dissatisfied), QStringLiteral("不了解")});
    int number = 0;
    for (const EvaluationEntry& entry : entries)
        table.addRow({QString::number(++number), entry.brandName, entry.departmentName, QStringLiteral("□"),
                      QStringLiteral("□"), QStringLiteral("□"), QStringLiteral("□")});
    document.addTable(table);
    document.addRuledField(QCoreApplication::translate("EvaluationDocuments", "Comments and suggestions:"), 3);
    return document;
}

ExportTable EvaluationDocuments::allScores(const QString& roundName, const ScoringRules& rules,
                                           const QList<EvaluationEntry>& entries,
                                           const QList<EvaluationExpert>& experts, const QList<ExpertScore>& scores)
{
    ExportTable table;
    table.title = QCoreApplication::translate("EvaluationDocuments", "Scores %1").arg(roundName);
    table.headers = {QCoreApplication::translate("EvaluationDocuments", "Expert"),
                     QCoreApplication::translate("EvaluationDocuments", "Unit"),
                     QCoreApplication::translate("EvaluationDocuments", "Brand"),
                     QCoreApplication::translate("EvaluationDocuments", "Department")};
    for (const ScoringCriterion& criterion : rules.criteria)
        table.headers.append(brandStandardName(criterion.standard));
    table.headers.append(QCoreApplication::translate("EvaluationDocuments", "Total"));
    table.headers.append(QCoreApplication::translate("EvaluationDocuments", "Note"));
    QHash<QString, int> points;
    for (const ExpertScore& score : scores)
        points.insert(QStringLiteral("%1:%2:%3").arg(score.expertId).arg(score.brandId).arg(score.criterion),
                      score.tenths);
    for (const EvaluationExpert& expert : experts)
        for (const EvaluationEntry& entry : entries) {
            QVariantList row = {expert.name, expert.unit, entry.brandName, entry.departmentName};
            Rational total;
            int scored = 0;
            for (const ScoringCriterion& criterion : rules.criteria) {
                const QString key = QStringLiteral("%1:%2:%3").arg(expert.id).arg(entry.brandId).arg(criterion.code);
                if (!points.contains(key)) {
                    row.append(QVariant());
                    continue;
                }
                const Rational value = Rational::fraction(points.value(key), 10);
                total += value;
                ++scored;
                row.append(value.isInteger() ? QVariant(value.numerator())
                                             : QVariant(value.toExactString().toDouble()));
            }
            if (scored == 0)
                continue;
            row.append(total.isInteger() ? QVariant(total.numerator()) : QVariant(total.toExactString().toDouble()));
            if (expert.departmentId != 0 && expert.departmentId == entry.departmentId)
                row.append(QCoreApplication::translate("EvaluationDocuments", "own department: not counted"));
            else if (scored < rules.criteria.size())
                row.append(QCoreApplication::translate("EvaluationDocuments", "incomplete: not counted"));
            else
                row.append(QString());
            table.rows.append(row);
        }
    return table;
}

} // namespace branddesk
