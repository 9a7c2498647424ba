// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/department.h"
#include "core/domain/logo.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace branddesk {

/// The five standards a service brand must meet (notice §三 活动标准).
enum class BrandStandard { Name, Logo, Culture, ServiceSystem, SocialBenefit };

/// The twelve text fields of the five standards.
enum class BrandField {
    Name,               ///< 品牌名称
    LogoMeaning,        ///< 标识释义
    Mission,            ///< 机关宗旨
    Spirit,             ///< 组织精神
    Philosophy,         ///< 服务理念
    Goal,               ///< 品牌目标
    ServiceSubjects,    ///< 服务主体
    ServiceContent,     ///< 服务内容
    ServiceMeasures,    ///< 服务举措
    ServiceCommitments, ///< 服务承诺
    ServiceRules,       ///< 服务制度
    SocialBenefit,      ///< 社会效益
};
inline constexpr int kBrandFieldCount = 12;

/// Where a brand stands along the campaign.
enum class BrandStatus { Cultivating, Practising, Nominated, Typical, Named };

QList<BrandStandard> allBrandStandards();
QList<BrandField> allBrandFields();
QList<BrandStatus> allBrandStatuses();
/// The standard a field belongs to.
BrandStandard standardOf(BrandField field);
/// The fields of one standard, in order.
QList<BrandField> fieldsOf(BrandStandard standard);
/// Translated names (品牌名称, 品牌文化, 培育中 …).
QString brandStandardName(BrandStandard standard);
QString brandFieldName(BrandField field);
QString brandStatusName(BrandStatus status);
/// Stable codes stored in the database.
QString brandStatusCode(BrandStatus status);
std::optional<BrandStatus> brandStatusFromCode(const QString& code);

/// A department's service brand (服务品牌).
struct Brand {
    qint64 id = 0; ///< 0 until stored
    qint64 departmentId = 0;
    BrandStatus status = BrandStatus::Cultivating;
    std::array<QString, kBrandFieldCount> texts;
    /// The logo. Lists leave it empty and set only `hasLogo`; a brand loaded for editing carries it.
    std::optional<Logo> logo;
    bool hasLogo = false;
    QDateTime createdAt; ///< UTC
    QDateTime updatedAt; ///< UTC
    int version = 0;     ///< optimistic lock

    const QString& text(BrandField field) const { return texts.at(static_cast<std::size_t>(field)); }
    void setText(BrandField field, const QString& value) { texts.at(static_cast<std::size_t>(field)) = value; }
    const QString& name() const { return text(BrandField::Name); }
    bool logoPresent() const { return logo.has_value() || hasLogo; }
};

/// A brand as lists show it: with its department's name.
struct BrandOverview {
    Brand brand;
    QString departmentName;
    DepartmentCategory departmentCategory = DepartmentCategory::Administrative;
    bool departmentActive = true;
};

} // namespace branddesk
