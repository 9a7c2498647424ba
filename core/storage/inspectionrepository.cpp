// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/inspectionrepository.h"

#include "core/clock.h"
#include "core/storage/database.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace branddesk {
namespace {

constexpr const char* kSelectOne =
    "SELECT department_id, inspection_date, kind, inspectors, findings, recorded_at, recorded_by, updated_at, "
    "version FROM inspections WHERE id = :id";
constexpr const char* kSelectChecks = "SELECT item_key, label, result, note FROM inspection_checks "
                                      "WHERE inspection_id = :inspection_id ORDER BY ordinal, id";
constexpr const char* kSelectRectifications =
    "SELECT id, demand, deadline, status, done_date, follow_up FROM rectifications "
    "WHERE inspection_id = :inspection_id ORDER BY ordinal, id";
constexpr const char* kSelectRectificationIds = "SELECT id FROM rectifications WHERE inspection_id = :inspection_id";
constexpr const char* kLatestId = "SELECT id FROM inspections WHERE department_id = :department_id "
                                  "ORDER BY inspection_date DESC, id DESC LIMIT 1";
constexpr const char* kList =
    "SELECT i.id, i.department_id, d.name, d.category, d.active, i.inspection_date, i.kind, i.inspectors, "
    "substr(i.findings, 1, 200), i.recorded_by, "
    "(SELECT COUNT(*) FROM inspection_checks c WHERE c.inspection_id = i.id), "
    "(SELECT COUNT(*) FROM inspection_checks c WHERE c.inspection_id = i.id AND c.result = 'not-met'), "
    "(SELECT COUNT(*) FROM inspection_checks c WHERE c.inspection_id = i.id AND c.result = 'partly'), "
    "(SELECT COUNT(*) FROM rectifications r WHERE r.inspection_id = i.id), "
    "(SELECT COUNT(*) FROM rectifications r WHERE r.inspection_id = i.id AND r.status = 'open'), "
    "(SELECT COUNT(*) FROM rectifications r WHERE r.inspection_id = i.id AND r.status = 'open' "
    "AND r.deadline < :today), "
    "(SELECT MIN(r.deadline) FROM rectifications r WHERE r.inspection_id = i.id AND r.status = 'open') "
    "FROM inspections i JOIN departments d ON d.id = i.department_id "
    "WHERE (:department_id = 0 OR i.department_id = :department_id_2) "
    "ORDER BY i.inspection_date DESC, i.id DESC";
constexpr const char* kOpenRectifications =
    "SELECT r.id, r.demand, r.deadline, r.status, r.done_date, r.follow_up, i.id, i.inspection_date, "
    "i.department_id, d.name, d.category "
    "FROM rectifications r JOIN inspections i ON i.id = r.inspection_id "
    "JOIN departments d ON d.id = i.department_id "
    "WHERE r.status = 'open' AND ((:department_id = 0 AND d.active = 1) OR i.department_id = :department_id_2) "
    "AND (:before = '' OR r.deadline < :before_2) "
    "ORDER BY r.deadline, i.inspection_date, r.id";
constexpr const char* kCountForDepartment = "SELECT COUNT(*) FROM inspections WHERE department_id = :department_id";
constexpr const char* kInsert =
    "INSERT INTO inspections (department_id, inspection_date, kind, inspectors, findings, recorded_at, "
    "recorded_by, updated_at, version) VALUES (:department_id, :inspection_date, :kind, :inspectors, :findings, "
    ":recorded_at, :recorded_by, :updated_at, 1)";
constexpr const char* kUpdate =
    "UPDATE inspections SET department_id = :department_id, inspection_date = :inspection_date, kind = :kind, "
    "inspectors = :inspectors, findings = :findings, updated_at = :updated_at, version = version + 1 "
    "WHERE id = :id AND version = :version";
constexpr const char* kDelete = "DELETE FROM inspections WHERE id = :id";
constexpr const char* kDeleteChecks = "DELETE FROM inspection_checks WHERE inspection_id = :inspection_id";
constexpr const char* kInsertCheck =
    "INSERT INTO inspection_checks (inspection_id, ordinal, item_key, label, result, note) "
    "VALUES (:inspection_id, :ordinal, :item_key, :label, :result, :note)";
constexpr const char* kInsertRectification =
    "INSERT INTO rectifications (inspection_id, ordinal, demand, deadline, status, done_date, follow_up) "
    "VALUES (:inspection_id, :ordinal, :demand, :deadline, :status, :done_date, :follow_up)";
constexpr const char* kUpdateRectification =
    "UPDATE rectifications SET ordinal = :ordinal, demand = :demand, deadline = :deadline, status = :status, "
    "done_date = :done_date, follow_up = :follow_up WHERE id = :id AND inspection_id = :inspection_id";
constexpr const char* kDeleteRectification =
    "DELETE FROM rectifications WHERE id = :id AND inspection_id = :inspection_id";

Rectification rectificationFrom(const QSqlQuery& q)
{
    Rectification r;
    r.id = q.value(0).toLongLong();
    r.demand = q.value(1).toString();
    r.deadline = sql::dateFrom(q.value(2));
    r.status = rectificationStatusFromCode(q.value(3).toString()).value_or(RectificationStatus::Open);
    r.doneDate = sql::dateFrom(q.value(4));
    r.followUp = q.value(5).toString();
    return r;
}

/// An inspection's own fields (kSelectOne), without its checks and rectification demands.
Inspection inspectionFrom(const QSqlQuery& q)
{
    Inspection inspection;
    inspection.departmentId = q.value(0).toLongLong();
    inspection.date = sql::dateFrom(q.value(1));
    inspection.kind = inspectionKindFromCode(q.value(2).toString()).value_or(InspectionKind::Regular);
    inspection.inspectors = q.value(3).toString();
    inspection.findings = q.value(4).toString();
    inspection.recordedAt = fromStorageTimestamp(q.value(5).toString());
    inspection.recordedBy = q.value(6).toString();
    inspection.updatedAt = fromStorageTimestamp(q.value(7).toString());
    inspection.version = q.value(8).toInt();
    return inspection;
}

InspectionCheck checkFrom(const QSqlQuery& q)
{
    return {q.value(0).toString(), q.value(1).toString(),
            checkResultFromCode(q.value(2).toString()).value_or(CheckResult::NotChecked), q.value(3).toString()};
}

InspectionListItem listItemFrom(const QSqlQuery& q)
{
    InspectionListItem item;
    item.id = q.value(0).toLongLong();
    item.departmentId = q.value(1).toLongLong();
    item.departmentName = q.value(2).toString();
    item.category = departmentCategoryFromCode(q.value(3).toString()).value_or(DepartmentCategory::Other);
    item.departmentActive = q.value(4).toBool();
    item.date = sql::dateFrom(q.value(5));
    item.kind = inspectionKindFromCode(q.value(6).toString()).value_or(InspectionKind::Regular);
    item.inspectors = q.value(7).toString();
    item.findings = q.value(8).toString();
    item.recordedBy = q.value(9).toString();
    item.checkCount = q.value(10).toInt();
    item.notMetCount = q.value(11).toInt();
    item.partlyCount = q.value(12).toInt();
    item.rectificationCount = q.value(13).toInt();
    item.openCount = q.value(14).toInt();
    item.overdueCount = q.value(15).toInt();
    item.nextOpenDeadline = sql::dateFrom(q.value(16));
    return item;
}

RectificationItem rectificationItemFrom(const QSqlQuery& q)
{
    RectificationItem item;
    item.rectification = rectificationFrom(q);
    item.inspectionId = q.value(6).toLongLong();
    item.inspectionDate = sql::dateFrom(q.value(7));
    item.departmentId = q.value(8).toLongLong();
    item.departmentName = q.value(9).toString();
    item.category = departmentCategoryFromCode(q.value(10).toString()).value_or(DepartmentCategory::Other);
    return item;
}

QString failedToSave()
{
    return QCoreApplication::translate("InspectionRepository", "the inspection could not be saved");
}

Error vanished()
{
    return Error::make(Error::Code::NotFound,
                       QCoreApplication::translate("InspectionRepository",
                                                   "The inspection no longer exists; someone may have deleted it."));
}

} // namespace

