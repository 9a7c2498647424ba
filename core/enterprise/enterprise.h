// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace branddesk {

/// What a remembered name stands for: the three places "三进" goes into.
enum class EnterpriseKind {
    Enterprise, ///< 重点企业
    Zone,       ///< 开发区（工业园区）
    Project,    ///< 重点工程
};
QList<EnterpriseKind> allEnterpriseKinds();
/// Stable code stored in the database ("enterprise", "zone", "project").
QString enterpriseKindCode(EnterpriseKind kind);
std::optional<EnterpriseKind> enterpriseKindFromCode(const QString& code);
/// Translated name (企业, 开发区（园区）, 重点工程).
QString enterpriseKindName(EnterpriseKind kind);

/// An enterprise, development zone or key project the departments serve, remembered by its (unique) name so
/// the second visit picks it from a list and its page collects every visit, delivery and problem.
struct Enterprise {
    qint64 id = 0; ///< 0 until stored
    QString name;  ///< "常州某某科技有限公司"
    EnterpriseKind kind = EnterpriseKind::Enterprise;
    int activityCount = 0; ///< read with the list: activities recorded at it
    int problemCount = 0;  ///< read with the list: problems raised by it
};

} // namespace branddesk
