// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/hotline/ticketlistmodel.h"

#include "core/hotline/phonemask.h"
#include "core/text/characters.h"
#include "ui/widgets/itemroles.h"

#include <QBrush>
#include <QColor>

namespace branddesk {
namespace {

QString ticketDate(const QDate& date)
{
    return date.toString(QStringLiteral("yyyy-MM-dd"));
}

} // namespace

TicketListModel::TicketListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void TicketListModel::setItems(const QList<Ticket>& items, const QDate& today, bool mayReadPhones)
{
    beginResetModel();
    m_items = items;
    m_today = today;
    m_mayReadPhones = mayReadPhones;
    endResetModel();
}

int TicketListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_items.size(); ++row)
        if (m_items.at(row).id == id)
            return row;
    return -1;
}

int TicketListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int TicketListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TicketListModel::statusText(const Ticket& t, const QDate& today)
{
    if (t.isOverdue(today))
        return tr("%1 — %n day(s) overdue", nullptr, t.daysOverdue(today)).arg(ticketStatusName(t.status()));
    if (t.status() == TicketStatus::Closed && t.satisfaction != Satisfaction::None)
        return tr("Closed (%1)").arg(satisfactionName(t.satisfaction));
    if (t.status() == TicketStatus::Closed && t.kind != TicketKind::Praise && !t.reached)
        return tr("Closed (caller not reached)");
    return ticketStatusName(t.status());
}

QVariant TicketListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Ticket& t = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return t.number;
        case ReceivedColumn:
            return t.receivedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case ChannelColumn:
            return ticketChannelName(t.channel);
        case KindColumn:
            return ticketKindName(t.kind);
        case CallerColumn:
            return t.callerName;
        case PhoneColumn:
            return listedPhone(t.callerPhone, t.confidential, m_mayReadPhones);
        case DepartmentColumn:
            return t.departmentName;
        case ContentColumn:
            return oneLine(t.content);
        case DueColumn:
            return ticketDate(t.effectiveDue());
        case StatusColumn:
            return statusText(t, m_today);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (t.isOverdue(m_today))
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ContentColumn)
            return t.content;
        if (index.column() == DueColumn && t.extendedTo.isValid())
            return tr("Extended from %1: %2").arg(ticketDate(t.dueDate), t.extensionReason);
        return {};
    case SortRole:
        switch (index.column()) {
        case ReceivedColumn:
            return t.receivedAt;
        case DueColumn:
            return t.effectiveDue();
        case StatusColumn:
            return t.isOverdue(m_today) ? -t.daysOverdue(m_today) : int(t.status());
        default:
            return data(index, Qt::DisplayRole);
        }
    case IdRole:
        return t.id;
    case DepartmentIdRole:
        return t.departmentId;
    case StatusRole:
        return int(t.status());
    case NeedsAttentionRole:
        return t.isOverdue(m_today);
    default:
        return {};
    }
}

QVariant TicketListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case ReceivedColumn:
        return tr("Received");
    case ChannelColumn:
        return tr("Channel");
    case KindColumn:
        return tr("Kind");
    case CallerColumn:
        return tr("Caller");
    case PhoneColumn:
        return tr("Phone");
    case DepartmentColumn:
        return tr("Department");
    case ContentColumn:
        return tr("Content");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace branddesk