Result<Inspection> InspectionRepository::find(qint64 id) const
{
    const QString failed = QCoreApplication::translate("InspectionRepository", "the inspection could not be read");
    Result<Inspection> inspection =
        sql::readOne(m_database.connection(), kSelectOne, {{":id", id}}, failed, inspectionFrom, vanished);
    if (!inspection)
        return inspection;
    inspection->id = id;
    Result<QList<InspectionCheck>> checks =
        sql::readAll(m_database.connection(), kSelectChecks, {{":inspection_id", id}}, failed, checkFrom);
    if (!checks)
        return fail(checks.error());
    inspection->checks = *checks;
    Result<QList<Rectification>> rectifications = sql::readAll(m_database.connection(), kSelectRectifications,
                                                               {{":inspection_id", id}}, failed, rectificationFrom);
    if (!rectifications)
        return fail(rectifications.error());
    inspection->rectifications = *rectifications;
    return inspection;
}

Result<std::optional<qint64>> InspectionRepository::latestId(qint64 departmentId) const
{
    return sql::readFirst(
        m_database.connection(), kLatestId, {{":department_id", departmentId}},
        QCoreApplication::translate("InspectionRepository", "the department's inspections could not be read"),
        [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
}

Result<QList<InspectionListItem>> InspectionRepository::list(qint64 departmentId, const QDate& today) const
{
    return sql::readAll(m_database.connection(), kList,
                        {{":department_id", departmentId},
                         {":department_id_2", departmentId},
                         {":today", sql::text(today.toString(Qt::ISODate))}},
                        QCoreApplication::translate("InspectionRepository", "the inspections could not be read"),
                        listItemFrom);
}

Result<QList<RectificationItem>> InspectionRepository::openRectifications(qint64 departmentId,
                                                                          const QDate& before) const
{
    const QString beforeText = before.isValid() ? before.toString(Qt::ISODate) : QString();
    return sql::readAll(
        m_database.connection(), kOpenRectifications,
        {{":department_id", departmentId},
         {":department_id_2", departmentId},
         {":before", sql::text(beforeText)},
         {":before_2", sql::text(beforeText)}},
        QCoreApplication::translate("InspectionRepository", "the rectification demands could not be read"),
        rectificationItemFrom);
}

Result<int> InspectionRepository::countForDepartment(qint64 departmentId) const
{
    Result<QSqlQuery> q = sql::run(
        m_database.connection(), kCountForDepartment, {{":department_id", departmentId}},
        QCoreApplication::translate("InspectionRepository", "the department's inspections could not be counted"));
    if (!q)
        return fail(q.error());
    return q->next() ? q->value(0).toInt() : 0;
}

Result<qint64> InspectionRepository::insert(const Inspection& inspection)
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kInsert,
                                   {{":department_id", inspection.departmentId},
                                    {":inspection_date", sql::date(inspection.date)},
                                    {":kind", inspectionKindCode(inspection.kind)},
                                    {":inspectors", sql::text(inspection.inspectors)},
                                    {":findings", sql::text(inspection.findings)},
                                    {":recorded_at", toStorageTimestamp(inspection.recordedAt)},
                                    {":recorded_by", sql::text(inspection.recordedBy)},
                                    {":updated_at", toStorageTimestamp(inspection.updatedAt)}},
                                   failedToSave());
    if (!q)
        return fail(q.error());
    const qint64 id = q->lastInsertId().toLongLong();
    if (Result<void> checks = insertChecks(id, inspection.checks); !checks)
        return fail(checks.error());
    if (Result<void> demands = writeRectifications(id, inspection.rectifications); !demands)
        return fail(demands.error());
    return id;
}

