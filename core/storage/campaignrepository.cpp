// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/campaignrepository.h"

#include "core/clock.h"
#include "core/storage/database.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace branddesk {
namespace {

constexpr const char* kSelectCampaigns =
    "SELECT id, title, year, notice, report_weekday, report_due_time, lead_days, is_current, definition, "
    "created_at, version FROM campaigns ORDER BY year DESC, id DESC";
constexpr const char* kSelectCampaign =
    "SELECT id, title, year, notice, report_weekday, report_due_time, lead_days, is_current, definition, "
    "created_at, version FROM campaigns WHERE id = :id";
constexpr const char* kSelectPhases =
    "SELECT id, ordinal, name, focus, start_date, end_date FROM phases WHERE campaign_id = :campaign_id "
    "ORDER BY ordinal";
constexpr const char* kSelectMilestones =
    "SELECT id, phase_id, ordinal, code, name, short_name, description, applies_to, due_date FROM milestones "
    "WHERE campaign_id = :campaign_id ORDER BY ordinal";
constexpr const char* kSelectMilestone =
    "SELECT id, phase_id, ordinal, code, name, short_name, description, applies_to, due_date FROM milestones "
    "WHERE id = :id";
constexpr const char* kInsertCampaign =
    "INSERT INTO campaigns (title, year, notice, report_weekday, report_due_time, lead_days, is_current, "
    "definition, created_at, updated_at, version) VALUES (:title, :year, :notice, :report_weekday, "
    ":report_due_time, :lead_days, :is_current, :definition, :created_at, :created_at, 1)";
constexpr const char* kInsertPhase = "INSERT INTO phases (campaign_id, ordinal, name, focus, start_date, end_date) "
                                     "VALUES (:campaign_id, :ordinal, :name, :focus, :start_date, :end_date)";
constexpr const char* kInsertMilestone =
    "INSERT INTO milestones (campaign_id, phase_id, ordinal, code, name, short_name, description, applies_to, "
    "due_date) VALUES (:campaign_id, :phase_id, :ordinal, :code, :name, :short_name, :description, :applies_to, "
    ":due_date)";
constexpr const char* kClearCurrent = "UPDATE campaigns SET is_current = 0 WHERE is_current = 1";
constexpr const char* kSetCurrent = "UPDATE campaigns SET is_current = 1 WHERE id = :id";
constexpr const char* kUpdatePhaseDates =
    "UPDATE phases SET start_date = :start_date, end_date = :end_date WHERE id = :id";
constexpr const char* kUpdateMilestoneDue = "UPDATE milestones SET due_date = :due_date WHERE id = :id";

QVariant dateValue(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}
QDate dateFrom(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

Campaign campaignFromRow(const QSqlQuery& q)
{
    Campaign c;
    c.id = q.value(0).toLongLong();
    c.title = q.value(1).toString();
    c.year = q.value(2).toInt();
    c.noticeReference = q.value(3).toString();
    c.reportWeekday = q.value(4).toInt();
    c.reportDueTime = QTime::fromString(q.value(5).toString(), Qt::ISODate);
    c.leadDays = q.value(6).toInt();
    c.isCurrent = q.value(7).toBool();
    c.definition = q.value(8).toByteArray();
    c.createdAt = fromStorageTimestamp(q.value(9).toString());
    c.version = q.value(10).toInt();
    return c;
}

/// Reads the nine columns kSelectMilestones and kSelectMilestone list.
Milestone milestoneFromRow(const QSqlQuery& q)
{
    Milestone m;
    m.id = q.value(0).toLongLong();
    m.phaseId = q.value(1).toLongLong();
    m.ordinal = q.value(2).toInt();
    m.code = q.value(3).toString();
    m.name = q.value(4).toString();
    m.shortName = q.value(5).toString();
    m.description = q.value(6).toString();
    m.appliesTo = applicabilityFromCode(q.value(7).toString()).value_or(Applicability::All);
    m.due = dateFrom(q.value(8));
    return m;
}

} // namespace

Result<Milestone> CampaignRepository::findMilestone(qint64 milestoneId) const
{
    Result<QSqlQuery> q =
        sql::run(m_database.connection(), kSelectMilestone, {{":id", milestoneId}},
                 QCoreApplication::translate("CampaignRepository", "the milestones could not be read"));
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(Error::Code::NotFound,
                    QCoreApplication::translate("CampaignRepository", "The milestone no longer exists."));
    return milestoneFromRow(*q);
}

Result<void> CampaignRepository::loadCalendar(Campaign& campaign) const
{
    Result<QSqlQuery> phases =
        sql::run(m_database.connection(), kSelectPhases, {{":campaign_id", campaign.id}},
                 QCoreApplication::translate("CampaignRepository", "the phases could not be read"));
    if (!phases)
        return fail(phases.error());
    while (phases->next()) {
        Phase p;
        p.id = phases->value(0).toLongLong();
        p.ordinal = phases->value(1).toInt();
        p.name = phases->value(2).toString();
        p.focus = phases->value(3).toString();
        p.dates = DateRange{dateFrom(phases->value(4)), dateFrom(phases->value(5))};
        campaign.phases.append(p);
    }
    Result<QSqlQuery> milestones =
        sql::run(m_database.connection(), kSelectMilestones, {{":campaign_id", campaign.id}},
                 QCoreApplication::translate("CampaignRepository", "the milestones could not be read"));
    if (!milestones)
        return fail(milestones.error());
    while (milestones->next())
        campaign.milestones.append(milestoneFromRow(*milestones));
    return {};
}

Result<QList<Campaign>> CampaignRepository::all() const
{
    Result<QSqlQuery> q =
        sql::run(m_database.connection(), kSelectCampaigns, {},
                 QCoreApplication::translate("CampaignRepository", "the campaigns could not be read"));
    if (!q)
        return fail(q.error());
    QList<Campaign> campaigns;
    while (q->next())
        campaigns.append(campaignFromRow(*q));
    for (Campaign& c : campaigns) {
        if (Result<void> loaded = loadCalendar(c); !loaded)
            return fail(loaded.error());
    }
    return campaigns;
}

Result<Campaign> CampaignRepository::find(qint64 id) const
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kSelectCampaign, {{":id", id}},
                                   QCoreApplication::translate("CampaignRepository", "the campaign could not be read"));
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(Error::Code::NotFound,
                    QCoreApplication::translate("CampaignRepository", "The campaign no longer exists."));
    Campaign campaign = campaignFromRow(*q);
    if (Result<void> loaded = loadCalendar(campaign); !loaded)
        return fail(loaded.error());
    return campaign;
}

