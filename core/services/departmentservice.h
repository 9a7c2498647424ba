// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/department.h"
#include "core/error.h"
#include "core/storage/brandrepository.h"
#include "core/storage/departmentrepository.h"

#include <QObject>

namespace branddesk {

class AuditLog;
class Clock;
class CurrentUser;
class Database;

/// The department register: what the UI calls to list, add, edit, deactivate and remove departments.
/// Validates, keeps names unique, stamps times from the Clock, and announces every change. Every change
/// needs a user who may write (CurrentUser::requireWrite) and is recorded in the AuditLog.
class DepartmentService : public QObject {
    Q_OBJECT
public:
    DepartmentService(Database& database, const Clock& clock, const CurrentUser& user, AuditLog& audit,
                      QObject* parent = nullptr);

    /// Every department (active and not) with its brand figures, in sort order then pinyin order.
    Result<QList<DepartmentOverview>> overviews() const;
    /// Active departments only, in the same order: for pickers.
    Result<QList<Department>> activeDepartments() const;
    Result<Department> find(qint64 id) const;
    /// Validates and stores a new department; returns it as stored (with id, times and version).
    Result<Department> add(Department department);
    /// Validates and stores changes made to a department loaded at `department.version`.
    Result<Department> update(Department department);
    /// Deactivates or reactivates: a deactivated department keeps all its data but leaves pickers and figures.
    Result<Department> setActive(qint64 id, bool active);
    /// Removes a department that has no data; one with brands (or later reports) must be deactivated instead.
    Result<void> remove(qint64 id);

signals:
    /// Emitted after any successful change.
    void changed();

private:
    Result<void> checkNameFree(const Department& department) const;

    Database& m_database;
    const Clock& m_clock;
    const CurrentUser& m_user;
    AuditLog& m_audit;
    DepartmentRepository m_departments;
    BrandRepository m_brands;
};

} // namespace branddesk
