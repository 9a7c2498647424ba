// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaign/campaign.h"
#include "core/documents/printdocument.h"
#include "core/domain/brand.h"
#include "core/domain/completeness.h"
#include "core/error.h"
#include "core/reports/reportcompliance.h"

#include <QList>
#include <functional>
#include <optional>

namespace branddesk {

class Session;

/// Everything one inspection sheet (督查表) prints about a department.
struct InspectionSheetData {
    QString campaignTitle;
    QDate today;
    DateRange period; ///< of the report record
    Department department;
    std::optional<Brand> brand; ///< the department's most complete brand
    int brandCount = 0;
    struct MilestoneLine {
        QString name;
        QDate due;
        MilestoneState state;
    };
    QList<MilestoneLine> milestones; ///< applicable milestones due by today or within the lead days
    ComplianceCounts reports;        ///< in the period
    QList<ReportWeek> lateWeeks;     ///< in the period
    QList<ReportWeek> missingWeeks;  ///< in the period
    /// The latest inspection: its date, findings and the rectifications still open (text lines).
    QDate lastInspected;
    QString lastFindings;
    QStringList openRectifications;
};

/// The sheets of the given departments (all active ones when empty), in register order, with the report
/// record over `period`.
Result<QList<InspectionSheetData>> collectInspectionSheets(Session& session, const QList<qint64>& departmentIds,
                                                           const DateRange& period);

/// One department's A4 inspection sheet: facts, brand and completeness checklist, milestones due and done,
/// report record, the latest inspection, and ruled fields for the inspectors' opinion, signatures and date.
PrintDocument buildInspectionSheet(const InspectionSheetData& data);

} // namespace branddesk
