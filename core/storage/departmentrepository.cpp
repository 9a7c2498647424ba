// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/departmentrepository.h"

#include "core/clock.h"
#include "core/storage/database.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace branddesk {
namespace {

constexpr const char* kSelectAll =
    "SELECT id, name, short_name, category, enterprise_facing, supervises_intermediaries, "
    "principal_leader, leader_in_charge, contact_person, phone, email, sort_order, "
    "active, created_at, updated_at, version FROM departments";
constexpr const char* kSelectOne =
    "SELECT id, name, short_name, category, enterprise_facing, supervises_intermediaries, "
    "principal_leader, leader_in_charge, contact_person, phone, email, sort_order, "
    "active, created_at, updated_at, version FROM departments WHERE id = :id";
constexpr const char* kInsert =
    "INSERT INTO departments (name, short_name, category, enterprise_facing, supervises_intermediaries, "
    "principal_leader, leader_in_charge, contact_person, phone, email, sort_order, active, created_at, updated_at, "
    "version) VALUES (:name, :short_name, :category, :enterprise_facing, :supervises_intermediaries, "
    ":principal_leader, :leader_in_charge, :contact_person, :phone, :email, :sort_order, :active, :created_at, "
    ":updated_at, 1)";
constexpr const char* kUpdate =
    "UPDATE departments SET name = :name, short_name = :short_name, category = :category, "
    "enterprise_facing = :enterprise_facing, supervises_intermediaries = :supervises_intermediaries, "
    "principal_leader = :principal_leader, leader_in_charge = :leader_in_charge, contact_person = :contact_person, "
    "phone = :phone, email = :email, sort_order = :sort_order, active = :active, updated_at = :updated_at, "
    "version = version + 1 WHERE id = :id AND version = :version";
constexpr const char* kDelete = "DELETE FROM departments WHERE id = :id";
constexpr const char* kBackdate = "UPDATE departments SET created_at = :created_at WHERE id = :id";
constexpr const char* kNameTaken = "SELECT count(*) FROM departments WHERE name = :name AND id <> :id";
constexpr const char* kExists = "SELECT count(*) FROM departments WHERE id = :id";
constexpr const char* kBrandCounts = "SELECT department_id, count(*) FROM brands GROUP BY department_id";

Department fromRow(const QSqlQuery& q)
{
    Department d;
    d.id = q.value(0).toLongLong();
    d.name = q.value(1).toString();
    d.shortName = q.value(2).toString();
    d.category = departmentCategoryFromCode(q.value(3).toString()).value_or(DepartmentCategory::Other);
    d.enterpriseFacing = q.value(4).toBool();
    d.supervisesIntermediaries = q.value(5).toBool();
    d.principalLeader = q.value(6).toString();
    d.leaderInCharge = q.value(7).toString();
    d.contactPerson = q.value(8).toString();
    d.phone = q.value(9).toString();
    d.email = q.value(10).toString();
    d.sortOrder = q.value(11).toInt();
    d.active = q.value(12).toBool();
    d.createdAt = fromStorageTimestamp(q.value(13).toString());
    d.updatedAt = fromStorageTimestamp(q.value(14).toString());
    d.version = q.value(15).toInt();
    return d;
}

void bindFields(QSqlQuery& q, const Department& d)
{
    q.bindValue(QStringLiteral(":name"), sql::text(d.name));
    q.bindValue(QStringLiteral(":short_name"), sql::text(d.shortName));
    q.bindValue(QStringLiteral(":category"), departmentCategoryCode(d.category));
    q.bindValue(QStringLiteral(":enterprise_facing"), d.enterpriseFacing ? 1 : 0);
    q.bindValue(QStringLiteral(":supervises_intermediaries"), d.supervisesIntermediaries ? 1 : 0);
    q.bindValue(QStringLiteral(":principal_leader"), sql::text(d.principalLeader));
    q.bindValue(QStringLiteral(":leader_in_charge"), sql::text(d.leaderInCharge));
    q.bindValue(QStringLiteral(":contact_person"), sql::text(d.contactPerson));
    q.bindValue(QStringLiteral(":phone"), sql::text(d.phone));
    q.bindValue(QStringLiteral(":email"), sql::text(d.email));
    q.bindValue(QStringLiteral(":sort_order"), d.sortOrder);
    q.bindValue(QStringLiteral(":active"), d.active ? 1 : 0);
    q.bindValue(QStringLiteral(":updated_at"), toStorageTimestamp(d.updatedAt));
}

} // namespace

