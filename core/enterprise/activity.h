// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/enterprise/enterprise.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace branddesk {

/// The four kinds of "服务企业年" work the notice asks of departments.
enum class ActivityKind {
    ThreeInto,        ///< 三进: into a development zone, a key enterprise or a key project
    DirectLine,       ///< 局长直通车
    FiveDeliveries,   ///< 五送: policy, technology, information, projects, talent
    ConcentratedWeek, ///< 集中攻坚: one week a quarter in enterprises
};
QList<ActivityKind> allActivityKinds();
/// Stable code stored in the database ("three-into", "direct-line", "five-deliveries", "concentrated-week").
QString activityKindCode(ActivityKind kind);
std::optional<ActivityKind> activityKindFromCode(const QString& code);
/// Translated short name (三进, 局长直通车, 五送, 集中攻坚).
QString activityKindName(ActivityKind kind);

/// What "五送" delivered, as flags (any combination).
enum Delivery : int {
    DeliverPolicy = 1,      ///< 送政策
    DeliverTechnology = 2,  ///< 送科技
    DeliverInformation = 4, ///< 送信息
    DeliverProjects = 8,    ///< 送项目
    DeliverTalent = 16,     ///< 送人才
};
/// The five flags in the notice's order.
QList<Delivery> allDeliveries();
/// Translated name of one flag (送政策 …).
QString deliveryName(Delivery delivery);
/// The names of the flags set in `deliveries`, joined with "、".
QString deliveryNames(int deliveries);
inline constexpr int kAllDeliveries = 31;

/// One activity of a department serving enterprises: a visit (三进), the director's direct line, a delivery
/// (五送) or a concentrated week (集中攻坚), on a day or over a few days.
struct Activity {
    qint64 id = 0; ///< 0 until stored
    ActivityKind kind = ActivityKind::ThreeInto;
    EnterpriseKind target = EnterpriseKind::Enterprise; ///< 三进 only: where the department went
    int deliveries = 0;                                 ///< 五送 only: Delivery flags
    qint64 departmentId = 0;
    QString departmentName; ///< read with the activity
    QDate startDate;
    QDate endDate;           ///< invalid: one day
    qint64 enterpriseId = 0; ///< 0: none named (e.g. a direct-line session for many)
    QString enterpriseName;  ///< on save: the name to remember (found or added); read with the activity
    QString participants;    ///< "王建国、李娟"
    QString leadingOfficial; ///< 带队领导
    QString description;
    QString outcome;
    QString recordedBy;
    QDateTime recordedAt; ///< UTC, set when first stored
    QDateTime updatedAt;  ///< UTC, set when stored
    int version = 0;

    /// The last day (the start for a one-day activity).
    QDate lastDate() const { return endDate.isValid() ? endDate : startDate; }
    /// The days as shown: "2009-06-08" or "2009-06-08 — 2009-06-12".
    QString datesText() const;
    /// The kind with its detail: "三进（重点企业）", "五送：送政策、送科技".
    QString kindText() const;
};

/// Limits on an activity's texts, in characters.
struct ActivityLimits {
    static constexpr int kName = 100;
    static constexpr int kPeople = 200;
    static constexpr int kText = 5000;
    static constexpr int kMaxDays = 31;
};

} // namespace branddesk
