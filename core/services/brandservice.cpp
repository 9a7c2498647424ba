// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/brandservice.h"

#include "core/clock.h"
#include "core/domain/validation.h"
#include "core/storage/database.h"
#include "core/text/collation.h"

#include <algorithm>

namespace branddesk {

BrandService::BrandService(Database& database, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
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
    brand.id = 0;
    if (Result<void> ok = checkBeforeSave(brand); !ok)
        return fail(ok.error());
    brand.createdAt = m_clock.nowUtc();
    brand.updatedAt = brand.createdAt;
    Result<qint64> id = fail(Error::Code::Generic, QString());
    Result<void> done = m_database.transaction([this, &brand, &id]() -> Result<void> {
        id = m_brands.insert(brand);
        return id ? Result<void>() : fail(id.error());
    });
    if (!done)
        return fail(done.error());
    brand.id = *id;
    brand.version = 1;
    brand.hasLogo = brand.logoPresent();
    emit changed();
    return brand;
}

Result<Brand> BrandService::update(Brand brand)
{
    if (Result<void> ok = checkBeforeSave(brand); !ok)
        return fail(ok.error());
    brand.updatedAt = m_clock.nowUtc();
    if (Result<void> done = m_database.transaction([this, &brand] { return m_brands.update(brand); }); !done)
        return fail(done.error());
    ++brand.version;
    brand.hasLogo = brand.logoPresent();
    emit changed();
    return brand;
}

Result<void> BrandService::remove(qint64 id)
{
    Result<void> done = m_database.transaction([this, id] { return m_brands.remove(id); });
    if (done)
        emit changed();
    return done;
}

} // namespace branddesk
