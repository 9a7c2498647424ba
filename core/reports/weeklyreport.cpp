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

bool WeeklyReport::isBackFilled() const
{
    return enteredAt.isValid() && week.isValid() && enteredAt.toLocalTime().date() > week.sunday();
}

} // namespace branddesk
