// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/reminderrepository.h"

#include "core/clock.h"
#include "core/storage/database.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace branddesk {
namespace {

constexpr const char* kInsert =
    "INSERT INTO reminders (department_id, week_monday, sent_at, sent_by, recipients, subject, body) "
    "VALUES (:department_id, :week_monday, :sent_at, :sent_by, :recipients, :subject, :body)";
constexpr const char* kSelectOne = "SELECT id, department_id, week_monday, sent_at, sent_by, recipients, subject, body "
                                   "FROM reminders WHERE id = :id";
constexpr const char* kSelectForDepartment =
    "SELECT id, department_id, week_monday, sent_at, sent_by, recipients, subject, body "
    "FROM reminders WHERE department_id = :department_id ORDER BY sent_at DESC, id DESC";
constexpr const char* kSelectLatestForWeek =
    "SELECT department_id, MAX(sent_at) FROM reminders WHERE week_monday = :week_monday GROUP BY department_id";

Reminder fromRow(const QSqlQuery& q)
{
    Reminder r;
    r.id = q.value(0).toLongLong();
    r.departmentId = q.value(1).toLongLong();
    r.week = ReportWeek::containing(QDate::fromString(q.value(2).toString(), Qt::ISODate));
    r.sentAt = fromStorageTimestamp(q.value(3).toString());
    r.sentBy = q.value(4).toString();
    r.recipients = q.value(5).toString();
    r.subject = q.value(6).toString();
    r.body = q.value(7).toString();
    return r;
}

QString readFailed()
{
    return QCoreApplication::translate("ReminderRepository", "the reminders could not be read");
}

} // namespace

Result<qint64> ReminderRepository::insert(const Reminder& r)
{
    Result<QSqlQuery> q =
        sql::run(m_database.connection(), kInsert,
                 {{":department_id", r.departmentId},
                  {":week_monday", r.week.monday().toString(Qt::ISODate)},
                  {":sent_at", toStorageTimestamp(r.sentAt)},
                  {":sent_by", sql::text(r.sentBy)},
                  {":recipients", sql::text(r.recipients)},
                  {":subject", sql::text(r.subject)},
                  {":body", sql::text(r.body)}},
                 QCoreApplication::translate("ReminderRepository", "the reminder could not be logged"));
    if (!q)
        return fail(q.error());
    return q->lastInsertId().toLongLong();
}

Result<Reminder> ReminderRepository::find(qint64 id) const
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kSelectOne, {{":id", id}}, readFailed());
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(Error::Code::NotFound,
                    QCoreApplication::translate("ReminderRepository", "The reminder no longer exists."));
    return fromRow(*q);
}

Result<QList<Reminder>> ReminderRepository::forDepartment(qint64 departmentId) const
{
    Result<QSqlQuery> q =
        sql::run(m_database.connection(), kSelectForDepartment, {{":department_id", departmentId}}, readFailed());
    if (!q)
        return fail(q.error());
    QList<Reminder> result;
    while (q->next())
        result.append(fromRow(*q));
    return result;
}

Result<QHash<qint64, QDateTime>> ReminderRepository::latestForWeek(const ReportWeek& week) const
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kSelectLatestForWeek,
                                   {{":week_monday", week.monday().toString(Qt::ISODate)}}, readFailed());
    if (!q)
        return fail(q.error());
    QHash<qint64, QDateTime> result;
    while (q->next())
        result.insert(q->value(0).toLongLong(), fromStorageTimestamp(q->value(1).toString()));
    return result;
}

} // namespace branddesk
