// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/enterpriserepository.h"

#include "core/clock.h"
#include "core/storage/database.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace branddesk {
namespace {

constexpr const char* kAll = "SELECT e.id, e.name, e.kind, "
                             "(SELECT COUNT(*) FROM enterprise_activities a WHERE a.enterprise_id = e.id), "
                             "(SELECT COUNT(*) FROM enterprise_problems p WHERE p.enterprise_id = e.id) "
                             "FROM enterprises e ORDER BY e.name";
constexpr const char* kFind = "SELECT id, name, kind, 0, 0 FROM enterprises WHERE id = :id";
constexpr const char* kFindByName = "SELECT id, name, kind, 0, 0 FROM enterprises WHERE name = :name";
constexpr const char* kInsert = "INSERT INTO enterprises (name, kind, created_at) VALUES (:name, :kind, :created_at)";

Enterprise enterpriseFrom(const QSqlQuery& q)
{
    Enterprise e;
    e.id = q.value(0).toLongLong();
    e.name = q.value(1).toString();
    e.kind = enterpriseKindFromCode(q.value(2).toString()).value_or(EnterpriseKind::Enterprise);
    e.activityCount = q.value(3).toInt();
    e.problemCount = q.value(4).toInt();
    return e;
}

QString failedToRead()
{
    return QCoreApplication::translate("EnterpriseRepository", "the enterprises could not be read");
}

} // namespace

Result<QList<Enterprise>> EnterpriseRepository::all() const
{
    return sql::readAll(m_database.connection(), kAll, {}, failedToRead(), enterpriseFrom);
}

Result<Enterprise> EnterpriseRepository::find(qint64 id) const
{
    return sql::readOne(m_database.connection(), kFind, {{":id", id}}, failedToRead(), enterpriseFrom, [] {
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("EnterpriseRepository", "The enterprise no longer exists."));
    });
}

Result<std::optional<Enterprise>> EnterpriseRepository::findByName(const QString& name) const
{
    return sql::readFirst(m_database.connection(), kFindByName, {{":name", sql::text(name)}}, failedToRead(),
                          enterpriseFrom);
}

Result<qint64> EnterpriseRepository::insert(const Enterprise& enterprise, const QDateTime& createdAt)
{
    Result<QSqlQuery> q =
        sql::run(m_database.connection(), kInsert,
                 {{":name", sql::text(enterprise.name)},
                  {":kind", enterpriseKindCode(enterprise.kind)},
                  {":created_at", toStorageTimestamp(createdAt)}},
                 QCoreApplication::translate("EnterpriseRepository", "the enterprise could not be saved"));
    if (!q)
        return fail(q.error());
    return q->lastInsertId().toLongLong();
}

} // namespace branddesk
