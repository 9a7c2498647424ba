// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/brandrepository.h"

#include "core/clock.h"
#include "core/storage/database.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace branddesk {
namespace {

// The twelve text columns, in BrandField order; the statements below list them in the same order.
constexpr std::array<const char*, kBrandFieldCount> kFieldParameters = {
    ":name",          ":logo_meaning",     ":mission",         ":spirit",           ":philosophy",
    ":goal",          ":service_subjects", ":service_content", ":service_measures", ":service_commitments",
    ":service_rules", ":social_benefit"};

constexpr const char* kSelectOverviews =
    "SELECT b.id, b.department_id, b.status, b.name, b.logo_meaning, b.mission, b.spirit, b.philosophy, b.goal, "
    "b.service_subjects, b.service_content, b.service_measures, b.service_commitments, b.service_rules, "
    "b.social_benefit, b.created_at, b.updated_at, b.version, "
    "EXISTS (SELECT 1 FROM brand_logos l WHERE l.brand_id = b.id), d.name, d.category, d.active "
    "FROM brands b JOIN departments d ON d.id = b.department_id";
constexpr const char* kSelectOne =
    "SELECT b.id, b.department_id, b.status, b.name, b.logo_meaning, b.mission, b.spirit, b.philosophy, b.goal, "
    "b.service_subjects, b.service_content, b.service_measures, b.service_commitments, b.service_rules, "
    "b.social_benefit, b.created_at, b.updated_at, b.version, "
    "l.image, l.thumbnail, l.width, l.height, l.source_format "
    "FROM brands b LEFT JOIN brand_logos l ON l.brand_id = b.id WHERE b.id = :id";
constexpr const char* kInsert =
    "INSERT INTO brands (department_id, status, name, logo_meaning, mission, spirit, philosophy, goal, "
    "service_subjects, service_content, service_measures, service_commitments, service_rules, social_benefit, "
    "created_at, updated_at, version) VALUES (:department_id, :status, :name, :logo_meaning, :mission, :spirit, "
    ":philosophy, :goal, :service_subjects, :service_content, :service_measures, :service_commitments, "
    ":service_rules, :social_benefit, :created_at, :updated_at, 1)";
constexpr const char* kUpdate =
    "UPDATE brands SET department_id = :department_id, status = :status, name = :name, logo_meaning = :logo_meaning, "
    "mission = :mission, spirit = :spirit, philosophy = :philosophy, goal = :goal, "
    "service_subjects = :service_subjects, service_content = :service_content, "
    "service_measures = :service_measures, service_commitments = :service_commitments, "
    "service_rules = :service_rules, social_benefit = :social_benefit, updated_at = :updated_at, "
    "version = version + 1 WHERE id = :id AND version = :version";
constexpr const char* kDelete = "DELETE FROM brands WHERE id = :id";
constexpr const char* kExists = "SELECT count(*) FROM brands WHERE id = :id";
constexpr const char* kNameTaken = "SELECT count(*) FROM brands WHERE name = :name AND id <> :id";
constexpr const char* kUpsertLogo =
    "INSERT INTO brand_logos (brand_id, image, thumbnail, width, height, source_format) "
    "VALUES (:brand_id, :image, :thumbnail, :width, :height, :source_format) "
    "ON CONFLICT (brand_id) DO UPDATE SET image = excluded.image, thumbnail = excluded.thumbnail, "
    "width = excluded.width, height = excluded.height, source_format = excluded.source_format";
constexpr const char* kDeleteLogo = "DELETE FROM brand_logos WHERE brand_id = :brand_id";

/// Reads the 18 brand columns every SELECT above starts with.
Brand brandFromRow(const QSqlQuery& q)
{
    Brand b;
    b.id = q.value(0).toLongLong();
    b.departmentId = q.value(1).toLongLong();
    b.status = brandStatusFromCode(q.value(2).toString()).value_or(BrandStatus::Cultivating);
    for (int i = 0; i < kBrandFieldCount; ++i)
        b.texts.at(static_cast<std::size_t>(i)) = q.value(3 + i).toString();
    b.createdAt = fromStorageTimestamp(q.value(15).toString());
    b.updatedAt = fromStorageTimestamp(q.value(16).toString());
    b.version = q.value(17).toInt();
    return b;
}

void bindFields(QSqlQuery& q, const Brand& b)
{
    q.bindValue(QStringLiteral(":department_id"), b.departmentId);
    q.bindValue(QStringLiteral(":status"), brandStatusCode(b.status));
    for (int i = 0; i < kBrandFieldCount; ++i)
        q.bindValue(QString::fromLatin1(kFieldParameters.at(static_cast<std::size_t>(i))),
                    sql::text(b.texts.at(static_cast<std::size_t>(i))));
    q.bindValue(QStringLiteral(":updated_at"), toStorageTimestamp(b.updatedAt));
}

} // namespace