Result<QList<Department>> DepartmentRepository::all() const
{
    Result<QSqlQuery> q =
        sql::run(m_database.connection(), kSelectAll, {},
                 QCoreApplication::translate("DepartmentRepository", "the departments could not be read"));
    if (!q)
        return fail(q.error());
    QList<Department> result;
    while (q->next())
        result.append(fromRow(*q));
    return result;
}

Result<Department> DepartmentRepository::find(qint64 id) const
{
    Result<QSqlQuery> q =
        sql::run(m_database.connection(), kSelectOne, {{":id", id}},
                 QCoreApplication::translate("DepartmentRepository", "the department could not be read"));
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(Error::Code::NotFound,
                    QCoreApplication::translate("DepartmentRepository",
                                                "The department no longer exists; it may have been removed."));
    return fromRow(*q);
}

Result<qint64> DepartmentRepository::insert(const Department& department)
{
    Result<QSqlQuery> q = sql::prepare(m_database.connection(), kInsert);
    if (!q)
        return fail(q.error());
    bindFields(*q, department);
    q->bindValue(QStringLiteral(":created_at"), toStorageTimestamp(department.createdAt));
    if (Result<void> done =
            sql::exec(*q, QCoreApplication::translate("DepartmentRepository", "the department could not be saved"));
        !done)
        return fail(done.error());
    return q->lastInsertId().toLongLong();
}

Result<void> DepartmentRepository::update(const Department& department)
{
    Result<QSqlQuery> q = sql::prepare(m_database.connection(), kUpdate);
    if (!q)
        return fail(q.error());
    bindFields(*q, department);
    q->bindValue(QStringLiteral(":id"), department.id);
    q->bindValue(QStringLiteral(":version"), department.version);
    if (Result<void> done =
            sql::exec(*q, QCoreApplication::translate("DepartmentRepository", "the department could not be saved"));
        !done)
        return done;
    if (q->numRowsAffected() == 1)
        return {};
    Result<QSqlQuery> exists =
        sql::run(m_database.connection(), kExists, {{":id", department.id}},
                 QCoreApplication::translate("DepartmentRepository", "the department could not be read"));
    if (exists && exists->next() && exists->value(0).toInt() == 0)
        return fail(Error::Code::NotFound,
                    QCoreApplication::translate("DepartmentRepository",
                                                "The department no longer exists; it may have been removed."));
    return fail(Error::Code::Conflict,
                QCoreApplication::translate("DepartmentRepository",
                                            "Someone else changed this department after you opened it. Reopen it to "
                                            "see their changes, then make yours again."));
}

Result<void> DepartmentRepository::remove(qint64 id)
{
    Result<QSqlQuery> q =
        sql::run(m_database.connection(), kDelete, {{":id", id}},
                 QCoreApplication::translate("DepartmentRepository", "the department could not be removed"));
    if (!q)
        return fail(q.error());
    return {};
}

Result<bool> DepartmentRepository::nameTaken(const QString& name, qint64 exceptId) const
{
    Result<QSqlQuery> q =
        sql::run(m_database.connection(), kNameTaken, {{":name", name}, {":id", exceptId}},
                 QCoreApplication::translate("DepartmentRepository", "the department names could not be checked"));
    if (!q)
        return fail(q.error());
    return q->next() && q->value(0).toInt() > 0;
}

Result<QHash<qint64, int>> DepartmentRepository::brandCounts() const
{
    Result<QSqlQuery> q =
        sql::run(m_database.connection(), kBrandCounts, {},
                 QCoreApplication::translate("DepartmentRepository", "the brands could not be counted"));
    if (!q)
        return fail(q.error());
    QHash<qint64, int> counts;
    while (q->next())
        counts.insert(q->value(0).toLongLong(), q->value(1).toInt());
    return counts;
}

Result<void> DepartmentRepository::backdateCreation(qint64 id, const QDateTime& createdAt)
{
    Result<QSqlQuery> q =
        sql::run(m_database.connection(), kBackdate, {{":id", id}, {":created_at", toStorageTimestamp(createdAt)}},
                 QCoreApplication::translate("DepartmentRepository", "the department could not be saved"));
    return q ? Result<void>() : fail(q.error());
}

} // namespace branddesk
