// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/milestonerepository.h"

#include "core/clock.h"
#include "core/storage/database.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace branddesk {
namespace {

constexpr const char* kSelectForCampaign =
    "SELECT c.milestone_id, c.department_id, c.done_date, c.evidence, c.attachment_name, c.recorded_at, "
    "c.recorded_by, c.version, c.id FROM milestone_completions c JOIN milestones m ON m.id = c.milestone_id "
    "WHERE m.campaign_id = :campaign_id";
constexpr const char* kSelectOne =
    "SELECT milestone_id, department_id, done_date, evidence, attachment_name, recorded_at, recorded_by, version, "
    "id, attachment FROM milestone_completions WHERE milestone_id = :milestone_id AND department_id = :department_id";
constexpr const char* kInsert =
    "INSERT INTO milestone_completions (milestone_id, department_id, done_date, evidence, attachment_name, "
    "attachment, recorded_at, recorded_by, version) VALUES (:milestone_id, :department_id, :done_date, :evidence, "
    ":attachment_name, :attachment, :recorded_at, :recorded_by, 1)";
constexpr const char* kUpdate =
    "UPDATE milestone_completions SET done_date = :done_date, evidence = :evidence, "
    "attachment_name = :attachment_name, attachment = :attachment, recorded_at = :recorded_at, "
    "recorded_by = :recorded_by, version = version + 1 "
    "WHERE milestone_id = :milestone_id AND department_id = :department_id AND version = :version";
constexpr const char* kDelete =
    "DELETE FROM milestone_completions WHERE milestone_id = :milestone_id AND department_id = :department_id";

MilestoneCompletion fromRow(const QSqlQuery& q)
{
    MilestoneCompletion c;
    c.milestoneId = q.value(0).toLongLong();
    c.departmentId = q.value(1).toLongLong();
    c.doneDate = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    c.evidence = q.value(3).toString();
    c.attachmentName = q.value(4).toString();
    c.recordedAt = fromStorageTimestamp(q.value(5).toString());
    c.recordedBy = q.value(6).toString();
    c.version = q.value(7).toInt();
    c.id = q.value(8).toLongLong();
    return c;
}

} // namespace

Result<QList<MilestoneCompletion>> MilestoneRepository::forCampaign(qint64 campaignId) const
{
    Result<QSqlQuery> q =
        sql::run(m_database.connection(), kSelectForCampaign, {{":campaign_id", campaignId}},
                 QCoreApplication::translate("MilestoneRepository", "the milestone records could not be read"));
    if (!q)
        return fail(q.error());
    QList<MilestoneCompletion> result;
    while (q->next())
        result.append(fromRow(*q));
    return result;
}

Result<std::optional<MilestoneCompletion>> MilestoneRepository::find(qint64 milestoneId, qint64 departmentId) const
{
    Result<QSqlQuery> q = sql::run(
        m_database.connection(), kSelectOne, {{":milestone_id", milestoneId}, {":department_id", departmentId}},
        QCoreApplication::translate("MilestoneRepository", "the milestone record could not be read"));
    if (!q)
        return fail(q.error());
    if (!q->next())
        return std::optional<MilestoneCompletion>();
    MilestoneCompletion completion = fromRow(*q);
    completion.attachment = q->value(9).toByteArray();
    return std::optional<MilestoneCompletion>(completion);
}

Result<qint64> MilestoneRepository::save(const MilestoneCompletion& c)
{
    const QString failed =
        QCoreApplication::translate("MilestoneRepository", "the milestone record could not be saved");
    Result<QSqlQuery> q = sql::prepare(m_database.connection(), c.version == 0 ? kInsert : kUpdate,
                                       {{":milestone_id", c.milestoneId},
                                        {":department_id", c.departmentId},
                                        {":done_date", c.doneDate.toString(Qt::ISODate)},
                                        {":evidence", sql::text(c.evidence)},
                                        {":attachment_name", sql::text(c.attachmentName)},
                                        {":attachment", c.attachment.isEmpty() ? QVariant() : QVariant(c.attachment)},
                                        {":recorded_at", toStorageTimestamp(c.recordedAt)},
                                        {":recorded_by", sql::text(c.recordedBy)}});
    if (!q)
        return fail(q.error());
    if (c.version != 0)
        q->bindValue(QStringLiteral(":version"), c.version);
    if (Result<void> done = sql::exec(*q, failed); !done)
        return fail(done.error());
    if (c.version == 0)
        return q->lastInsertId().toLongLong();
    if (q->numRowsAffected() != 1)
        return fail(Error::Code::Conflict,
                    QCoreApplication::translate("MilestoneRepository",
                                                "Someone else changed this milestone record after you opened it. "
                                                "Reopen it to see their changes."));
    return c.id;
}

Result<void> MilestoneRepository::remove(qint64 milestoneId, qint64 departmentId)
{
    Result<QSqlQuery> q =
        sql::run(m_database.connection(), kDelete, {{":milestone_id", milestoneId}, {":department_id", departmentId}},
                 QCoreApplication::translate("MilestoneRepository", "the milestone record could not be removed"));
    return q ? Result<void>() : fail(q.error());
}

} // namespace branddesk
