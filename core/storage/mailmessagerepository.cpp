// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/mailmessagerepository.h"

#include "core/clock.h"
#include "core/storage/database.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace branddesk {
namespace {

constexpr const char* kInsert =
    "INSERT INTO mail_messages (mailbox, uid_validity, uid, arrived_at, sender_address, sender_name, subject, body, "
    "attachments, raw, state, fetched_at) VALUES (:mailbox, :uid_validity, :uid, :arrived_at, :sender_address, "
    ":sender_name, :subject, :body, :attachments, :raw, 'new', :fetched_at) "
    "ON CONFLICT (mailbox, uid_validity, uid) DO NOTHING";
constexpr const char* kHighestUids =
    "SELECT uid_validity, MAX(uid) FROM mail_messages WHERE mailbox = :mailbox GROUP BY uid_validity";
#define BRANDDESK_MAIL_COLUMNS                                                                                         \
    "id, mailbox, uid_validity, uid, arrived_at, sender_address, sender_name, subject, body, attachments, state, "     \
    "report_id, handled_at, handled_by, fetched_at "
constexpr const char* kPending =
    "SELECT " BRANDDESK_MAIL_COLUMNS ", NULL FROM mail_messages WHERE state = 'new' ORDER BY arrived_at, id";
constexpr const char* kFind = "SELECT " BRANDDESK_MAIL_COLUMNS ", raw FROM mail_messages WHERE id = :id";
constexpr const char* kFindByReport =
    "SELECT " BRANDDESK_MAIL_COLUMNS ", raw FROM mail_messages WHERE report_id = :report_id ORDER BY id LIMIT 1";
#undef BRANDDESK_MAIL_COLUMNS
constexpr const char* kSetHandled =
    "UPDATE mail_messages SET state = :state, report_id = :report_id, handled_at = :handled_at, "
    "handled_by = :handled_by WHERE id = :id AND state = 'new'";
constexpr const char* kRemembered = "SELECT address, department_id FROM department_mail_addresses";
constexpr const char* kRemember =
    "INSERT INTO department_mail_addresses (address, department_id, remembered_at) VALUES (:address, "
    ":department_id, :remembered_at) ON CONFLICT (address) DO UPDATE SET department_id = excluded.department_id, "
    "remembered_at = excluded.remembered_at";

QString stateCode(MailState state)
{
    switch (state) {
    case MailState::Accepted:
        return QStringLiteral("accepted");
    case MailState::Dismissed:
        return QStringLiteral("dismissed");
    case MailState::New:
        break;
    }
    return QStringLiteral("new");
}

MailState stateFrom(const QString& code)
{
    if (code == QLatin1String("accepted"))
        return MailState::Accepted;
    if (code == QLatin1String("dismissed"))
        return MailState::Dismissed;
    return MailState::New;
}

MailMessage messageFrom(const QSqlQuery& q)
{
    MailMessage m;
    m.id = q.value(0).toLongLong();
    m.mailbox = q.value(1).toString();
    m.uidValidity = q.value(2).toULongLong();
    m.uid = q.value(3).toULongLong();
    m.arrivedAt = fromStorageTimestamp(q.value(4).toString());
    m.senderAddress = q.value(5).toString();
    m.senderName = q.value(6).toString();
    m.subject = q.value(7).toString();
    m.body = q.value(8).toString();
    m.attachments = q.value(9).toInt();
    m.state = stateFrom(q.value(10).toString());
    m.reportId = q.value(11).toLongLong();
    m.handledAt = q.value(12).isNull() ? QDateTime() : fromStorageTimestamp(q.value(12).toString());
    m.handledBy = q.value(13).toString();
    m.fetchedAt = fromStorageTimestamp(q.value(14).toString());
    m.raw = q.value(15).toByteArray();
    return m;
}

} // namespace

