// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/assessmentrepository.h"

#include "core/clock.h"
#include "core/storage/database.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace branddesk {
namespace {

constexpr const char* kSelect =
    "SELECT a.id, a.year, a.department_id, d.name, a.kind, a.reason, a.evidence, a.points, a.recorded_by, "
    "a.recorded_at, a.updated_at, a.version FROM assessment_items a JOIN departments d ON d.id = a.department_id ";
constexpr const char* kInsert =
    "INSERT INTO assessment_items (year, department_id, kind, reason, evidence, points, recorded_at, recorded_by, "
    "updated_at, version) VALUES (:year, :department_id, :kind, :reason, :evidence, :points, :recorded_at, "
    ":recorded_by, :updated_at, 1)";
constexpr const char* kUpdate =
    "UPDATE assessment_items SET year = :year, department_id = :department_id, kind = :kind, reason = :reason, "
    "evidence = :evidence, points = :points, updated_at = :updated_at, version = version + 1 "
    "WHERE id = :id AND version = :version";
constexpr const char* kDelete = "DELETE FROM assessment_items WHERE id = :id";
constexpr const char* kSnapshot =
    "SELECT year, snapshot, finalised_at, finalised_by FROM assessment_snapshots WHERE year = :year";
constexpr const char* kInsertSnapshot = "INSERT INTO assessment_snapshots (year, snapshot, finalised_at, finalised_by) "
                                        "VALUES (:year, :snapshot, :finalised_at, :finalised_by)";
constexpr const char* kDeleteSnapshot = "DELETE FROM assessment_snapshots WHERE year = :year";

QString failedToRead()
{
    return QCoreApplication::translate("AssessmentRepository", "the assessment could not be read");
}

QString failedToSave()
{
    return QCoreApplication::translate("AssessmentRepository", "the assessment item could not be saved");
}

Error vanished()
{
    return Error::make(Error::Code::NotFound,
                       QCoreApplication::translate("AssessmentRepository",
                                                   "The assessment item no longer exists; someone may have deleted "
                                                   "it."));
}

AssessmentItem itemFrom(const QSqlQuery& q)
{
    AssessmentItem item;
    item.id = q.value(0).toLongLong();
    item.year = q.value(1).toInt();
    item.departmentId = q.value(2).toLongLong();
    item.departmentName = q.value(3).toString();
    item.kind = assessmentItemKindFromCode(q.value(4).toString()).value_or(AssessmentItemKind::Bonus);
    item.reason = q.value(5).toString();
    item.evidence = q.value(6).toString();
    item.points = rationalFromText(q.value(7).toString());
    item.recordedBy = q.value(8).toString();
    item.recordedAt = fromStorageTimestamp(q.value(9).toString());
    item.updatedAt = fromStorageTimestamp(q.value(10).toString());
    item.version = q.value(11).toInt();
    return item;
}

} // namespace

Result<QList<AssessmentItem>>
AssessmentRepository::select(const char* where, std::initializer_list<std::pair<const char*, QVariant>> values) const
{
    const QByteArray statement = QByteArray(kSelect) + where;
    Result<QSqlQuery> q = sql::run(m_database.connection(), statement.constData(), values, failedToRead());
    if (!q)
        return fail(q.error());
    QList<AssessmentItem> items;
    while (q->next())
        items.append(itemFrom(*q));
    return items;
}

Result<QList<AssessmentItem>> AssessmentRepository::items(int year) const
{
    return select("WHERE a.year = :year ORDER BY a.department_id, a.kind, a.id", {{":year", year}});
}

Result<AssessmentItem> AssessmentRepository::find(qint64 id) const
{
    Result<QList<AssessmentItem>> one = select("WHERE a.id = :id", {{":id", id}});
    if (!one)
        return fail(one.error());
    if (one->isEmpty())
        return fail(vanished());
    return one->constFirst();
}

