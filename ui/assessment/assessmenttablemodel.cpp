// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/assessment/assessmenttablemodel.h"

#include "core/assessment/assessmentdocuments.h"
#include "ui/widgets/itemroles.h"

#include <QFont>

namespace branddesk {

AssessmentTableModel::AssessmentTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AssessmentTableModel::setTable(const AssessmentTable& table)
{
    beginResetModel();
    m_table = table;
    m_headers = assessmentdocuments::headers(table.scheme);
    m_cells.clear();
    for (const DepartmentAssessment& row : m_table.rows)
        m_cells.append(assessmentdocuments::cells(m_table, row));
    endResetModel();
}

int AssessmentTableModel::rowOf(qint64 departmentId) const
{
    for (int i = 0; i < m_table.rows.size(); ++i)
        if (m_table.rows.at(i).input.departmentId == departmentId)
            return i;
    return -1;
}

int AssessmentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cells.size());
}

int AssessmentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_headers.size());
}

QVariant AssessmentTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DepartmentAssessment& row = m_table.rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return m_cells.at(index.row()).value(index.column());
    case IdRole:
        return row.input.departmentId;
    case Qt::TextAlignmentRole:
        return index.column() >= 2 && index.column() < m_headers.size() - 1
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant(int(Qt::AlignLeft | Qt::AlignVCenter));
    case Qt::ToolTipRole:
        if (!row.changedAfterFinalising.isEmpty())
            return tr("Changed after finalising (not counted): %1").arg(row.changedAfterFinalising.join(tr(", ")));
        return {};
    case Qt::FontRole:
        if (!row.changedAfterFinalising.isEmpty() || row.vetoed) {
            QFont font;
            font.setItalic(!row.changedAfterFinalising.isEmpty());
            font.setBold(row.vetoed);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant AssessmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace branddesk
