// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/weeklyreport.h"

#include <QCoreApplication>
#include <QStringList>

namespace branddesk {

QList<ReportChannel> allReportChannels()
{
    return {ReportChannel::Email, ReportChannel::Paper, ReportChannel::Fax, ReportChannel::InPerson,
            ReportChannel::WeChat};
}

QString reportChannelCode(ReportChannel channel)
{
    switch (channel) {
    case ReportChannel::Email:
        return QStringLiteral("email");
    case ReportChannel::Paper:
        return QStringLiteral("paper");
    case ReportChannel::Fax:
        return QStringLiteral("fax");
    case ReportChannel::InPerson:
        return QStringLiteral("in-person");
    case ReportChannel::WeChat:
        return QStringLiteral("wechat");
    }
    return {};
}

std::optional<ReportChannel> reportChannelFromCode(const QString& code)
{
    for (ReportChannel channel : allReportChannels())
        if (reportChannelCode(channel) == code)
            return channel;
    return std::nullopt;
}

QString reportChannelName(ReportChannel channel)
{
    switch (channel) {
    case ReportChannel::Email:
        return QCoreApplication::translate("ReportChannel", "E-mail");
    case ReportChannel::Paper:
        return QCoreApplication::translate("ReportChannel", "Paper");
    case ReportChannel::Fax:
        return QCoreApplication::translate("ReportChannel", "Fax");
    case ReportChannel::InPerson:
        return QCoreApplication::translate("ReportChannel", "In person");
    case ReportChannel::WeChat:
        return QCoreApplication::translate("ReportChannel", "WeChat");
    }
    return {};
}

QList<ReportTag> allReportTags()
{
    return {ReportTag::ServesEnterprises, ReportTag::ServesGrassroots, ReportTag::ServesPublic};
}

QString reportTagName(ReportTag tag)
{
    switch (tag) {
    case ReportTag::ServesEnterprises:
        return QCoreApplication::translate("ReportTag", "Serving enterprises");
    case ReportTag::ServesGrassroots:
        return QCoreApplication::translate("ReportTag", "Serving the grassroots");
    case ReportTag::ServesPublic:
        return QCoreApplication::translate("ReportTag", "Serving the public");
    }
    return {};
}

QString reportTagsText(ReportTags tags)
{
    QStringList names;
    for (ReportTag tag : allReportTags())
        if (tags.testFlag(tag))
            names.append(reportTagName(tag));
    return names.join(QCoreApplication::translate("ReportTag", ", ", "list separator: 、"));
}

MergeResult<WeeklyReport> mergeReports(const WeeklyReport& base, const WeeklyReport& mine, const WeeklyReport& theirs)
{
    const auto sameMinute = [](const QDateTime& a, const QDateTime& b) {
        return a.toSecsSinceEpoch() / 60 == b.toSecsSinceEpoch() / 60;
    };
    const auto sameText = [](const QString& a, const QString& b) { return a.trimmed() == b.trimmed(); };
    const auto sameFiles = [](const QList<ReportAttachment>& a, const QList<ReportAttachment>& b) {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i)
            if (a[i].name != b[i].name || (a[i].id != 0 && b[i].id != 0 && a[i].id != b[i].id))
                return false;
        return true;
    };
    MergeResult<WeeklyReport> result = RecordMerge(base, mine, theirs)
                                           .field("department_id", &WeeklyReport::departmentId)
                                           .field("week", &WeeklyReport::week)
                                           .field("received_at", &WeeklyReport::receivedAt, sameMinute)
                                           .field("channel", &WeeklyReport::channel)
                                           .field("title", &WeeklyReport::title, sameText)
                                           .field("content", &WeeklyReport::content, sameText)
                                           .field("tags", &WeeklyReport::tags)
                                           .field("highlight", &WeeklyReport::highlight)
                                           .field("attachments", &WeeklyReport::attachments, sameFiles)
                                           .result();
    result.merged.version = theirs.version;
    result.merged.updatedAt = theirs.updatedAt;
    return result;
}

bool WeeklyReport::isBackFilled() const
{
    return enteredAt.isValid() && week.isValid() && enteredAt.toLocalTime().date() > week.sunday();
}

} // namespace branddesk
