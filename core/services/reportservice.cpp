// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/reportservice.h"

#include "core/accounts/currentuser.h"
#include "core/audit/reportsnapshots.h"
#include "core/clock.h"
#include "core/services/auditedwrites.h"
#include "core/services/auditlog.h"
#include "core/storage/database.h"
#include "core/text/characters.h"

#include <QLocale>
#include <QRegularExpression>

namespace branddesk {

ReportService::ReportService(Database& database, const Clock& clock, const CurrentUser& user, AuditLog& audit,
                             QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_user(user)
    , m_audit(audit)
    , m_campaigns(database)
    , m_departments(database)
    , m_reports(database)
{}

Result<WeeklyReport> ReportService::find(qint64 id) const
{
    return m_reports.find(id);
}

Result<ReportSearchResult> ReportService::search(const ReportFilter& filter) const
{
    return m_reports.search(filter);
}

Result<QList<ReportListItem>> ReportService::sameWeek(qint64 departmentId, const ReportWeek& week) const
{
    return m_reports.forDepartmentWeek(departmentId, week);
}

Result<ReportAttachment> ReportService::attachment(qint64 attachmentId) const
{
    return m_reports.attachment(attachmentId);
}

Result<ReportCompliance> ReportService::compliance(qint64 campaignId) const
{
    Result<Campaign> campaign = m_campaigns.find(campaignId);
    if (!campaign)
        return fail(campaign.error());
    Result<QList<Department>> departments = m_departments.all();
    if (!departments)
        return fail(departments.error());
    Result<QList<ReportWeekFact>> facts = m_reports.weekFacts();
    if (!facts)
        return fail(facts.error());
    return ReportCompliance::build(*campaign, activeInRegisterOrder(*departments), *facts, m_clock.nowUtc());
}

QString ReportService::titleFromContent(const QString& content)
{
    static const QRegularExpression lineBreak(QStringLiteral("[\\r\\n]"));
    QString line = content.trimmed().section(lineBreak, 0, 0).trimmed();
    if (characterCount(line) > 40)
        line = line.left(40) + QChar(0x2026);
    return line;
}

Result<void> ReportService::validate(WeeklyReport& report, bool isNew) const
{
    QStringList problems;
    report.content.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    report.content = report.content.trimmed();
    report.title = report.title.simplified();
    if (report.title.isEmpty())
        report.title = titleFromContent(report.content);

    Result<Department> department = m_departments.find(report.departmentId);
    if (!department) {
        if (department.error().code != Error::Code::NotFound)
            return fail(department.error());
        problems.append(tr("Choose the department the report comes from."));
    } else if (isNew && !department->active) {
        problems.append(tr("%1 is deactivated; reactivate it before logging its reports.").arg(department->name));
    }
    const QDateTime now = m_clock.nowUtc();
    const ReportWeek thisWeek = ReportWeek::containing(m_clock.today());
    if (!report.week.isValid())
        problems.append(tr("Choose the week the report covers."));
    else if (report.week > thisWeek)
        problems.append(tr("The week %1 has not begun yet.").arg(report.week.label()));
    if (!report.receivedAt.isValid())
        problems.append(tr("Enter when the report was received."));
    else if (report.receivedAt > now.addSecs(60))
        problems.append(tr("The time received (%1) lies in the future.")
                            .arg(QLocale().toString(report.receivedAt.toLocalTime(), QLocale::ShortFormat)));
    else if (report.week.isValid() && report.receivedAt.toLocalTime().date() < report.week.monday())
        problems.append(tr("The report was received before the week it covers began (%1).")
                            .arg(QLocale().toString(report.week.monday(), QLocale::ShortFormat)));
    if (report.title.isEmpty())
        problems.append(tr("Enter a title or the content of the report."));
    else if (characterCount(report.title) > ReportLimits::kTitle)
        problems.append(tr("The title is too long: at most %1 characters.").arg(ReportLimits::kTitle));
    if (characterCount(report.content) > ReportLimits::kContent)
        problems.append(tr("The content is too long: at most %1 characters.").arg(ReportLimits::kContent));

    qint64 total = 0;
    for (ReportAttachment& attachment : report.attachments) {
        if (attachment.id != 0)
            continue; // stored already; its bytes are not reloaded
        attachment.size = attachment.data.size();
        total += attachment.size;
        if (attachment.name.trimmed().isEmpty())
            problems.append(tr("An attachment has no file name."));
        else if (attachment.data.isEmpty())
            problems.append(tr("The attachment %1 is an empty file.").arg(attachment.name));
        else if (attachment.size > ReportLimits::kAttachment)
            problems.append(tr("The attachment %1 is larger than 20 MB.").arg(attachment.name));
    }
    if (total > ReportLimits::kAllAttachments)
        problems.append(tr("The new attachments together are larger than 50 MB."));
    if (!problems.isEmpty())
        return fail(Error::Code::Validation, problems.join(QLatin1Char('\n')));
    return {};
}

Result<WeeklyReport> ReportService::save(WeeklyReport report)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return fail(allowed.error());
    const bool isNew = report.id == 0;
    if (Result<void> valid = validate(report, isNew); !valid)
        return fail(valid.error());
    const QDateTime loadedAt = report.updatedAt;
    report.updatedAt = m_clock.nowUtc();
    if (isNew) {
        report.version = 0;
        report.enteredAt = report.updatedAt;
        report.enteredBy = m_user.name();
    }
    // Written, read back (attachment ids, the version, who entered it) and audited in one transaction: what is
    // returned is what was committed, and a failure anywhere means nothing was kept.
    return audited::write(m_database, this, [&]() -> Result<WeeklyReport> {
        return audited::save(m_reports, m_audit, ReportAuditEntities::kWeeklyReport, report, loadedAt);
    });
}

Result<void> ReportService::remove(qint64 id)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return allowed;
    return audited::write(m_database, this,
                          [&] { return audited::remove(m_reports, m_audit, ReportAuditEntities::kWeeklyReport, id); });
}

} // namespace branddesk