Result<QList<BrandOverview>> BrandRepository::overviews() const
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kSelectOverviews, {},
                                   QCoreApplication::translate("BrandRepository", "the brands could not be read"));
    if (!q)
        return fail(q.error());
    QList<BrandOverview> result;
    while (q->next()) {
        BrandOverview overview;
        overview.brand = brandFromRow(*q);
        overview.brand.hasLogo = q->value(18).toBool();
        overview.departmentName = q->value(19).toString();
        overview.departmentCategory =
            departmentCategoryFromCode(q->value(20).toString()).value_or(DepartmentCategory::Other);
        overview.departmentActive = q->value(21).toBool();
        result.append(overview);
    }
    return result;
}

Result<Brand> BrandRepository::find(qint64 id) const
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kSelectOne, {{":id", id}},
                                   QCoreApplication::translate("BrandRepository", "the brand could not be read"));
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(
            Error::Code::NotFound,
            QCoreApplication::translate("BrandRepository", "The brand no longer exists; it may have been removed."));
    Brand brand = brandFromRow(*q);
    if (!q->value(18).isNull()) {
        Logo logo;
        logo.png = q->value(18).toByteArray();
        logo.thumbnailPng = q->value(19).toByteArray();
        logo.size = QSize(q->value(20).toInt(), q->value(21).toInt());
        logo.sourceFormat = q->value(22).toString();
        brand.logo = logo;
        brand.hasLogo = true;
    }
    return brand;
}

Result<qint64> BrandRepository::insert(const Brand& brand)
{
    Result<QSqlQuery> q = sql::prepare(m_database.connection(), kInsert);
    if (!q)
        return fail(q.error());
    bindFields(*q, brand);
    q->bindValue(QStringLiteral(":created_at"), toStorageTimestamp(brand.createdAt));
    if (Result<void> done =
            sql::exec(*q, QCoreApplication::translate("BrandRepository", "the brand could not be saved"));
        !done)
        return fail(done.error());
    const qint64 id = q->lastInsertId().toLongLong();
    if (Result<void> logo = writeLogo(id, brand); !logo)
        return fail(logo.error());
    return id;
}

Result<void> BrandRepository::update(const Brand& brand)
{
    Result<QSqlQuery> q = sql::prepare(m_database.connection(), kUpdate);
    if (!q)
        return fail(q.error());
    bindFields(*q, brand);
    q->bindValue(QStringLiteral(":id"), brand.id);
    q->bindValue(QStringLiteral(":version"), brand.version);
    if (Result<void> done =
            sql::exec(*q, QCoreApplication::translate("BrandRepository", "the brand could not be saved"));
        !done)
        return done;
    if (q->numRowsAffected() != 1) {
        Result<QSqlQuery> exists =
            sql::run(m_database.connection(), kExists, {{":id", brand.id}},
                     QCoreApplication::translate("BrandRepository", "the brand could not be read"));
        if (exists && exists->next() && exists->value(0).toInt() == 0)
            return fail(Error::Code::NotFound,
                        QCoreApplication::translate("BrandRepository",
                                                    "The brand no longer exists; it may have been removed."));
        return fail(Error::Code::Conflict,
                    QCoreApplication::translate("BrandRepository",
                                                "Someone else changed this brand after you opened it. Reopen it to see "
                                                "their changes, then make yours again."));
    }
    return writeLogo(brand.id, brand);
}

Result<void> BrandRepository::writeLogo(qint64 brandId, const Brand& brand)
{
    if (brand.logo) {
        Result<QSqlQuery> q = sql::run(m_database.connection(), kUpsertLogo,
                                       {{":brand_id", brandId},
                                        {":image", brand.logo->png},
                                        {":thumbnail", brand.logo->thumbnailPng},
                                        {":width", brand.logo->size.width()},
                                        {":height", brand.logo->size.height()},
                                        {":source_format", brand.logo->sourceFormat}},
                                       QCoreApplication::translate("BrandRepository", "the logo could not be saved"));
        return q ? Result<void>() : fail(q.error());
    }
    if (!brand.logoPresent()) {
        Result<QSqlQuery> q = sql::run(m_database.connection(), kDeleteLogo, {{":brand_id", brandId}},
                                       QCoreApplication::translate("BrandRepository", "the logo could not be removed"));
        return q ? Result<void>() : fail(q.error());
    }
    return {};
}

Result<void> BrandRepository::remove(qint64 id)
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kDelete, {{":id", id}},
                                   QCoreApplication::translate("BrandRepository", "the brand could not be removed"));
    return q ? Result<void>() : fail(q.error());
}

Result<bool> BrandRepository::nameTaken(const QString& name, qint64 exceptId) const
{
    Result<QSqlQuery> q =
        sql::run(m_database.connection(), kNameTaken, {{":name", name}, {":id", exceptId}},
                 QCoreApplication::translate("BrandRepository", "the brand names could not be checked"));
    if (!q)
        return fail(q.error());
    return q->next() && q->value(0).toInt() > 0;
}

} // namespace branddesk
