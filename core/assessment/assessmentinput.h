// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assessment/assessmentscheme.h"
#include "core/domain/department.h"
#include "core/hotline/hotlinefigures.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace branddesk {

/// What a clerk enters by hand for a department and year: 加分, 扣分, 一票否决, or the 社会评议 score.
enum class AssessmentItemKind { Bonus, Deduction, Veto, Social };
QList<AssessmentItemKind> allAssessmentItemKinds();
/// "bonus", "deduction", "veto", "social" as stored.
QString assessmentItemKindCode(AssessmentItemKind kind);
std::optional<AssessmentItemKind> assessmentItemKindFromCode(const QString& code);
QString assessmentItemKindName(AssessmentItemKind kind);

/// One item entered by hand. Points: a bonus or deduction's points, the social score (0–100); none for a veto.
struct AssessmentItem {
    qint64 id = 0; ///< 0 until stored
    int year = 0;
    qint64 departmentId = 0;
    QString departmentName; ///< read with the item
    AssessmentItemKind kind = AssessmentItemKind::Bonus;
    QString reason;   ///< why: the award, the fault, the veto item, or the survey
    QString evidence; ///< the document or record that proves it (文号, 调查报告)
    Rational points;
    QString recordedBy;
    QDateTime recordedAt; ///< UTC
    QDateTime updatedAt;  ///< UTC
    int version = 0;

    bool operator==(const AssessmentItem&) const = default;
};

/// Limits on an item's texts, in characters.
struct AssessmentItemLimits {
    static constexpr int kReason = 500;
    static constexpr int kEvidence = 500;
};

/// Everything the assessment of one department is computed from: the raw figures of the year up to the day it is
/// judged, and the items entered by hand. A finalised year keeps these (its snapshot) and recomputes from them.
struct AssessmentInput {
    qint64 departmentId = 0;
    QString departmentName;
    DepartmentCategory category = DepartmentCategory::Administrative;
    bool enterpriseFacing = false;
    Share reports;    ///< weekly reports on time ÷ owed
    Share milestones; ///< milestones done on time ÷ applicable and due
    Share checks;     ///< inspection checks met ÷ judged (met, partly, not met)
    int overdueRectifications = 0;
    Share concentratedWeeks; ///< quarters with a concentrated week met ÷ owed
    Share problemsOnTime;    ///< enterprise problems solved by the deadline ÷ due
    EvaluationLevel evaluation = EvaluationLevel::None;
    QString brandName;           ///< the brand behind the evaluation level
    Share hotlineOnTime;         ///< 按时办结率
    Share hotlineSatisfied;      ///< 回访满意率
    QList<AssessmentItem> items; ///< bonus, deduction, veto and social items of the year

    /// The social appraisal score (the latest social item), none when not entered.
    std::optional<Rational> socialScore() const;
    bool operator==(const AssessmentInput&) const = default;

    /// The parts whose raw figures or items differ between `earlier` and `later` (translated names), for the
    /// "changed after finalising" flag.
    static QStringList differences(const AssessmentInput& earlier, const AssessmentInput& later);

    QJsonObject toJson() const;
    static AssessmentInput fromJson(const QJsonObject& object);
};

/// A rational as text that reads back exactly ("173/2").
QString rationalText(const Rational& value);
Rational rationalFromText(const QString& text);

} // namespace branddesk
