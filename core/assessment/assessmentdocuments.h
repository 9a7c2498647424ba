// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assessment/assessmentresult.h"
#include "core/documents/printdocument.h"
#include "core/export/exporttable.h"

#include <QDate>
#include <QString>

namespace branddesk {

/// What the clerk fills in before printing the assessment's 通报.
struct AssessmentReportOptions {
    QString issuer;         ///< 发文机关
    QString documentNumber; ///< empty: none printed
    QDate date;             ///< 成文日期; invalid: the table's day
};

/// The assessment table as the office hands it on (DESIGN.md §1 "Assessment").
namespace assessmentdocuments {

/// The column titles of the table: department, category, each part's points, bonus, deduction, veto, total, rank
/// in category, grade, note.
QStringList headers(const AssessmentScheme& scheme);
/// One row's cells as shown and printed (points rounded to two decimals).
QStringList cells(const AssessmentTable& table, const DepartmentAssessment& row);
/// The table for XLSX and CSV (points as numbers rounded to two decimals).
ExportTable exportTable(const AssessmentTable& table);
/// The 通报 in the GB/T 9704 style on A4 landscape: the official header, the title, the table, the departments
/// graded 优秀 (and the ties at the quota left to the office), the last ones of each category, the vetoes, how
/// the scores were formed, and the issuer and date.
PrintDocument report(const AssessmentTable& table, const AssessmentReportOptions& options);

} // namespace assessmentdocuments
} // namespace branddesk
