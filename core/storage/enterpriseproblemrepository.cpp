// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/enterpriseproblemrepository.h"

#include "core/clock.h"
#include "core/storage/database.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace branddesk {
namespace {

constexpr const char* kSelect =
    "SELECT p.id, p.department_id, d.name, p.enterprise_id, COALESCE(e.name, ''), p.activity_id, p.raised_date, "
    "p.description, p.leader, p.team, p.plan, p.deadline, p.status, p.reason, p.solved_date, p.recorded_at, "
    "p.recorded_by, p.updated_at, p.version "
    "FROM enterprise_problems p JOIN departments d ON d.id = p.department_id "
    "LEFT JOIN enterprises e ON e.id = p.enterprise_id ";
constexpr const char* kFind = "WHERE p.id = :id";
constexpr const char* kAll = "WHERE (:enterprise_id = 0 OR p.enterprise_id = :enterprise_id_2) "
                             "ORDER BY p.deadline, p.id";
constexpr const char* kSelectNotes = "SELECT id, problem_id, note_date, text FROM problem_notes "
                                     "ORDER BY problem_id, ordinal, id";
constexpr const char* kSelectNoteIds = "SELECT id FROM problem_notes WHERE problem_id = :problem_id";
constexpr const char* kInsert =
    "INSERT INTO enterprise_problems (department_id, enterprise_id, activity_id, raised_date, description, leader, "
    "team, plan, deadline, status, reason, solved_date, recorded_at, recorded_by, updated_at, version) "
    "VALUES (:department_id, :enterprise_id, :activity_id, :raised_date, :description, :leader, :team, :plan, "
    ":deadline, :status, :reason, :solved_date, :recorded_at, :recorded_by, :updated_at, 1)";
constexpr const char* kUpdate =
    "UPDATE enterprise_problems SET department_id = :department_id, enterprise_id = :enterprise_id, "
    "activity_id = :activity_id, raised_date = :raised_date, description = :description, leader = :leader, "
    "team = :team, plan = :plan, deadline = :deadline, status = :status, reason = :reason, "
    "solved_date = :solved_date, updated_at = :updated_at, version = version + 1 "
    "WHERE id = :id AND version = :version";
constexpr const char* kDelete = "DELETE FROM enterprise_problems WHERE id = :id";
constexpr const char* kInsertNote = "INSERT INTO problem_notes (problem_id, ordinal, note_date, text) "
                                    "VALUES (:problem_id, :ordinal, :note_date, :text)";
constexpr const char* kUpdateNote = "UPDATE problem_notes SET ordinal = :ordinal, note_date = :note_date, "
                                    "text = :text WHERE id = :id AND problem_id = :problem_id";
constexpr const char* kDeleteNote = "DELETE FROM problem_notes WHERE id = :id AND problem_id = :problem_id";

QVariant idValue(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant();
}

Problem problemFrom(const QSqlQuery& q)
{
    Problem p;
    p.id = q.value(0).toLongLong();
    p.departmentId = q.value(1).toLongLong();
    p.departmentName = q.value(2).toString();
    p.enterpriseId = q.value(3).toLongLong();
    p.enterpriseName = q.value(4).toString();
    p.activityId = q.value(5).toLongLong();
    p.raisedDate = sql::dateFrom(q.value(6));
    p.description = q.value(7).toString();
    p.leader = q.value(8).toString();
    p.team = q.value(9).toString();
    p.plan = q.value(10).toString();
    p.deadline = sql::dateFrom(q.value(11));
    p.status = problemStatusFromCode(q.value(12).toString()).value_or(ProblemStatus::Open);
    p.reason = q.value(13).toString();
    p.solvedDate = sql::dateFrom(q.value(14));
    p.recordedAt = fromStorageTimestamp(q.value(15).toString());
    p.recordedBy = q.value(16).toString();
    p.updatedAt = fromStorageTimestamp(q.value(17).toString());
    p.version = q.value(18).toInt();
    return p;
}

QString failedToRead()
{
    return QCoreApplication::translate("EnterpriseProblemRepository", "the problems could not be read");
}

QString failedToSave()
{
    return QCoreApplication::translate("EnterpriseProblemRepository", "the problem could not be saved");
}

Error vanished()
{
    return Error::make(Error::Code::NotFound,
                       QCoreApplication::translate("EnterpriseProblemRepository",
                                                   "The problem no longer exists; someone may have deleted it."));
}

} // namespace

Result<Problem> EnterpriseProblemRepository::find(qint64 id) const
{
    const QByteArray statement = QByteArray(kSelect) + kFind;
    Result<Problem> problem = sql::readOne(m_database.connection(), statement.constData(), {{":id", id}},
                                           failedToRead(), problemFrom, vanished);
    if (!problem)
        return problem;
    QList<Problem> one{*problem};
    if (Result<void> notes = loadNotes(one); !notes)
        return fail(notes.error());
    return one.constFirst();
}

Result<QList<Problem>> EnterpriseProblemRepository::all(qint64 enterpriseId) const
{
    const QByteArray statement = QByteArray(kSelect) + kAll;
    Result<QList<Problem>> result = sql::readAll(m_database.connection(), statement.constData(),
                                                 {{":enterprise_id", enterpriseId}, {":enterprise_id_2", enterpriseId}},
                                                 failedToRead(), problemFrom);
    if (!result)
        return result;
    if (Result<void> notes = loadNotes(*result); !notes)
        return fail(notes.error());
    return result;
}

