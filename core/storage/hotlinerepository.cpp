// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/hotlinerepository.h"

#include "core/clock.h"
#include "core/storage/database.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace branddesk {
namespace {

constexpr const char* kSelect =
    "SELECT t.id, t.number, t.received_at, t.channel, t.caller_name, t.caller_phone, t.confidential, t.kind, "
    "COALESCE(t.department_id, 0), COALESCE(d.name, ''), COALESCE(t.brand_id, 0), COALESCE(b.name, ''), t.content, "
    "t.assigned_on, t.due_date, t.signed_at, t.extended_to, t.extension_reason, t.transfers, t.answer, "
    "t.answered_on, t.follow_up_attempts, t.reached, t.solved, t.satisfaction, t.follow_up_note, t.followed_up_on, "
    "t.closed_on, COALESCE(t.repeat_of_id, 0), COALESCE(r.number, ''), t.recorded_at, t.recorded_by, t.updated_at, "
    "t.version "
    "FROM hotline_tickets t LEFT JOIN departments d ON d.id = t.department_id "
    "LEFT JOIN brands b ON b.id = t.brand_id LEFT JOIN hotline_tickets r ON r.id = t.repeat_of_id ";
constexpr const char* kHighest =
    "SELECT number FROM hotline_tickets WHERE number LIKE :prefix ORDER BY number DESC LIMIT 1";
constexpr const char* kInsert =
    "INSERT INTO hotline_tickets (number, received_at, channel, caller_name, caller_phone, confidential, kind, "
    "department_id, brand_id, content, assigned_on, due_date, signed_at, extended_to, extension_reason, transfers, "
    "answer, answered_on, follow_up_attempts, reached, solved, satisfaction, follow_up_note, followed_up_on, "
    "closed_on, repeat_of_id, recorded_at, recorded_by, updated_at, version) "
    "VALUES (:number, :received_at, :channel, :caller_name, :caller_phone, :confidential, :kind, :department_id, "
    ":brand_id, :content, :assigned_on, :due_date, :signed_at, :extended_to, :extension_reason, :transfers, "
    ":answer, :answered_on, :follow_up_attempts, :reached, :solved, :satisfaction, :follow_up_note, "
    ":followed_up_on, :closed_on, :repeat_of_id, :recorded_at, :recorded_by, :updated_at, 1)";
constexpr const char* kUpdate =
    "UPDATE hotline_tickets SET number = :number, received_at = :received_at, channel = :channel, "
    "caller_name = :caller_name, caller_phone = :caller_phone, confidential = :confidential, kind = :kind, "
    "department_id = :department_id, brand_id = :brand_id, content = :content, assigned_on = :assigned_on, "
    "due_date = :due_date, signed_at = :signed_at, extended_to = :extended_to, "
    "extension_reason = :extension_reason, transfers = :transfers, answer = :answer, answered_on = :answered_on, "
    "follow_up_attempts = :follow_up_attempts, reached = :reached, solved = :solved, satisfaction = :satisfaction, "
    "follow_up_note = :follow_up_note, followed_up_on = :followed_up_on, closed_on = :closed_on, "
    "repeat_of_id = :repeat_of_id, updated_at = :updated_at, version = version + 1 "
    "WHERE id = :id AND version = :version";
constexpr const char* kDelete = "DELETE FROM hotline_tickets WHERE id = :id";

QVariant dateValue(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate dateFrom(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant momentValue(const QDateTime& moment)
{
    return moment.isValid() ? QVariant(toStorageTimestamp(moment)) : QVariant();
}

QDateTime momentFrom(const QVariant& value)
{
    return value.isNull() ? QDateTime() : fromStorageTimestamp(value.toString());
}

QVariant idValue(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant();
}

QString transfersJson(const QList<TicketTransfer>& transfers)
{
    QJsonArray list;
    for (const TicketTransfer& t : transfers)
        list.append(QJsonObject{{QStringLiteral("date"), t.date.toString(Qt::ISODate)},
                                {QStringLiteral("from_id"), t.fromDepartmentId},
                                {QStringLiteral("from"), t.fromDepartmentName},
                                {QStringLiteral("reason"), t.reason}});
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

QList<TicketTransfer> transfersFrom(const QString& json)
{
    QList<TicketTransfer> transfers;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        transfers.append({QDate::fromString(o.value(QLatin1String("date")).toString(), Qt::ISODate),
                          o.value(QLatin1String("from_id")).toInteger(), o.value(QLatin1String("from")).toString(),
                          o.value(QLatin1String("reason")).toString()});
    }
    return transfers;
}

Ticket ticketFrom(const QSqlQuery& q)
{
    Ticket t;
    t.id = q.value(0).toLongLong();
    t.number = q.value(1).toString();
    t.receivedAt = momentFrom(q.value(2));
    t.channel = ticketChannelFromCode(q.value(3).toString()).value_or(TicketChannel::Hotline);
    t.callerName = q.value(4).toString();
    t.callerPhone = q.value(5).toString();
    t.confidential = q.value(6).toInt() != 0;
    t.kind = ticketKindFromCode(q.value(7).toString()).value_or(TicketKind::Other);
    t.departmentId = q.value(8).toLongLong();
    t.departmentName = q.value(9).toString();
    t.brandId = q.value(10).toLongLong();
    t.brandName = q.value(11).toString();
    t.content = q.value(12).toString();
    t.assignedOn = dateFrom(q.value(13));
    t.dueDate = dateFrom(q.value(14));
    t.signedAt = momentFrom(q.value(15));
    t.extendedTo = dateFrom(q.value(16));
    t.extensionReason = q.value(17).toString();
    t.transfers = transfersFrom(q.value(18).toString());
    t.answer = q.value(19).toString();
    t.answeredOn = dateFrom(q.value(20));
    t.followUpAttempts = q.value(21).toInt();
    t.reached = q.value(22).toInt() != 0;
    t.solved = q.value(23).toInt() != 0;
    t.satisfaction = satisfactionFromCode(q.value(24).toString());
    t.followUpNote = q.value(25).toString();
    t.followedUpOn = dateFrom(q.value(26));
    t.closedOn = dateFrom(q.value(27));
    t.repeatOfId = q.value(28).toLongLong();
    t.repeatOfNumber = q.value(29).toString();
    t.recordedAt = momentFrom(q.value(30));
    t.recordedBy = q.value(31).toString();
    t.updatedAt = momentFrom(q.value(32));
    t.version = q.value(33).toInt();
    return t;
}

QString failedToRead()
{
    return QCoreApplication::translate("HotlineRepository", "the tickets could not be read");
}

QString failedToSave()
{
    return QCoreApplication::translate("HotlineRepository", "the ticket could not be saved");
}

Error vanished()
{
    return Error::make(
        Error::Code::NotFound,
        QCoreApplication::translate("HotlineRepository", "The ticket no longer exists; someone may have deleted it."));
}

} // namespace

Result<QList<Ticket>> HotlineRepository::select(const QByteArray& where,
                                                std::initializer_list<std::pair<const char*, QVariant>> values) const
{
    const QByteArray statement = QByteArray(kSelect) + where;
    Result<QSqlQuery> q = sql::run(m_database.connection(), statement.constData(), values, failedToRead());
    if (!q)
        return fail(q.error());
    QList<Ticket> result;
    while (q->next())
        result.append(ticketFrom(*q));
    return result;
}

Result<Ticket> HotlineRepository::find(qint64 id) const
{
    Result<QList<Ticket>> one = select("WHERE t.id = :id", {{":id", id}});
    if (!one)
        return fail(one.error());
    if (one->isEmpty())
        return fail(vanished());
    return one->constFirst();
}

Result<Ticket> HotlineRepository::findByNumber(const QString& number) const
{
    Result<QList<Ticket>> one = select("WHERE t.number = :number", {{":number", number}});
    if (!one)
        return fail(one.error());
    if (one->isEmpty())
        return fail(vanished());
    return one->constFirst();
}

Result<QList<Ticket>> HotlineRepository::all() const
{
    return select("ORDER BY t.received_at DESC, t.id DESC", {});
}

Result<QString> HotlineRepository::highestNumber(int year) const
{
    Result<QSqlQuery> q =
        sql::run(m_database.connection(), kHighest,
                 {{":prefix", QStringLiteral("%1-%").arg(year, 4, 10, QLatin1Char('0'))}}, failedToRead());
    if (!q)
        return fail(q.error());
    return q->next() ? q->value(0).toString() : QString();
}

Result<qint64> HotlineRepository::insert(const Ticket& t)
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kInsert,
                                   {{":number", t.number},
                                    {":received_at", momentValue(t.receivedAt)},
                                    {":channel", ticketChannelCode(t.channel)},
                                    {":caller_name", sql::text(t.callerName)},
                                    {":caller_phone", sql::text(t.callerPhone)},
                                    {":confidential", t.confidential},
                                    {":kind", ticketKindCode(t.kind)},
                                    {":department_id", idValue(t.departmentId)},
                                    {":brand_id", idValue(t.brandId)},
                                    {":content", sql::text(t.content)},
                                    {":assigned_on", dateValue(t.assignedOn)},
                                    {":due_date", dateValue(t.dueDate)},
                                    {":signed_at", momentValue(t.signedAt)},
                                    {":extended_to", dateValue(t.extendedTo)},
                                    {":extension_reason", sql::text(t.extensionReason)},
                                    {":transfers", transfersJson(t.transfers)},
                                    {":answer", sql::text(t.answer)},
                                    {":answered_on", dateValue(t.answeredOn)},
                                    {":follow_up_attempts", t.followUpAttempts},
                                    {":reached", t.reached},
                                    {":solved", t.solved},
                                    {":satisfaction", sql::text(satisfactionCode(t.satisfaction))},
                                    {":follow_up_note", sql::text(t.followUpNote)},
                                    {":followed_up_on", dateValue(t.followedUpOn)},
                                    {":closed_on", dateValue(t.closedOn)},
                                    {":repeat_of_id", idValue(t.repeatOfId)},
                                    {":recorded_at", toStorageTimestamp(t.recordedAt)},
                                    {":recorded_by", sql::text(t.recordedBy)},
                                    {":updated_at", toStorageTimestamp(t.updatedAt)}},
                                   failedToSave());
    if (!q)
        return fail(q.error());
    return q->lastInsertId().toLongLong();
}

