// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mail/inboxmodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace branddesk {

InboxModel::InboxModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void InboxModel::setItems(QList<InboxItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

const InboxItem* InboxModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int InboxModel::rowOf(qint64 messageId) const
{
    for (int row = 0; row < m_items.size(); ++row)
        if (m_items.at(row).message.id == messageId)
            return row;
    return -1;
}

QString InboxModel::timelinessName(MailTimeliness timeliness)
{
    switch (timeliness) {
    case MailTimeliness::OnTime:
        return tr("On time");
    case MailTimeliness::Late:
        return tr("Late");
    case MailTimeliness::Supplement:
        break;
    }
    return tr("Supplement");
}

int InboxModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int InboxModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InboxModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const InboxItem& item = m_items.at(index.row());
    if (role == kMessageIdRole)
        return item.message.id;
    if (role == Qt::ForegroundRole) {
        if (index.column() == Department && item.proposal.departmentId == 0)
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        if (index.column() == Timeliness && item.timeliness == MailTimeliness::Late)
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Arrived:
        return QLocale().toString(item.message.arrivedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
    case Sender:
        return item.message.senderName.isEmpty()
                   ? item.message.senderAddress
                   : item.message.senderName + QStringLiteral(" <") + item.message.senderAddress + QLatin1Char('>');
    case Subject:
        return item.message.subject;
    case Department:
        if (item.proposal.departmentId == 0)
            return tr("Unmatched: choose");
        return item.proposal.match == MailMatchKind::Address ? item.departmentName
                                                             : tr("%1 (by name)").arg(item.departmentName);
    case Week:
        return role == Qt::ToolTipRole ? item.proposal.week.label() : item.proposal.week.shortLabel();
    case Timeliness:
        return timelinessName(item.timeliness);
    case Attachments:
        return item.message.attachments == 0 ? QString() : QString::number(item.message.attachments);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Arrived:
        return tr("Arrived");
    case Sender:
        return tr("From");
    case Subject:
        return tr("Subject");
    case Department:
        return tr("Department");
    case Week:
        return tr("Week");
    case Timeliness:
        return tr("Would be");
    case Attachments:
        return tr("Files");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace branddesk
