// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/enterprise/problemlistmodel.h"

#include "core/text/characters.h"
#include "ui/widgets/itemroles.h"
#include "ui/widgets/statusicon.h"

#include <QBrush>
#include <QColor>

namespace branddesk {
namespace {

QString isoDate(const QDate& date)
{
    return date.toString(QStringLiteral("yyyy-MM-dd"));
}

} // namespace

ProblemListModel::ProblemListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ProblemListModel::setItems(const QList<Problem>& items, const QDate& today)
{
    beginResetModel();
    m_items = items;
    m_today = today;
    endResetModel();
}

int ProblemListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int ProblemListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProblemListModel::statusText(const Problem& p, const QDate& today)
{
    if (p.isOverdue(today))
        return tr("%1 — %n day(s) overdue", nullptr, p.daysOverdue(today)).arg(problemStatusName(p.status));
    if (p.status == ProblemStatus::Solved && p.solvedDate.isValid())
        return tr("Solved on %1").arg(isoDate(p.solvedDate));
    return problemStatusName(p.status);
}

QVariant ProblemListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Problem& p = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn:
            return statusText(p, m_today);
        case EnterpriseColumn:
            return p.enterpriseName;
        case DescriptionColumn:
            return oneLine(p.description);
        case LeaderColumn:
            return p.leader;
        case TeamColumn:
            return p.team;
        case PlanColumn:
            return oneLine(p.plan);
        case DeadlineColumn:
            return isoDate(p.deadline);
        case DepartmentColumn:
            return p.departmentName;
        case ProgressColumn:
            return p.notes.isEmpty()
                       ? QString()
                       : isoDate(p.notes.constLast().date) + QLatin1Char(' ') + oneLine(p.notes.constLast().text);
        default:
            return {};
        }
    case Qt::EditRole:
        if (index.column() == DeadlineColumn)
            return p.deadline;
        return data(index, Qt::DisplayRole);
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return lightIcon(p.light(m_today));
        return {};
    case Qt::ForegroundRole:
        if (p.isOverdue(m_today))
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DescriptionColumn:
            return p.description;
        case PlanColumn:
            return p.plan;
        case StatusColumn:
            return p.status == ProblemStatus::CannotSolve ? p.reason : QVariant();
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case StatusColumn:
            return p.isOverdue(m_today) ? -p.daysOverdue(m_today) : int(p.status);
        case DeadlineColumn:
            return p.deadline;
        default:
            return data(index, Qt::DisplayRole);
        }
    case IdRole:
        return p.id;
    case DepartmentIdRole:
        return p.departmentId;
    case StatusRole:
        return int(p.status);
    case NeedsAttentionRole:
        return p.isOverdue(m_today);
    default:
        return {};
    }
}

QVariant ProblemListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case EnterpriseColumn:
        return tr("Enterprise");
    case DescriptionColumn:
        return tr("Problem");
    case LeaderColumn:
        return tr("Responsible leader");
    case TeamColumn:
        return tr("Team");
    case PlanColumn:
        return tr("Plan");
    case DeadlineColumn:
        return tr("Deadline");
    case DepartmentColumn:
        return tr("Department");
    case ProgressColumn:
        return tr("Latest progress");
    default:
        return {};
    }
}

} // namespace branddesk