Result<bool> MailMessageRepository::insertIfNew(const MailMessage& m)
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kInsert,
                                   {{":mailbox", sql::text(m.mailbox)},
                                    {":uid_validity", qint64(m.uidValidity)},
                                    {":uid", qint64(m.uid)},
                                    {":arrived_at", toStorageTimestamp(m.arrivedAt)},
                                    {":sender_address", sql::text(m.senderAddress)},
                                    {":sender_name", sql::text(m.senderName)},
                                    {":subject", sql::text(m.subject)},
                                    {":body", sql::text(m.body)},
                                    {":attachments", m.attachments},
                                    {":raw", m.raw},
                                    {":fetched_at", toStorageTimestamp(m.fetchedAt)}},
                                   QCoreApplication::translate("MailMessageRepository", "the mail could not be saved"));
    if (!q)
        return fail(q.error());
    return q->numRowsAffected() == 1;
}

Result<QHash<quint64, quint64>> MailMessageRepository::highestUids(const QString& mailbox) const
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kHighestUids, {{":mailbox", sql::text(mailbox)}},
                                   QCoreApplication::translate("MailMessageRepository", "the inbox could not be read"));
    if (!q)
        return fail(q.error());
    QHash<quint64, quint64> highest;
    while (q->next())
        highest.insert(q->value(0).toULongLong(), q->value(1).toULongLong());
    return highest;
}

Result<QList<MailMessage>> MailMessageRepository::pending() const
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kPending, {},
                                   QCoreApplication::translate("MailMessageRepository", "the inbox could not be read"));
    if (!q)
        return fail(q.error());
    QList<MailMessage> messages;
    while (q->next())
        messages.append(messageFrom(*q));
    return messages;
}

Result<MailMessage> MailMessageRepository::find(qint64 id) const
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kFind, {{":id", id}},
                                   QCoreApplication::translate("MailMessageRepository", "the mail could not be read"));
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(Error::Code::NotFound,
                    QCoreApplication::translate("MailMessageRepository", "The mail no longer exists."));
    return messageFrom(*q);
}

Result<MailMessage> MailMessageRepository::findByReport(qint64 reportId) const
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kFindByReport, {{":report_id", reportId}},
                                   QCoreApplication::translate("MailMessageRepository", "the mail could not be read"));
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(Error::Code::NotFound,
                    QCoreApplication::translate("MailMessageRepository", "No mail became this report."));
    return messageFrom(*q);
}

Result<void> MailMessageRepository::setHandled(const MailMessage& m)
{
    Result<QSqlQuery> q =
        sql::run(m_database.connection(), kSetHandled,
                 {{":id", m.id},
                  {":state", stateCode(m.state)},
                  {":report_id", m.reportId != 0 ? QVariant(m.reportId) : QVariant(QMetaType(QMetaType::LongLong))},
                  {":handled_at", toStorageTimestamp(m.handledAt)},
                  {":handled_by", sql::text(m.handledBy)}},
                 QCoreApplication::translate("MailMessageRepository", "the mail could not be saved"));
    if (!q)
        return fail(q.error());
    if (q->numRowsAffected() != 1)
        return fail(Error::Code::Conflict, QCoreApplication::translate("MailMessageRepository",
                                                                       "Someone else has already handled this mail."));
    return {};
}

Result<QHash<QString, qint64>> MailMessageRepository::rememberedAddresses() const
{
    Result<QSqlQuery> q =
        sql::run(m_database.connection(), kRemembered, {},
                 QCoreApplication::translate("MailMessageRepository", "the departments' addresses could not be read"));
    if (!q)
        return fail(q.error());
    QHash<QString, qint64> addresses;
    while (q->next())
        addresses.insert(q->value(0).toString(), q->value(1).toLongLong());
    return addresses;
}

Result<void> MailMessageRepository::rememberAddress(const QString& address, qint64 departmentId, const QDateTime& at)
{
    Result<QSqlQuery> q =
        sql::run(m_database.connection(), kRemember,
                 {{":address", address.trimmed().toLower()},
                  {":department_id", departmentId},
                  {":remembered_at", toStorageTimestamp(at)}},
                 QCoreApplication::translate("MailMessageRepository", "the department's address could not be saved"));
    if (!q)
        return fail(q.error());
    return {};
}

} // namespace branddesk