Result<qint64> AssessmentRepository::insert(const AssessmentItem& item)
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kInsert,
                                   {{":year", item.year},
                                    {":department_id", item.departmentId},
                                    {":kind", assessmentItemKindCode(item.kind)},
                                    {":reason", sql::text(item.reason)},
                                    {":evidence", sql::text(item.evidence)},
                                    {":points", rationalText(item.points)},
                                    {":recorded_at", toStorageTimestamp(item.recordedAt)},
                                    {":recorded_by", sql::text(item.recordedBy)},
                                    {":updated_at", toStorageTimestamp(item.updatedAt)}},
                                   failedToSave());
    if (!q)
        return fail(q.error());
    return q->lastInsertId().toLongLong();
}

Result<void> AssessmentRepository::update(const AssessmentItem& item)
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kUpdate,
                                   {{":id", item.id},
                                    {":version", item.version},
                                    {":year", item.year},
                                    {":department_id", item.departmentId},
                                    {":kind", assessmentItemKindCode(item.kind)},
                                    {":reason", sql::text(item.reason)},
                                    {":evidence", sql::text(item.evidence)},
                                    {":points", rationalText(item.points)},
                                    {":updated_at", toStorageTimestamp(item.updatedAt)}},
                                   failedToSave());
    if (!q)
        return fail(q.error());
    if (q->numRowsAffected() != 1)
        return fail(Error::Code::Conflict,
                    QCoreApplication::translate("AssessmentRepository",
                                                "Someone else changed or deleted this item after you opened it. "
                                                "Reopen it to see their changes."));
    return {};
}

Result<void> AssessmentRepository::remove(qint64 id)
{
    Result<QSqlQuery> q =
        sql::run(m_database.connection(), kDelete, {{":id", id}},
                 QCoreApplication::translate("AssessmentRepository", "the assessment item could not be deleted"));
    if (!q)
        return fail(q.error());
    if (q->numRowsAffected() != 1)
        return fail(vanished());
    return {};
}

Result<std::optional<AssessmentSnapshot>> AssessmentRepository::snapshot(int year) const
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kSnapshot, {{":year", year}}, failedToRead());
    if (!q)
        return fail(q.error());
    if (!q->next())
        return std::optional<AssessmentSnapshot>();
    AssessmentSnapshot snapshot;
    snapshot.year = q->value(0).toInt();
    snapshot.json = q->value(1).toString().toUtf8();
    snapshot.finalisedAt = fromStorageTimestamp(q->value(2).toString());
    snapshot.finalisedBy = q->value(3).toString();
    return std::optional<AssessmentSnapshot>(snapshot);
}

Result<void> AssessmentRepository::insertSnapshot(const AssessmentSnapshot& snapshot)
{
    Result<std::optional<AssessmentSnapshot>> existing = this->snapshot(snapshot.year);
    if (!existing)
        return fail(existing.error());
    if (*existing)
        return fail(
            Error::Code::Conflict,
            QCoreApplication::translate("AssessmentRepository", "The assessment of %1 was finalised meanwhile by %2.")
                .arg(snapshot.year)
                .arg((*existing)->finalisedBy));
    Result<QSqlQuery> q =
        sql::run(m_database.connection(), kInsertSnapshot,
                 {{":year", snapshot.year},
                  {":snapshot", QString::fromUtf8(snapshot.json)},
                  {":finalised_at", toStorageTimestamp(snapshot.finalisedAt)},
                  {":finalised_by", sql::text(snapshot.finalisedBy)}},
                 QCoreApplication::translate("AssessmentRepository", "the assessment could not be finalised"));
    if (!q)
        return fail(q.error());
    return {};
}

Result<void> AssessmentRepository::removeSnapshot(int year)
{
    Result<QSqlQuery> q =
        sql::run(m_database.connection(), kDeleteSnapshot, {{":year", year}},
                 QCoreApplication::translate("AssessmentRepository", "the assessment could not be reopened"));
    if (!q)
        return fail(q.error());
    if (q->numRowsAffected() != 1)
        return fail(
            Error::Code::NotFound,
            QCoreApplication::translate("AssessmentRepository", "The assessment of %1 is not finalised.").arg(year));
    return {};
}

} // namespace branddesk
