// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/auditsnapshots.h"

#include "core/accounts/user.h"
#include "core/domain/brand.h"
#include "core/domain/department.h"

#include <QCryptographicHash>

namespace branddesk {
namespace {

constexpr const char* kBrandTextKeys[kBrandFieldCount] = {
    "name",          "logo_meaning",     "mission",         "spirit",           "philosophy",
    "goal",          "service_subjects", "service_content", "service_measures", "service_commitments",
    "service_rules", "social_benefit"};

} // namespace

QJsonObject snapshotOf(const Department& d)
{
    return QJsonObject{
        {QStringLiteral("name"), d.name},
        {QStringLiteral("short_name"), d.shortName},
        {QStringLiteral("category"), departmentCategoryCode(d.category)},
        {QStringLiteral("enterprise_facing"), d.enterpriseFacing},
        {QStringLiteral("supervises_intermediaries"), d.supervisesIntermediaries},
        {QStringLiteral("principal_leader"), d.principalLeader},
        {QStringLiteral("leader_in_charge"), d.leaderInCharge},
        {QStringLiteral("contact_person"), d.contactPerson},
        {QStringLiteral("phone"), d.phone},
        {QStringLiteral("email"), d.email},
        {QStringLiteral("sort_order"), d.sortOrder},
        {QStringLiteral("active"), d.active},
    };
}

QJsonObject snapshotOf(const Brand& brand, const QString& logoDigest)
{
    QJsonObject object{
        {QStringLiteral("department_id"), brand.departmentId},
        {QStringLiteral("status"), brandStatusCode(brand.status)},
        {QStringLiteral("logo"), logoDigest},
    };
    for (int i = 0; i < kBrandFieldCount; ++i)
        object.insert(snapshotKey(static_cast<BrandField>(i)), brand.text(static_cast<BrandField>(i)));
    return object;
}

QJsonObject snapshotOf(const User& user)
{
    return QJsonObject{
        {QStringLiteral("name"), user.name},
        {QStringLiteral("role"), roleCode(user.role)},
        {QStringLiteral("active"), user.active},
    };
}

QString snapshotKey(BrandField field)
{
    return QLatin1String(kBrandTextKeys[static_cast<int>(field)]);
}

QString logoDigest(const QByteArray& png)
{
    if (png.isEmpty())
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex().left(16));
}

} // namespace branddesk
