// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/enterpriseactivityrepository.h"

#include "core/clock.h"
#include "core/storage/database.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace branddesk {
namespace {

constexpr const char* kSelect =
    "SELECT a.id, a.kind, a.target, a.deliveries, a.department_id, d.name, a.start_date, a.end_date, "
    "a.enterprise_id, COALESCE(e.name, ''), a.participants, a.leading_official, a.description, a.outcome, "
    "a.recorded_at, a.recorded_by, a.updated_at, a.version "
    "FROM enterprise_activities a JOIN departments d ON d.id = a.department_id "
    "LEFT JOIN enterprises e ON e.id = a.enterprise_id ";
constexpr const char* kFind = "WHERE a.id = :id";
constexpr const char* kAll = "WHERE (:enterprise_id = 0 OR a.enterprise_id = :enterprise_id_2) "
                             "ORDER BY a.start_date DESC, a.id DESC";
constexpr const char* kWeeks = "SELECT department_id, start_date, end_date FROM enterprise_activities "
                               "WHERE kind = 'concentrated-week' ORDER BY start_date";
constexpr const char* kInsert =
    "INSERT INTO enterprise_activities (department_id, kind, target, deliveries, start_date, end_date, "
    "enterprise_id, participants, leading_official, description, outcome, recorded_at, recorded_by, updated_at, "
    "version) VALUES (:department_id, :kind, :target, :deliveries, :start_date, :end_date, :enterprise_id, "
    ":participants, :leading_official, :description, :outcome, :recorded_at, :recorded_by, :updated_at, 1)";
constexpr const char* kUpdate =
    "UPDATE enterprise_activities SET department_id = :department_id, kind = :kind, target = :target, "
    "deliveries = :deliveries, start_date = :start_date, end_date = :end_date, enterprise_id = :enterprise_id, "
    "participants = :participants, leading_official = :leading_official, description = :description, "
    "outcome = :outcome, updated_at = :updated_at, version = version + 1 WHERE id = :id AND version = :version";
constexpr const char* kDelete = "DELETE FROM enterprise_activities WHERE id = :id";

QVariant idValue(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant();
}

Activity activityFrom(const QSqlQuery& q)
{
    Activity a;
    a.id = q.value(0).toLongLong();
    a.kind = activityKindFromCode(q.value(1).toString()).value_or(ActivityKind::ThreeInto);
    a.target = enterpriseKindFromCode(q.value(2).toString()).value_or(EnterpriseKind::Enterprise);
    a.deliveries = q.value(3).toInt();
    a.departmentId = q.value(4).toLongLong();
    a.departmentName = q.value(5).toString();
    a.startDate = sql::dateFrom(q.value(6));
    a.endDate = sql::dateFrom(q.value(7));
    a.enterpriseId = q.value(8).toLongLong();
    a.enterpriseName = q.value(9).toString();
    a.participants = q.value(10).toString();
    a.leadingOfficial = q.value(11).toString();
    a.description = q.value(12).toString();
    a.outcome = q.value(13).toString();
    a.recordedAt = fromStorageTimestamp(q.value(14).toString());
    a.recordedBy = q.value(15).toString();
    a.updatedAt = fromStorageTimestamp(q.value(16).toString());
    a.version = q.value(17).toInt();
    return a;
}

QString failedToRead()
{
    return QCoreApplication::translate("EnterpriseActivityRepository", "the activities could not be read");
}

QString failedToSave()
{
    return QCoreApplication::translate("EnterpriseActivityRepository", "the activity could not be saved");
}

Error vanished()
{
    return Error::make(Error::Code::NotFound,
                       QCoreApplication::translate("EnterpriseActivityRepository",
                                                   "The activity no longer exists; someone may have deleted it."));
}

} // namespace

Result<Activity> EnterpriseActivityRepository::find(qint64 id) const
{
    const QByteArray statement = QByteArray(kSelect) + kFind;
    return sql::readOne(m_database.connection(), statement.constData(), {{":id", id}}, failedToRead(), activityFrom,
                        vanished);
}