Result<void> InspectionRepository::update(const Inspection& inspection)
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kUpdate,
                                   {{":id", inspection.id},
                                    {":version", inspection.version},
                                    {":department_id", inspection.departmentId},
                                    {":inspection_date", sql::date(inspection.date)},
                                    {":kind", inspectionKindCode(inspection.kind)},
                                    {":inspectors", sql::text(inspection.inspectors)},
                                    {":findings", sql::text(inspection.findings)},
                                    {":updated_at", toStorageTimestamp(inspection.updatedAt)}},
                                   failedToSave());
    if (!q)
        return fail(q.error());
    if (q->numRowsAffected() != 1)
        return fail(Error::Code::Conflict,
                    QCoreApplication::translate("InspectionRepository",
                                                "Someone else changed or deleted this inspection after you opened "
                                                "it. Reopen it to see their changes."));
    Result<QSqlQuery> cleared =
        sql::run(m_database.connection(), kDeleteChecks, {{":inspection_id", inspection.id}}, failedToSave());
    if (!cleared)
        return fail(cleared.error());
    if (Result<void> checks = insertChecks(inspection.id, inspection.checks); !checks)
        return checks;
    return writeRectifications(inspection.id, inspection.rectifications);
}

Result<void> InspectionRepository::remove(qint64 id)
{
    Result<QSqlQuery> q =
        sql::run(m_database.connection(), kDelete, {{":id", id}},
                 QCoreApplication::translate("InspectionRepository", "the inspection could not be deleted"));
    if (!q)
        return fail(q.error());
    if (q->numRowsAffected() != 1)
        return fail(vanished());
    return {};
}

