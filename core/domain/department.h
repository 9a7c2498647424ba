// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/recordmerge.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace branddesk {

/// The notice's three kinds of department (党群 / 行政 / 政法), plus 其他 for the rest.
enum class DepartmentCategory { PartyMass, Administrative, PoliticalLegal, Other };

/// Every category, in the order the notice names them.
QList<DepartmentCategory> allDepartmentCategories();
/// Stable code stored in the database ("party", "admin", "legal", "other").
QString departmentCategoryCode(DepartmentCategory category);
std::optional<DepartmentCategory> departmentCategoryFromCode(const QString& code);
/// Translated display name (党群部门 …).
QString departmentCategoryName(DepartmentCategory category);

/// A municipal department or unit (部门/单位) taking part in the campaign.
struct Department {
    qint64 id = 0; ///< 0 until stored
    QString name;
    QString shortName;
    DepartmentCategory category = DepartmentCategory::Administrative;
    bool enterpriseFacing = false;         ///< 涉企部门
    bool supervisesIntermediaries = false; ///< 主管（监管）中介组织
    QString principalLeader;               ///< 主要领导, "负总责"
    QString leaderInCharge;                ///< 分管领导, "靠上抓"
    QString contactPerson;
    QString phone;
    QString email;
    int sortOrder = 0;
    bool active = true;
    QDateTime createdAt; ///< UTC
    QDateTime updatedAt; ///< UTC
    int version = 0;     ///< optimistic lock: bumped on every update

    /// The short name when there is one, else the full name.
    QString displayShortName() const { return shortName.isEmpty() ? name : shortName; }
};

/// Merges a form's edits (`mine`, from `base`) with another PC's save of the same department (`theirs`): see
/// RecordMerge. The merged department carries `theirs`' version, so that it can be saved over it.
MergeResult<Department> mergeDepartments(const Department& base, const Department& mine, const Department& theirs);

/// A department as lists show it: with the figures that flag it.
/// The register's order: sort order, then the name in pinyin order.
bool registerOrderLess(const Department& a, const Department& b);
/// The active departments of `departments`, in the register's order.
QList<Department> activeInRegisterOrder(const QList<Department>& departments);

struct DepartmentOverview {
    Department department;
    int brandCount = 0;
    /// The best completeness percentage among its brands, or -1 without a brand.
    int bestCompleteness = -1;
    /// "每个部门都至少要培育打造一项服务品牌": true when the department has no brand.
    bool lacksBrand() const { return brandCount == 0; }
};

} // namespace branddesk