Result<void> EnterpriseProblemRepository::loadNotes(QList<Problem>& problems) const
{
    if (problems.isEmpty())
        return {};
    QHash<qint64, Problem*> byId;
    for (Problem& p : problems)
        byId.insert(p.id, &p);
    Result<QSqlQuery> q = sql::run(m_database.connection(), kSelectNotes, {}, failedToRead());
    if (!q)
        return fail(q.error());
    while (q->next())
        if (Problem* p = byId.value(q->value(1).toLongLong()))
            p->notes.append({q->value(0).toLongLong(), sql::dateFrom(q->value(2)), q->value(3).toString()});
    return {};
}

Result<qint64> EnterpriseProblemRepository::insert(const Problem& p)
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kInsert,
                                   {{":department_id", p.departmentId},
                                    {":enterprise_id", idValue(p.enterpriseId)},
                                    {":activity_id", idValue(p.activityId)},
                                    {":raised_date", sql::date(p.raisedDate)},
                                    {":description", sql::text(p.description)},
                                    {":leader", sql::text(p.leader)},
                                    {":team", sql::text(p.team)},
                                    {":plan", sql::text(p.plan)},
                                    {":deadline", sql::date(p.deadline)},
                                    {":status", problemStatusCode(p.status)},
                                    {":reason", sql::text(p.reason)},
                                    {":solved_date", sql::date(p.solvedDate)},
                                    {":recorded_at", toStorageTimestamp(p.recordedAt)},
                                    {":recorded_by", sql::text(p.recordedBy)},
                                    {":updated_at", toStorageTimestamp(p.updatedAt)}},
                                   failedToSave());
    if (!q)
        return fail(q.error());
    const qint64 id = q->lastInsertId().toLongLong();
    if (Result<void> notes = writeNotes(id, p.notes); !notes)
        return fail(notes.error());
    return id;
}

Result<void> EnterpriseProblemRepository::update(const Problem& p)
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kUpdate,
                                   {{":id", p.id},
                                    {":version", p.version},
                                    {":department_id", p.departmentId},
                                    {":enterprise_id", idValue(p.enterpriseId)},
                                    {":activity_id", idValue(p.activityId)},
                                    {":raised_date", sql::date(p.raisedDate)},
                                    {":description", sql::text(p.description)},
                                    {":leader", sql::text(p.leader)},
                                    {":team", sql::text(p.team)},
                                    {":plan", sql::text(p.plan)},
                                    {":deadline", sql::date(p.deadline)},
                                    {":status", problemStatusCode(p.status)},
                                    {":reason", sql::text(p.reason)},
                                    {":solved_date", sql::date(p.solvedDate)},
                                    {":updated_at", toStorageTimestamp(p.updatedAt)}},
                                   failedToSave());
    if (!q)
        return fail(q.error());
    if (q->numRowsAffected() != 1)
        return fail(Error::Code::Conflict,
                    QCoreApplication::translate("EnterpriseProblemRepository",
                                                "Someone else changed or deleted this problem after you opened "
                                                "it. Reopen it to see their changes."));
    return writeNotes(p.id, p.notes);
}

Result<void> EnterpriseProblemRepository::remove(qint64 id)
{
    Result<QSqlQuery> q =
        sql::run(m_database.connection(), kDelete, {{":id", id}},
                 QCoreApplication::translate("EnterpriseProblemRepository", "the problem could not be deleted"));
    if (!q)
        return fail(q.error());
    if (q->numRowsAffected() != 1)
        return fail(vanished());
    return {};
}

Result<void> EnterpriseProblemRepository::writeNotes(qint64 problemId, const QList<ProgressNote>& notes)
{
    Result<QSqlQuery> stored =
        sql::run(m_database.connection(), kSelectNoteIds, {{":problem_id", problemId}}, failedToSave());
    if (!stored)
        return fail(stored.error());
    QList<qint64> removed;
    while (stored->next()) {
        const qint64 id = stored->value(0).toLongLong();
        if (std::none_of(notes.begin(), notes.end(), [id](const ProgressNote& n) { return n.id == id; }))
            removed.append(id);
    }
    for (qint64 id : removed) {
        Result<QSqlQuery> d =
            sql::run(m_database.connection(), kDeleteNote, {{":id", id}, {":problem_id", problemId}}, failedToSave());
        if (!d)
            return fail(d.error());
    }
    for (int i = 0; i < notes.size(); ++i) {
        const ProgressNote& n = notes.at(i);
        if (n.id == 0) {
            Result<QSqlQuery> q = sql::run(m_database.connection(), kInsertNote,
                                           {{":problem_id", problemId},
                                            {":ordinal", i + 1},
                                            {":note_date", sql::date(n.date)},
                                            {":text", sql::text(n.text)}},
                                           failedToSave());
            if (!q)
                return fail(q.error());
            continue;
        }
        Result<QSqlQuery> q = sql::run(m_database.connection(), kUpdateNote,
                                       {{":id", n.id},
                                        {":problem_id", problemId},
                                        {":ordinal", i + 1},
                                        {":note_date", sql::date(n.date)},
                                        {":text", sql::text(n.text)}},
                                       failedToSave());
        if (!q)
            return fail(q.error());
        if (q->numRowsAffected() != 1)
            return fail(Error::Code::Conflict,
                        QCoreApplication::translate("EnterpriseProblemRepository",
                                                    "A progress note of this problem was removed by someone else. "
                                                    "Reopen the problem to see their changes."));
    }
    return {};
}

} // namespace branddesk
