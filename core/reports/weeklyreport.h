// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/recordmerge.h"

#include "core/reports/reportweek.h"

#include <QByteArray>
#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QString>

#include <optional>

namespace branddesk {

/// How a weekly report reached the office.
enum class ReportChannel { Email, Paper, Fax, InPerson, WeChat };
QList<ReportChannel> allReportChannels();
QString reportChannelCode(ReportChannel channel);
std::optional<ReportChannel> reportChannelFromCode(const QString& code);
QString reportChannelName(ReportChannel channel);

/// Whom the reported practice serves (the notice's three audiences).
enum class ReportTag {
    ServesEnterprises = 0x1, ///< 服务企业
    ServesGrassroots = 0x2,  ///< 服务基层
    ServesPublic = 0x4,      ///< 服务群众
};
Q_DECLARE_FLAGS(ReportTags, ReportTag)
QList<ReportTag> allReportTags();
QString reportTagName(ReportTag tag);
/// "服务企业、服务群众".
QString reportTagsText(ReportTags tags);

/// A file sent with a report, kept in the database.
struct ReportAttachment {
    qint64 id = 0; ///< 0 until stored
    QString name;
    qint64 size = 0;
    QByteArray data; ///< empty when only the list was loaded
};

/// A department's weekly report (周报): what it did that week to serve enterprises, the grassroots and the
/// public. A second report of a department for the same week is a supplement (补报).
struct WeeklyReport {
    qint64 id = 0; ///< 0 until stored
    qint64 departmentId = 0;
    ReportWeek week;
    QDateTime receivedAt; ///< UTC
    ReportChannel channel = ReportChannel::Email;
    QString title;
    QString content; ///< plain text
    ReportTags tags;
    bool highlight = false; ///< 典型做法: feeds the supervision summary
    QList<ReportAttachment> attachments;
    QDateTime enteredAt; ///< UTC, set when stored
    QString enteredBy;
    QDateTime updatedAt; ///< UTC, set when stored
    int version = 0;

    /// Entered after the week it covers had ended (补录).
    bool isBackFilled() const;
};

/// Merges a form's edits (`mine`, from `base`) with another PC's save of the same report (`theirs`): see
/// RecordMerge. Times count to the minute (the form's precision), texts without surrounding spaces, attachments by
/// name and size. The merged report carries `theirs`' version.
MergeResult<WeeklyReport> mergeReports(const WeeklyReport& base, const WeeklyReport& mine, const WeeklyReport& theirs);

/// Limits on what a report may carry.
struct ReportLimits {
    static constexpr int kTitle = 200;              ///< characters
    static constexpr int kContent = 50000;          ///< characters
    static constexpr qint64 kAttachment = 20 << 20; ///< bytes, each
    static constexpr qint64 kAllAttachments = 50 << 20;
};

} // namespace branddesk

Q_DECLARE_OPERATORS_FOR_FLAGS(branddesk::ReportTags)
