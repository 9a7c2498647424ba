// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/brand.h"

#include <QList>
#include <QString>

#include <optional>

namespace branddesk {

/// How an inspected department stands on one checklist item.
enum class CheckResult {
    NotChecked, ///< 未检查: not looked at this time
    Met,        ///< 达标
    Partly,     ///< 基本达标
    NotMet,     ///< 未达标
};
/// Every result in the order the form offers them: met, partly, not met, not checked.
QList<CheckResult> allCheckResults();
/// Stable code stored in the database ("met", "partly", "not-met", "not-checked").
QString checkResultCode(CheckResult result);
std::optional<CheckResult> checkResultFromCode(const QString& code);
/// Translated name (达标, 基本达标, 未达标, 未检查).
QString checkResultName(CheckResult result);

/// One line of an inspection's checklist (督查表): a brand standard or a milestone due, the inspectors'
/// verdict and their note. The label is kept as it was printed on the day, so a later rename of a milestone
/// does not rewrite an old inspection.
struct InspectionCheck {
    QString key;   ///< stable within an inspection: standardCheckKey(), milestoneCheckKey() or kNoBrandCheckKey
    QString label; ///< what was checked, as shown and printed
    CheckResult result = CheckResult::NotChecked;
    QString note;

    friend bool operator==(const InspectionCheck&, const InspectionCheck&) = default;
};

/// The key of the item checking a brand standard ("standard:logo").
QString standardCheckKey(BrandStandard standard);
/// The key of the item checking a milestone, by its code in the campaign definition ("milestone:brand-name").
QString milestoneCheckKey(const QString& milestoneCode);
/// The key of the single item of a department without a brand: "has a service brand".
inline constexpr QLatin1String kNoBrandCheckKey{"brand:exists"};

} // namespace branddesk
