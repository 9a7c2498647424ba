// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/calllistmodel.h"

#include "ui/widgets/itemroles.h"

namespace branddesk {

CallListModel::CallListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CallListModel::setCompliance(const ReportCompliance& compliance)
{
    beginResetModel();
    m_lines.clear();
    QHash<qint64, int> missed;
    for (const ReportCompliance::Row& row : compliance.rows())
        missed.insert(row.department.id, row.counts.missing);
    for (const Department& department : compliance.notYetReported())
        m_lines.append({department, missed.value(department.id)});
    endResetModel();
}

void CallListModel::setReminded(const QHash<qint64, QDateTime>& reminded, const QDate& today)
{
    m_reminded = reminded;
    m_today = today;
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, RemindedColumn), index(int(m_lines.size()) - 1, RemindedColumn));
}

int CallListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int CallListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line& line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case SortRole:
        switch (index.column()) {
        case DepartmentColumn:
            return line.department.name;
        case ContactColumn:
            return line.department.contactPerson;
        case PhoneColumn:
            return line.department.phone;
        case MissedColumn:
            return line.missed;
        case RemindedColumn: {
            const QDateTime at = m_reminded.value(line.department.id).toLocalTime();
            if (!at.isValid())
                return role == SortRole ? QVariant(QString()) : QVariant();
            if (role == SortRole)
                return at.toString(Qt::ISODate);
            const QString time = at.time().toString(QStringLiteral("HH:mm"));
            return at.date() == m_today ? tr("reminded %1").arg(time)
                                        : tr("reminded %1/%2 %3").arg(at.date().month()).arg(at.date().day()).arg(time);
        }
        default:
            return {};
        }
    case IdRole:
    case DepartmentIdRole:
        return line.department.id;
    case CategoryRole:
        return int(line.department.category);
    default:
        return {};
    }
}

QVariant CallListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DepartmentColumn:
        return tr("Not yet reported");
    case ContactColumn:
        return tr("Contact");
    case PhoneColumn:
        return tr("Phone");
    case MissedColumn:
        return tr("Weeks missed");
    case RemindedColumn:
        return tr("Reminder");
    default:
        return {};
    }
}

} // namespace branddesk
