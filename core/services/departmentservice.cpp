// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/departmentservice.h"

#include "core/accounts/currentuser.h"
#include "core/audit/auditsnapshots.h"
#include "core/clock.h"
#include "core/domain/completeness.h"
#include "core/domain/validation.h"
#include "core/services/auditedwrites.h"
#include "core/services/auditlog.h"
#include "core/storage/database.h"
#include "core/text/collation.h"

#include <algorithm>

namespace branddesk {

DepartmentService::DepartmentService(Database& database, const Clock& clock, const CurrentUser& user, AuditLog& audit,
                                     QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_user(user)
    , m_audit(audit)
    , m_departments(database)
    , m_brands(database)
{}

Result<QList<DepartmentOverview>> DepartmentService::overviews() const
{
    Result<QList<Department>> departments = m_departments.all();
    if (!departments)
        return fail(departments.error());
    Result<QList<BrandOverview>> brands = m_brands.overviews();
    if (!brands)
        return fail(brands.error());
    QHash<qint64, DepartmentOverview> byId;
    for (const Department& d : *departments)
        byId.insert(d.id, DepartmentOverview{d, 0, -1});
    for (const BrandOverview& b : *brands) {
        auto it = byId.find(b.brand.departmentId);
        if (it == byId.end())
            continue;
        ++it->brandCount;
        it->bestCompleteness = std::max(it->bestCompleteness, Completeness::of(b.brand).percent());
    }
    QList<DepartmentOverview> result = byId.values();
    std::sort(result.begin(), result.end(),
              [](const auto& a, const auto& b) { return registerOrderLess(a.department, b.department); });
    return result;
}

Result<QList<Department>> DepartmentService::activeDepartments() const
{
    Result<QList<Department>> departments = m_departments.all();
    if (!departments)
        return departments;
    return activeInRegisterOrder(*departments);
}

Result<Department> DepartmentService::find(qint64 id) const
{
    return m_departments.find(id);
}

Result<void> DepartmentService::checkNameFree(const Department& department) const
{
    Result<bool> taken = m_departments.nameTaken(department.name, department.id);
    if (!taken)
        return fail(taken.error());
    if (*taken)
        return fail(Error::Code::Validation, tr("A department named \"%1\" already exists.").arg(department.name));
    return {};
}

Result<Department> DepartmentService::add(Department department)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return fail(allowed.error());
    department.name = department.name.trimmed();
    department.shortName = department.shortName.trimmed();
    department.id = 0;
    if (Result<void> valid = validateDepartment(department); !valid)
        return fail(valid.error());
    if (Result<void> free = checkNameFree(department); !free)
        return fail(free.error());
    department.createdAt = m_clock.nowUtc();
    department.updatedAt = department.createdAt;
    Result<void> done = m_database.transaction([this, &department]() -> Result<void> {
        Result<qint64> id = m_departments.insert(department);
        if (!id)
            return fail(id.error());
        department.id = *id;
        return m_audit.recordInsert(AuditEntities::kDepartment, department.id, snapshotOf(department));
    });
    if (!done)
        return fail(done.error());
    department.version = 1;
    audited::announceChanged(m_database, this);
    return department;
}

Result<Department> DepartmentService::update(Department department)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return fail(allowed.error());
    department.name = department.name.trimmed();
    department.shortName = department.shortName.trimmed();
    if (Result<void> valid = validateDepartment(department); !valid)
        return fail(valid.error());
    if (Result<void> free = checkNameFree(department); !free)
        return fail(free.error());
    const QDateTime loadedAt = department.updatedAt;
    department.updatedAt = m_clock.nowUtc();
    Result<void> done = m_database.transaction([&]() -> Result<void> {
        Result<Department> before = m_departments.find(department.id);
        if (!before)
            return fail(before.error());
        if (Result<void> saved = m_departments.update(department); !saved)
            return saved.error().code == Error::Code::Conflict
                       ? fail(m_audit.explainConflict(saved.error(), AuditEntities::kDepartment, department.id,
                                                      loadedAt))
                       : saved;
        return m_audit.recordUpdate(AuditEntities::kDepartment, department.id, snapshotOf(*before),
                                    snapshotOf(department));
    });
    if (!done)
        return fail(done.error());
    ++department.version;
    audited::announceChanged(m_database, this);
    return department;
}

Result<Department> DepartmentService::setActive(qint64 id, bool active)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return fail(allowed.error());
    Result<Department> department = m_departments.find(id);
    if (!department)
        return department;
    if (department->active == active)
        return department;
    department->active = active;
    return update(*department);
}

Result<void> DepartmentService::remove(qint64 id)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return allowed;
    return audited::write(m_database, this, [this, id]() -> Result<void> {
        Result<Department> before = m_departments.find(id);
        if (!before) // already gone: nothing to remove, nothing to record
            return before.error().code == Error::Code::NotFound ? Result<void>() : fail(before.error());
        Result<QHash<qint64, int>> counts = m_departments.brandCounts();
        if (!counts)
            return fail(counts.error());
        if (counts->value(id) > 0)
            return fail(Error::Code::InUse, tr("This department has brand records and cannot be deleted. Deactivate "
                                               "it instead: its records are kept and it leaves the lists."));
        if (Result<void> removed = m_departments.remove(id); !removed) {
            // Milestone records, weekly reports and inspections hold on to their department (ON DELETE RESTRICT).
            if (removed.error().code == Error::Code::Conflict)
                return fail(
                    Error::Code::InUse,
                    tr("This department has milestone records, weekly reports or inspections and cannot be deleted. "
                       "Deactivate it instead: its records are kept and it leaves the lists."));
            return removed;
        }
        return m_audit.recordDelete(AuditEntities::kDepartment, id, snapshotOf(*before));
    });
}

} // namespace branddesk
