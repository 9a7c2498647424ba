// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inspections/inspectioncheck.h"
#include "core/inspections/rectification.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace branddesk {

/// Why an inspection was made.
enum class InspectionKind {
    Regular, ///< 例行督查
    Special, ///< 专项督查
    Random,  ///< 随机抽查
};
QList<InspectionKind> allInspectionKinds();
/// Stable code stored in the database ("regular", "special", "random").
QString inspectionKindCode(InspectionKind kind);
std::optional<InspectionKind> inspectionKindFromCode(const QString& code);
/// Translated name (例行督查 …).
QString inspectionKindName(InspectionKind kind);

/// An inspection (督查) of one department on one day: who inspected, the checklist of brand standards and
/// milestones due with the verdicts, what was found, and the rectification demands left behind with their
/// follow-up.
struct Inspection {
    qint64 id = 0; ///< 0 until stored
    qint64 departmentId = 0;
    QDate date;
    QString inspectors; ///< the inspectors' names as written: "张建华、李明"
    InspectionKind kind = InspectionKind::Regular;
    QList<InspectionCheck> checks;
    QString findings; ///< plain text
    QList<Rectification> rectifications;
    QString recordedBy;
    QDateTime recordedAt; ///< UTC, set when first stored
    QDateTime updatedAt;  ///< UTC, set when stored
    int version = 0;

    /// The inspectors one by one (split at 、，,; and spaces).
    QStringList inspectorNames() const;
    /// How many checklist items have `result`.
    int countOf(CheckResult result) const;
    int openRectifications() const;
    int overdueRectifications(const QDate& today) const;
};

/// Limits on what an inspection may carry, in characters.
struct InspectionLimits {
    static constexpr int kInspectors = 200;
    static constexpr int kFindings = 20000;
    static constexpr int kNote = 1000;
    static constexpr int kDemand = 2000;
    static constexpr int kFollowUp = 2000;
};

} // namespace branddesk
