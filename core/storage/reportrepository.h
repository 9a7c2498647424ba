// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/reports/reportcompliance.h"
#include "core/reports/reportsearch.h"
#include "core/reports/weeklyreport.h"

#include <QList>

namespace branddesk {

class Database;

/// Reads and writes weekly reports, their attachments and the full-text index (kept by triggers).
class ReportRepository {
public:
    explicit ReportRepository(Database& database)
        : m_database(database)
    {}

    /// One report with its attachments' bytes.
    Result<WeeklyReport> find(qint64 id) const;
    /// The reports matching `filter`, newest week first, at most filter.limit of them, and how many match.
    Result<ReportSearchResult> search(const ReportFilter& filter) const;
    /// The reports already logged for a department and week, oldest first (without content).
    Result<QList<ReportListItem>> forDepartmentWeek(qint64 departmentId, const ReportWeek& week) const;
    /// Per department and week: the first arrival and how many reports came.
    Result<QList<ReportWeekFact>> weekFacts() const;
    /// How many reports a department has (any week).
    Result<int> countForDepartment(qint64 departmentId) const;
    /// One attachment with its bytes.
    Result<ReportAttachment> attachment(qint64 attachmentId) const;

    /// Inserts a report (version 0) and its attachments; returns the new id.
    Result<qint64> insert(const WeeklyReport& report);
    /// Updates a report at `report.version` (else Conflict): attachments with id 0 are added, stored ones
    /// missing from the list are removed.
    Result<void> update(const WeeklyReport& report);
    Result<void> remove(qint64 id);

    /// Sets the text of a report's attachments (.docx, .pdf) that its full-text index covers besides the title and
    /// content; not a change of the report itself (its version stays).
    Result<void> setAttachmentText(qint64 id, const QString& text);

private:
    Result<void> insertAttachments(qint64 reportId, const QList<ReportAttachment>& attachments);

    Database& m_database;
};

} // namespace branddesk
