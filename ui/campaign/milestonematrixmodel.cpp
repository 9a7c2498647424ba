// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaign/milestonematrixmodel.h"

#include "core/text/dates.h"
#include "ui/widgets/itemroles.h"
#include "ui/widgets/statusicon.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace branddesk {

MilestoneMatrixModel::MilestoneMatrixModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void MilestoneMatrixModel::setBoard(const MilestoneBoard& board)
{
    beginResetModel();
    m_board = board;
    endResetModel();
}

const Milestone* MilestoneMatrixModel::milestoneAt(int column) const
{
    const int index = column - FirstMilestoneColumn;
    if (index < 0 || index >= m_board.campaign().milestones.size())
        return nullptr;
    return &m_board.campaign().milestones.at(index);
}

int MilestoneMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_board.rows().size());
}

int MilestoneMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstMilestoneColumn + static_cast<int>(m_board.campaign().milestones.size());
}

QVariant MilestoneMatrixModel::cellData(const DepartmentProgress& row, int column, int role) const
{
    const MilestoneState& state = row.states.at(column - FirstMilestoneColumn);
    const Milestone& milestone = *milestoneAt(column);
    switch (role) {
    case Qt::DecorationRole:
        return lightIcon(state.light());
    case Qt::DisplayRole:
        if (state.status == MilestoneState::Status::Overdue)
            return QString::number(state.daysOverdue);
        return {};
    case Qt::ToolTipRole:
        return tr("%1\n%2 — due %3\n%4")
            .arg(row.department.name, milestone.name,
                 milestone.due.isValid() ? dates::shown(milestone.due) : tr("no deadline"), state.describe());
    case Qt::ForegroundRole:
        return state.status == MilestoneState::Status::Overdue ? QVariant(QBrush(QColor(0xc0, 0x1f, 0x2f)))
                                                               : QVariant();
    case SortRole:
        // Most behind first when sorted descending: overdue days, then due soon, then the rest.
        switch (state.status) {
        case MilestoneState::Status::Overdue:
            return 1000 + state.daysOverdue;
        case MilestoneState::Status::DueSoon:
            return 500 - state.daysLeft;
        case MilestoneState::Status::Done:
            return 0;
        default:
            return 100;
        }
    case MilestoneIdRole:
        return milestone.id;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    default:
        return {};
    }
}

QVariant MilestoneMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_board.rows().size())
        return {};
    const DepartmentProgress& row = m_board.rows().at(index.row());
    switch (role) {
    case IdRole:
        return row.department.id;
    case CategoryRole:
        return static_cast<int>(row.department.category);
    case NeedsAttentionRole:
        return row.overdue > 0;
    default:
        break;
    }
    if (index.column() >= FirstMilestoneColumn)
        return cellData(row, index.column(), role);
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case DepartmentColumn:
            return row.department.name;
        case CategoryColumn:
            return departmentCategoryName(row.department.category);
        case ProgressColumn:
            return role == SortRole ? QVariant(row.applicable == 0 ? 100 : row.done * 100 / row.applicable)
                                    : QVariant(QStringLiteral("%1/%2").arg(row.done).arg(row.applicable));
        case DueColumn:
            return role == SortRole ? QVariant(row.dueByToday == 0 ? 100 : row.doneOfDue * 100 / row.dueByToday)
                                    : QVariant(QStringLiteral("%1/%2").arg(row.doneOfDue).arg(row.dueByToday));
        case OverdueColumn:
            if (role == SortRole)
                return row.totalDaysOverdue * 1000 + row.overdue;
            return row.overdue == 0 ? QString() : tr("%1 (up to %2 d)").arg(row.overdue).arg(row.maxDaysOverdue);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == OverdueColumn && row.overdue > 0)
        return QBrush(QColor(0xc0, 0x1f, 0x2f));
    if (role == Qt::TextAlignmentRole && index.column() >= ProgressColumn)
        return int(Qt::AlignCenter);
    return {};
}

QVariant MilestoneMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (const Milestone* milestone = milestoneAt(section)) {
        if (role == Qt::DisplayRole)
            return milestone->shortName;
        if (role == Qt::ToolTipRole) {
            const Phase* phase = m_board.campaign().phase(milestone->phaseId);
            return tr("%1\nPhase: %2\nApplies to: %3\nDue: %4")
                .arg(milestone->name, phase != nullptr ? phase->name : QString(),
                     applicabilityName(milestone->appliesTo),
                     milestone->due.isValid() ? dekad::display(milestone->due) + QStringLiteral(" (") +
                                                    dates::shown(milestone->due) + QLatin1Char(')')
                                              : tr("no deadline"));
        }
        return {};
    }
    if (role == Qt::ToolTipRole && section == ProgressColumn)
        return tr("Milestones done, of all the milestones that apply to the department");
    if (role == Qt::ToolTipRole && section == DueColumn)
        return tr("Of the milestones due by today, how many are done: the figure the dashboard and the summary show");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DepartmentColumn:
        return tr("Department");
    case CategoryColumn:
        return tr("Category");
    case ProgressColumn:
        return tr("Done / applicable");
    case DueColumn:
        return tr("Due so far: done / due");
    case OverdueColumn:
        return tr("Overdue");
    default:
        return {};
    }
}

} // namespace branddesk
