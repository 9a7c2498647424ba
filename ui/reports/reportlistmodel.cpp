// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/reportlistmodel.h"

#include "core/reports/reportcompliance.h"
#include "core/text/dates.h"
#include "ui/widgets/itemroles.h"
#include "ui/widgets/statusicon.h"

#include <QLocale>

namespace branddesk {

ReportListModel::ReportListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ReportListModel::setItems(const QList<ReportListItem>& items, const std::optional<Campaign>& campaign)
{
    beginResetModel();
    m_items = items;
    m_campaign = campaign;
    endResetModel();
}

int ReportListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ReportListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ReportListModel::isLate(const ReportListItem& item) const
{
    return m_campaign && !isOnTime(item.week, item.receivedAt, m_campaign->reportWeekday, m_campaign->reportDueTime);
}

QString ReportListModel::statusText(const ReportListItem& item) const
{
    QStringList parts;
    if (m_campaign)
        parts.append(reportStatusName(isLate(item) ? ReportStatus::Late : ReportStatus::OnTime));
    if (item.supplement)
        parts.append(tr("supplement"));
    if (item.isBackFilled())
        parts.append(tr("back-filled"));
    if (item.highlight)
        parts.append(tr("typical practice"));
    return parts.join(QStringLiteral(" · "));
}

QVariant ReportListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const ReportListItem& item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WeekColumn:
            return item.week.label();
        case DepartmentColumn:
            return item.departmentName;
        case TitleColumn:
            return item.highlight ? QStringLiteral("★ ") + item.title : item.title;
        case ExcerptColumn:
            return item.excerpt;
        case ReceivedColumn:
            return QLocale().toString(item.receivedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
        case StatusColumn:
            return statusText(item);
        case ChannelColumn:
            return reportChannelName(item.channel);
        case ServesColumn:
            return reportTagsText(item.tags);
        case AttachmentsColumn:
            return item.attachmentCount > 0 ? QVariant(item.attachmentCount) : QVariant();
        default:
            return {};
        }
    case Qt::EditRole:
        switch (index.column()) {
        case ReceivedColumn:
            return item.receivedAt.toLocalTime();
        case AttachmentsColumn:
            return item.attachmentCount;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DecorationRole:
        if (index.column() == StatusColumn && m_campaign)
            return lightIcon(isLate(item) ? Light::Yellow : Light::Green);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ExcerptColumn || index.column() == TitleColumn)
            return item.title;
        if (index.column() == StatusColumn)
            return tr("Entered by %1 on %2").arg(item.enteredBy, dates::shown(item.enteredAt.toLocalTime()));
        return {};
    case SortRole:
        switch (index.column()) {
        case WeekColumn:
            return item.week.monday();
        case ReceivedColumn:
            return item.receivedAt;
        case AttachmentsColumn:
            return item.attachmentCount;
        default:
            return data(index, Qt::DisplayRole);
        }
    case IdRole:
        return item.id;
    case DepartmentIdRole:
        return item.departmentId;
    case CategoryRole:
        return int(item.category);
    default:
        return {};
    }
}

QVariant ReportListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WeekColumn:
        return tr("Week");
    case DepartmentColumn:
        return tr("Department");
    case TitleColumn:
        return tr("Title");
    case ExcerptColumn:
        return tr("Content");
    case ReceivedColumn:
        return tr("Received");
    case StatusColumn:
        return tr("Status");
    case ChannelColumn:
        return tr("Channel");
    case ServesColumn:
        return tr("Serves");
    case AttachmentsColumn:
        return tr("Files");
    default:
        return {};
    }
}

} // namespace branddesk
