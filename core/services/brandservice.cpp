// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/brandservice.h"

#include "core/accounts/currentuser.h"
#include "core/audit/auditsnapshots.h"
#include "core/clock.h"
#include "core/domain/validation.h"
#include "core/services/auditedwrites.h"
#include "core/services/auditlog.h"
#include "core/storage/database.h"
#include "core/text/collation.h"

#include <algorithm>

namespace branddesk {
namespace {

/// The fingerprint of the logo a stored brand has (loaded with find()).
QString storedLogoDigest(const Brand& brand)
{
    return brand.logo ? logoDigest(brand.logo->png) : QString();
}

/// The fingerprint after saving `brand`: its new logo, none, or the one it kept.
QString savedLogoDigest(const Brand& brand, const QString& previous)
{
    if (brand.logo)
        return logoDigest(brand.logo->png);
    return brand.logoPresent() ? previous : QString();
}

} // namespace

BrandService::BrandService(Database& database, const Clock& clock, const CurrentUser& user, AuditLog& audit,
                           QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_user(user)
    , m_audit(audit)
    , m_brands(database)
    , m_departments(database)
{}

Result<QList<BrandOverview>> BrandService::overviews() const
{
    Result<QList<BrandOverview>> brands = m_brands.overviews();
    if (!brands)
        return brands;
    std::sort(brands->begin(), brands->end(), [](const BrandOverview& a, const BrandOverview& b) {
        if (const int byDepartment = compareChinese(a.departmentName, b.departmentName); byDepartment != 0)
            return byDepartment < 0;
        return pinyinLess(a.brand.name(), b.brand.name());
    });
    return brands;
}

Result<Brand> BrandService::find(qint64 id) const
{
    return m_brands.find(id);
}

Result<void> BrandService::checkBeforeSave(Brand& brand) const
{
    for (BrandField field : allBrandFields())
        brand.setText(field, brand.text(field).trimmed());
    if (Result<void> valid = validateBrand(brand); !valid)
        return valid;
    Result<Department> department = m_departments.find(brand.departmentId);
    if (!department)
        return fail(department.error());
    Result<bool> taken = m_brands.nameTaken(brand.name(), brand.id);
    if (!taken)
        return fail(taken.error());
    if (*taken)
        return fail(Error::Code::Validation, tr("A brand named \"%1\" already exists.").arg(brand.name()));
    return {};
}

Result<Brand> BrandService::add(Brand brand)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return fail(allowed.error());
    brand.id = 0;
    if (Result<void> ok = checkBeforeSave(brand); !ok)
        return fail(ok.error());
    brand.createdAt = m_clock.nowUtc();
    brand.updatedAt = brand.createdAt;
    Result<qint64> id = fail(Error::Code::Generic, QString());
    Result<void> done = m_database.transaction([this, &brand, &id]() -> Result<void> {
        id = m_brands.insert(brand);
        if (!id)
            return fail(id.error());
        return m_audit.recordInsert(AuditEntities::kBrand, *id, snapshotOf(brand, savedLogoDigest(brand, {})));
    });
    if (!done)
        return fail(done.error());
    brand.id = *id;
    brand.version = 1;
    brand.hasLogo = brand.logoPresent();
    audited::announceChanged(m_database, this);
    return brand;
}

Result<Brand> BrandService::update(Brand brand)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return fail(allowed.error());
    if (Result<void> ok = checkBeforeSave(brand); !ok)
        return fail(ok.error());
    const QDateTime loadedAt = brand.updatedAt;
    brand.updatedAt = m_clock.nowUtc();
    Result<void> done = m_database.transaction([&]() -> Result<void> {
        Result<Brand> before = m_brands.find(brand.id);
        if (!before)
            return fail(before.error());
        if (Result<void> saved = m_brands.update(brand); !saved)
            return saved.error().code == Error::Code::Conflict
                       ? fail(m_audit.explainConflict(saved.error(), AuditEntities::kBrand, brand.id, loadedAt))
                       : saved;
        const QString previousLogo = storedLogoDigest(*before);
        return m_audit.recordUpdate(AuditEntities::kBrand, brand.id, snapshotOf(*before, previousLogo),
                                    snapshotOf(brand, savedLogoDigest(brand, previousLogo)));
    });
    if (!done)
        return fail(done.error());
    ++brand.version;
    brand.hasLogo = brand.logoPresent();
    audited::announceChanged(m_database, this);
    return brand;
}

Result<void> BrandService::remove(qint64 id)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return allowed;
    return audited::write(m_database, this, [this, id]() -> Result<void> {
        Result<Brand> before = m_brands.find(id);
        if (!before) // already gone: nothing to remove, nothing to record
            return before.error().code == Error::Code::NotFound ? Result<void>() : fail(before.error());
        if (Result<void> removed = m_brands.remove(id); !removed)
            return removed;
        return m_audit.recordDelete(AuditEntities::kBrand, id, snapshotOf(*before, storedLogoDigest(*before)));
    });
}

} // namespace branddesk