Result<void> InspectionRepository::insertChecks(qint64 inspectionId, const QList<InspectionCheck>& checks)
{
    for (int i = 0; i < checks.size(); ++i) {
        const InspectionCheck& check = checks.at(i);
        Result<QSqlQuery> q = sql::run(m_database.connection(), kInsertCheck,
                                       {{":inspection_id", inspectionId},
                                        {":ordinal", i + 1},
                                        {":item_key", sql::text(check.key)},
                                        {":label", sql::text(check.label)},
                                        {":result", checkResultCode(check.result)},
                                        {":note", sql::text(check.note)}},
                                       failedToSave());
        if (!q)
            return fail(q.error());
    }
    return {};
}

Result<void> InspectionRepository::writeRectifications(qint64 inspectionId, const QList<Rectification>& rectifications)
{
    Result<QSqlQuery> stored =
        sql::run(m_database.connection(), kSelectRectificationIds, {{":inspection_id", inspectionId}}, failedToSave());
    if (!stored)
        return fail(stored.error());
    QList<qint64> removed;
    while (stored->next()) {
        const qint64 id = stored->value(0).toLongLong();
        if (std::none_of(rectifications.begin(), rectifications.end(),
                         [id](const Rectification& r) { return r.id == id; }))
            removed.append(id);
    }
    for (qint64 id : removed) {
        Result<QSqlQuery> d = sql::run(m_database.connection(), kDeleteRectification,
                                       {{":id", id}, {":inspection_id", inspectionId}}, failedToSave());
        if (!d)
            return fail(d.error());
    }
    for (int i = 0; i < rectifications.size(); ++i) {
        const Rectification& r = rectifications.at(i);
        const QVariant doneDate = r.isDone() ? sql::date(r.doneDate) : QVariant();
        if (r.id == 0) {
            Result<QSqlQuery> q = sql::run(m_database.connection(), kInsertRectification,
                                           {{":inspection_id", inspectionId},
                                            {":ordinal", i + 1},
                                            {":demand", sql::text(r.demand)},
                                            {":deadline", sql::date(r.deadline)},
                                            {":status", rectificationStatusCode(r.status)},
                                            {":done_date", doneDate},
                                            {":follow_up", sql::text(r.followUp)}},
                                           failedToSave());
            if (!q)
                return fail(q.error());
            continue;
        }
        Result<QSqlQuery> q = sql::run(m_database.connection(), kUpdateRectification,
                                       {{":id", r.id},
                                        {":inspection_id", inspectionId},
                                        {":ordinal", i + 1},
                                        {":demand", sql::text(r.demand)},
                                        {":deadline", sql::date(r.deadline)},
                                        {":status", rectificationStatusCode(r.status)},
                                        {":done_date", doneDate},
                                        {":follow_up", sql::text(r.followUp)}},
                                       failedToSave());
        if (!q)
            return fail(q.error());
        if (q->numRowsAffected() != 1)
            return fail(Error::Code::Conflict,
                        QCoreApplication::translate("InspectionRepository",
                                                    "A rectification demand of this inspection was removed by "
                                                    "someone else. Reopen the inspection to see their changes."));
    }
    return {};
}

} // namespace branddesk