Result<QList<Activity>> EnterpriseActivityRepository::all(qint64 enterpriseId) const
{
    const QByteArray statement = QByteArray(kSelect) + kAll;
    return sql::readAll(m_database.connection(), statement.constData(),
                        {{":enterprise_id", enterpriseId}, {":enterprise_id_2", enterpriseId}}, failedToRead(),
                        activityFrom);
}

Result<QList<ConcentratedWeekFact>> EnterpriseActivityRepository::concentratedWeeks() const
{
    return sql::readAll(m_database.connection(), kWeeks, {}, failedToRead(), [](const QSqlQuery& q) {
        return ConcentratedWeekFact{q.value(0).toLongLong(), sql::dateFrom(q.value(1)), sql::dateFrom(q.value(2))};
    });
}

Result<qint64> EnterpriseActivityRepository::insert(const Activity& a)
{
    Result<QSqlQuery> q =
        sql::run(m_database.connection(), kInsert,
                 {{":department_id", a.departmentId},
                  {":kind", activityKindCode(a.kind)},
                  {":target", a.kind == ActivityKind::ThreeInto ? enterpriseKindCode(a.target) : QStringLiteral("")},
                  {":deliveries", a.kind == ActivityKind::FiveDeliveries ? a.deliveries : 0},
                  {":start_date", sql::date(a.startDate)},
                  {":end_date", sql::date(a.endDate)},
                  {":enterprise_id", idValue(a.enterpriseId)},
                  {":participants", sql::text(a.participants)},
                  {":leading_official", sql::text(a.leadingOfficial)},
                  {":description", sql::text(a.description)},
                  {":outcome", sql::text(a.outcome)},
                  {":recorded_at", toStorageTimestamp(a.recordedAt)},
                  {":recorded_by", sql::text(a.recordedBy)},
                  {":updated_at", toStorageTimestamp(a.updatedAt)}},
                 failedToSave());
    if (!q)
        return fail(q.error());
    return q->lastInsertId().toLongLong();
}

Result<void> EnterpriseActivityRepository::update(const Activity& a)
{
    Result<QSqlQuery> q =
        sql::run(m_database.connection(), kUpdate,
                 {{":id", a.id},
                  {":version", a.version},
                  {":department_id", a.departmentId},
                  {":kind", activityKindCode(a.kind)},
                  {":target", a.kind == ActivityKind::ThreeInto ? enterpriseKindCode(a.target) : QStringLiteral("")},
                  {":deliveries", a.kind == ActivityKind::FiveDeliveries ? a.deliveries : 0},
                  {":start_date", sql::date(a.startDate)},
                  {":end_date", sql::date(a.endDate)},
                  {":enterprise_id", idValue(a.enterpriseId)},
                  {":participants", sql::text(a.participants)},
                  {":leading_official", sql::text(a.leadingOfficial)},
                  {":description", sql::text(a.description)},
                  {":outcome", sql::text(a.outcome)},
                  {":updated_at", toStorageTimestamp(a.updatedAt)}},
                 failedToSave());
    if (!q)
        return fail(q.error());
    if (q->numRowsAffected() != 1)
        return fail(Error::Code::Conflict,
                    QCoreApplication::translate("EnterpriseActivityRepository",
                                                "Someone else changed or deleted this activity after you opened "
                                                "it. Reopen it to see their changes."));
    return {};
}

Result<void> EnterpriseActivityRepository::remove(qint64 id)
{
    Result<QSqlQuery> q =
        sql::run(m_database.connection(), kDelete, {{":id", id}},
                 QCoreApplication::translate("EnterpriseActivityRepository", "the activity could not be deleted"));
    if (!q)
        return fail(q.error());
    if (q->numRowsAffected() != 1)
        return fail(vanished());
    return {};
}

} // namespace branddesk
