// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inspections/rectificationmodel.h"

#include "ui/widgets/statusicon.h"

namespace branddesk {
namespace {

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

} // namespace

RectificationModel::RectificationModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RectificationModel::setRectifications(const QList<Rectification>& rectifications)
{
    beginResetModel();
    m_rectifications = rectifications;
    endResetModel();
}

int RectificationModel::addRectification(const QDate& deadline)
{
    const int row = int(m_rectifications.size());
    beginInsertRows({}, row, row);
    Rectification r;
    r.deadline = deadline;
    m_rectifications.append(r);
    endInsertRows();
    return row;
}

void RectificationModel::removeRectification(int row)
{
    if (row < 0 || row >= m_rectifications.size())
        return;
    beginRemoveRows({}, row, row);
    m_rectifications.removeAt(row);
    endRemoveRows();
}

int RectificationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rectifications.size());
}

int RectificationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RectificationModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rectifications.size())
        return {};
    const Rectification& r = m_rectifications.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DemandColumn:
            return r.demand;
        case DeadlineColumn:
            return dateText(r.deadline);
        case StatusColumn:
            return r.isOverdue(m_today) ? tr("Overdue %n day(s)", nullptr, r.daysOverdue(m_today))
                                        : rectificationStatusName(r.status);
        case DoneDateColumn:
            return dateText(r.doneDate);
        case FollowUpColumn:
            return r.followUp;
        default:
            return {};
        }
    case Qt::EditRole:
        switch (index.column()) {
        case DeadlineColumn:
            return r.deadline.isValid() ? r.deadline : m_today;
        case StatusColumn:
            return int(r.status);
        case DoneDateColumn:
            return r.doneDate.isValid() ? r.doneDate : m_today;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return lightIcon(r.isDone() ? Light::Green : r.isOverdue(m_today) ? Light::Red : Light::Yellow);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DemandColumn || index.column() == FollowUpColumn)
            return data(index, Qt::DisplayRole);
        return {};
    default:
        return {};
    }
}

bool RectificationModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= m_rectifications.size() || role != Qt::EditRole || m_readOnly)
        return false;
    Rectification& r = m_rectifications[index.row()];
    switch (index.column()) {
    case DemandColumn:
        r.demand = value.toString();
        break;
    case DeadlineColumn:
        r.deadline = value.toDate();
        break;
    case StatusColumn:
        r.status = RectificationStatus(value.toInt()) == RectificationStatus::Done ? RectificationStatus::Done
                                                                                   : RectificationStatus::Open;
        if (!r.isDone())
            r.doneDate = QDate();
        else if (!r.doneDate.isValid())
            r.doneDate = m_today;
        break;
    case DoneDateColumn:
        r.doneDate = value.toDate();
        r.status = r.doneDate.isValid() ? RectificationStatus::Done : RectificationStatus::Open;
        break;
    case FollowUpColumn:
        r.followUp = value.toString();
        break;
    default:
        return false;
    }
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

Qt::ItemFlags RectificationModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_readOnly)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant RectificationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DemandColumn:
        return tr("Demand");
    case DeadlineColumn:
        return tr("Deadline");
    case StatusColumn:
        return tr("Status");
    case DoneDateColumn:
        return tr("Done on");
    case FollowUpColumn:
        return tr("Follow-up");
    default:
        return {};
    }
}

} // namespace branddesk