Result<void> CampaignRepository::insert(Campaign& c)
{
    const QString failed = QCoreApplication::translate("CampaignRepository", "the campaign could not be saved");
    const QSqlDatabase db = m_database.connection();
    Result<QSqlQuery> q = sql::run(db, kInsertCampaign,
                                   {{":title", c.title},
                                    {":year", c.year},
                                    {":notice", sql::text(c.noticeReference)},
                                    {":report_weekday", c.reportWeekday},
                                    {":report_due_time", c.reportDueTime.toString(Qt::ISODate)},
                                    {":lead_days", c.leadDays},
                                    {":is_current", c.isCurrent ? 1 : 0},
                                    {":definition", c.definition},
                                    {":created_at", toStorageTimestamp(c.createdAt)}},
                                   failed);
    if (!q)
        return fail(q.error());
    c.id = q->lastInsertId().toLongLong();
    QHash<qint64, qint64> phaseIdByOrdinal;
    for (Phase& p : c.phases) {
        Result<QSqlQuery> pq = sql::run(db, kInsertPhase,
                                        {{":campaign_id", c.id},
                                         {":ordinal", p.ordinal},
                                         {":name", p.name},
                                         {":focus", sql::text(p.focus)},
                                         {":start_date", dateValue(p.dates.start)},
                                         {":end_date", dateValue(p.dates.end)}},
                                        failed);
        if (!pq)
            return fail(pq.error());
        phaseIdByOrdinal.insert(p.ordinal, pq->lastInsertId().toLongLong());
        p.id = phaseIdByOrdinal.value(p.ordinal);
    }
    for (Milestone& m : c.milestones) {
        m.phaseId = phaseIdByOrdinal.value(m.phaseId);
        Result<QSqlQuery> mq = sql::run(db, kInsertMilestone,
                                        {{":campaign_id", c.id},
                                         {":phase_id", m.phaseId},
                                         {":ordinal", m.ordinal},
                                         {":code", m.code},
                                         {":name", m.name},
                                         {":short_name", m.shortName},
                                         {":description", sql::text(m.description)},
                                         {":applies_to", applicabilityCode(m.appliesTo)},
                                         {":due_date", dateValue(m.due)}},
                                        failed);
        if (!mq)
            return fail(mq.error());
        m.id = mq->lastInsertId().toLongLong();
    }
    return {};
}

Result<void> CampaignRepository::setCurrent(qint64 id)
{
    const QString failed =
        QCoreApplication::translate("CampaignRepository", "the current campaign could not be changed");
    if (Result<QSqlQuery> q = sql::run(m_database.connection(), kClearCurrent, {}, failed); !q)
        return fail(q.error());
    Result<QSqlQuery> q = sql::run(m_database.connection(), kSetCurrent, {{":id", id}}, failed);
    if (!q)
        return fail(q.error());
    // An unknown id would leave no campaign current; failing rolls the caller's transaction back.
    if (q->numRowsAffected() != 1)
        return fail(Error::Code::NotFound,
                    QCoreApplication::translate("CampaignRepository", "The campaign no longer exists."));
    return {};
}

Result<void> CampaignRepository::updatePhaseDates(qint64 phaseId, const DateRange& dates)
{
    Result<QSqlQuery> q =
        sql::run(m_database.connection(), kUpdatePhaseDates,
                 {{":id", phaseId}, {":start_date", dateValue(dates.start)}, {":end_date", dateValue(dates.end)}},
                 QCoreApplication::translate("CampaignRepository", "the phase could not be saved"));
    return q ? Result<void>() : fail(q.error());
}

Result<void> CampaignRepository::updateMilestoneDue(qint64 milestoneId, const QDate& due)
{
    Result<QSqlQuery> q =
        sql::run(m_database.connection(), kUpdateMilestoneDue, {{":id", milestoneId}, {":due_date", dateValue(due)}},
                 QCoreApplication::translate("CampaignRepository", "the milestone could not be saved"));
    return q ? Result<void>() : fail(q.error());
}

} // namespace branddesk
