// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/reports/reportcompliance.h"
#include "core/reports/reportsearch.h"
#include "core/reports/weeklyreport.h"
#include "core/storage/campaignrepository.h"
#include "core/storage/departmentrepository.h"
#include "core/storage/reportrepository.h"

#include <QObject>

namespace branddesk {

class AuditLog;
class Clock;
class CurrentUser;
class Database;

/// Weekly reports (一周一报): logging them as they arrive, the history with full-text search, and who is on
/// time, late or missing.
class ReportService : public QObject {
    Q_OBJECT
public:
    /// Writes need a clerk or an administrator (`user`), are audited, and are signed with the user's name.
    ReportService(Database& database, const Clock& clock, const CurrentUser& user, AuditLog& audit,
                  QObject* parent = nullptr);

    Result<WeeklyReport> find(qint64 id) const;
    Result<ReportSearchResult> search(const ReportFilter& filter) const;
    /// The reports already logged for a department and week, first arrival first: a new one is a supplement.
    Result<QList<ReportListItem>> sameWeek(qint64 departmentId, const ReportWeek& week) const;
    Result<ReportAttachment> attachment(qint64 attachmentId) const;
    /// Compliance of the active departments with a campaign's weekly reporting, up to the clock's now.
    Result<ReportCompliance> compliance(qint64 campaignId) const;

    /// Logs a new report (id 0) or saves an edited one (refused when someone else saved it meanwhile).
    /// An empty title is taken from the content's first line.
    Result<WeeklyReport> save(WeeklyReport report);
    Result<void> remove(qint64 id);

    /// The first line of `content`, cut to a title's length.
    static QString titleFromContent(const QString& content);

signals:
    void changed();

private:
    Result<void> validate(WeeklyReport& report, bool isNew) const;

    Database& m_database;
    const Clock& m_clock;
    const CurrentUser& m_user;
    AuditLog& m_audit;
    CampaignRepository m_campaigns;
    DepartmentRepository m_departments;
    ReportRepository m_reports;
};

} // namespace branddesk
