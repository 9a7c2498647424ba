// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/brand.h"
#include "core/error.h"
#include "core/storage/brandrepository.h"
#include "core/storage/departmentrepository.h"

#include <QObject>

namespace branddesk {

class AuditLog;
class Clock;
class CurrentUser;
class Database;

/// The brand register: list, add, edit and remove service brands, with their logos. Every change needs a
/// user who may write (CurrentUser::requireWrite) and is recorded in the AuditLog.
class BrandService : public QObject {
    Q_OBJECT
public:
    BrandService(Database& database, const Clock& clock, const CurrentUser& user, AuditLog& audit,
                 QObject* parent = nullptr);

    /// Every brand with its department, ordered by department (pinyin) then brand name.
    Result<QList<BrandOverview>> overviews() const;
    /// One brand with its logo, for editing.
    Result<Brand> find(qint64 id) const;
    Result<Brand> add(Brand brand);
    Result<Brand> update(Brand brand);
    Result<void> remove(qint64 id);

signals:
    void changed();

private:
    Result<void> checkBeforeSave(Brand& brand) const;

    Database& m_database;
    const Clock& m_clock;
    const CurrentUser& m_user;
    AuditLog& m_audit;
    BrandRepository m_brands;
    DepartmentRepository m_departments;
};

} // namespace branddesk
