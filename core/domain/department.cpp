// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/department.h"

#include "core/text/collation.h"

#include <QCoreApplication>

#include <algorithm>

namespace branddesk {

QList<DepartmentCategory> allDepartmentCategories()
{
    return {DepartmentCategory::PartyMass, DepartmentCategory::Administrative, DepartmentCategory::PoliticalLegal,
            DepartmentCategory::Other};
}

QString departmentCategoryCode(DepartmentCategory category)
{
    switch (category) {
    case DepartmentCategory::PartyMass:
        return QStringLiteral("party");
    case DepartmentCategory::Administrative:
        return QStringLiteral("admin");
    case DepartmentCategory::PoliticalLegal:
        return QStringLiteral("legal");
    case DepartmentCategory::Other:
        break;
    }
    return QStringLiteral("other");
}

std::optional<DepartmentCategory> departmentCategoryFromCode(const QString& code)
{
    for (DepartmentCategory category : allDepartmentCategories()) {
        if (departmentCategoryCode(category) == code)
            return category;
    }
    return std::nullopt;
}

QString departmentCategoryName(DepartmentCategory category)
{
    switch (category) {
    case DepartmentCategory::PartyMass:
        return QCoreApplication::translate("Department", "Party and mass organisation");
    case DepartmentCategory::Administrative:
        return QCoreApplication::translate("Department", "Administrative department");
    case DepartmentCategory::PoliticalLegal:
        return QCoreApplication::translate("Department", "Political and legal department");
    case DepartmentCategory::Other:
        break;
    }
    return QCoreApplication::translate("Department", "Other");
}

MergeResult<Department> mergeDepartments(const Department& base, const Department& mine, const Department& theirs)
{
    MergeResult<Department> result = RecordMerge(base, mine, theirs)
                                         .field("name", &Department::name)
                                         .field("short_name", &Department::shortName)
                                         .field("category", &Department::category)
                                         .field("enterprise_facing", &Department::enterpriseFacing)
                                         .field("supervises_intermediaries", &Department::supervisesIntermediaries)
                                         .field("principal_leader", &Department::principalLeader)
                                         .field("leader_in_charge", &Department::leaderInCharge)
                                         .field("contact_person", &Department::contactPerson)
                                         .field("phone", &Department::phone)
                                         .field("email", &Department::email)
                                         .field("sort_order", &Department::sortOrder)
                                         .field("active", &Department::active)
                                         .result();
    result.merged.version = theirs.version;
    result.merged.updatedAt = theirs.updatedAt;
    return result;
}

bool registerOrderLess(const Department& a, const Department& b)
{
    if (a.sortOrder != b.sortOrder)
        return a.sortOrder < b.sortOrder;
    return pinyinLess(a.name, b.name);
}

QList<Department> activeInRegisterOrder(const QList<Department>& departments)
{
    QList<Department> active;
    std::copy_if(departments.begin(), departments.end(), std::back_inserter(active),
                 [](const Department& d) { return d.active; });
    std::sort(active.begin(), active.end(), registerOrderLess);
    return active;
}

} // namespace branddesk
