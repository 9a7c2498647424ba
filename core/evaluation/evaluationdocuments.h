// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/printdocument.h"
#include "core/evaluation/evaluationcalculator.h"
#include "core/export/exporttable.h"

#include <QList>
#include <QString>

namespace branddesk {

/// The evaluation's printed and exported tables (DESIGN.md §2, Evaluation tables).
class EvaluationDocuments {
public:
    /// Who issues the results: the office the campaign's notice names last (with its city, as the summary's
    /// issuer), else a general name of the office.
    static QString issuerOf(const QString& notice);
    /// The results table in GB/T 9704 style: the red header of `issuer`, title, a paragraph on the rules
    /// (criteria, trimming, survey levels, weights), the table ranked best first (unranked last, with why), and
    /// how each brand's figures were formed. `issuer` signs it, with the last lines; `date` is the closing date.
    static PrintDocument results(const QString& roundName, const ScoringRules& rules, QList<BrandResult> results,
                                 const QString& issuer, const QDate& date);
    /// One blank scoring sheet per expert, each on one page of its own: the brands entered down the side, the criteria
    /// with their maximum points across, a total column, and the expert's signature and date below. A brand of the
    /// expert's own department is marked "Recused" (回避): that expert's total does not count for it.
    static PrintDocument expertSheets(const QString& roundName, const ScoringRules& rules,
                                      const QList<EvaluationEntry>& entries, const QList<EvaluationExpert>& experts);
    /// A blank satisfaction questionnaire: one line per brand with 满意 / 基本满意 / 不满意 / 不了解 to tick.
    static PrintDocument questionnaire(const QString& roundName, const QList<EvaluationEntry>& entries);
    /// Every score of the round, one row per expert and brand: expert, unit, brand, department, the criteria, the
    /// total, and whether the expert's total counts for that brand (conflicts marked).
    static ExportTable allScores(const QString& roundName, const ScoringRules& rules,
                                 const QList<EvaluationEntry>& entries, const QList<EvaluationExpert>& experts,
                                 const QList<ExpertScore>& scores);
};

} // namespace branddesk