Result<void> HotlineRepository::update(const Ticket& t)
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kUpdate,
                                   {{":id", t.id},
                                    {":version", t.version},
                                    {":number", t.number},
                                    {":received_at", momentValue(t.receivedAt)},
                                    {":channel", ticketChannelCode(t.channel)},
                                    {":caller_name", sql::text(t.callerName)},
                                    {":caller_phone", sql::text(t.callerPhone)},
                                    {":confidential", t.confidential},
                                    {":kind", ticketKindCode(t.kind)},
                                    {":department_id", idValue(t.departmentId)},
                                    {":brand_id", idValue(t.brandId)},
                                    {":content", sql::text(t.content)},
                                    {":assigned_on", dateValue(t.assignedOn)},
                                    {":due_date", dateValue(t.dueDate)},
                                    {":signed_at", momentValue(t.signedAt)},
                                    {":extended_to", dateValue(t.extendedTo)},
                                    {":extension_reason", sql::text(t.extensionReason)},
                                    {":transfers", transfersJson(t.transfers)},
                                    {":answer", sql::text(t.answer)},
                                    {":answered_on", dateValue(t.answeredOn)},
                                    {":follow_up_attempts", t.followUpAttempts},
                                    {":reached", t.reached},
                                    {":solved", t.solved},
                                    {":satisfaction", sql::text(satisfactionCode(t.satisfaction))},
                                    {":follow_up_note", sql::text(t.followUpNote)},
                                    {":followed_up_on", dateValue(t.followedUpOn)},
                                    {":closed_on", dateValue(t.closedOn)},
                                    {":repeat_of_id", idValue(t.repeatOfId)},
                                    {":updated_at", toStorageTimestamp(t.updatedAt)}},
                                   failedToSave());
    if (!q)
        return fail(q.error());
    if (q->numRowsAffected() != 1)
        return fail(Error::Code::Conflict,
                    QCoreApplication::translate("HotlineRepository",
                                                "Someone else changed or deleted this ticket after you opened it. "
                                                "Reopen it to see their changes."));
    return {};
}

Result<void> HotlineRepository::remove(qint64 id)
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kDelete, {{":id", id}},
                                   QCoreApplication::translate("HotlineRepository", "the ticket could not be deleted"));
    if (!q)
        return fail(q.error());
    if (q->numRowsAffected() != 1)
        return fail(vanished());
    return {};
}

} // namespace branddesk
