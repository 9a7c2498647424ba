// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inspections/checklistmodel.h"

#include "ui/widgets/statusicon.h"

namespace branddesk {
namespace {

Light lightOf(CheckResult result)
{
    switch (result) {
    case CheckResult::Met:
        return Light::Green;
    case CheckResult::Partly:
        return Light::Yellow;
    case CheckResult::NotMet:
        return Light::Red;
    case CheckResult::NotChecked:
        break;
    }
    return Light::None;
}

} // namespace

ChecklistModel::ChecklistModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ChecklistModel::setChecks(const QList<InspectionCheck>& checks)
{
    beginResetModel();
    m_checks = checks;
    m_touched.clear();
    endResetModel();
}

void ChecklistModel::mergeGenerated(const QList<InspectionCheck>& generated)
{
    QList<InspectionCheck> merged = generated;
    for (InspectionCheck& check : merged) {
        if (!m_touched.contains(check.key))
            continue;
        for (const InspectionCheck& mine : std::as_const(m_checks))
            if (mine.key == check.key) {
                check.result = mine.result;
                check.note = mine.note;
            }
    }
    beginResetModel();
    m_checks = merged;
    endResetModel();
}

void ChecklistModel::setResult(int row, CheckResult result)
{
    if (row >= 0 && row < m_checks.size())
        setData(index(row, ResultColumn), int(result), Qt::EditRole);
}

int ChecklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_checks.size());
}

int ChecklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_checks.size())
        return {};
    const InspectionCheck& check = m_checks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ItemColumn:
            return check.label;
        case ResultColumn:
            return checkResultName(check.result);
        case NoteColumn:
            return check.note;
        default:
            return {};
        }
    case Qt::EditRole:
        if (index.column() == ResultColumn)
            return int(check.result);
        return data(index, Qt::DisplayRole);
    case Qt::DecorationRole:
        if (index.column() == ResultColumn)
            return lightIcon(lightOf(check.result));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NoteColumn || index.column() == ItemColumn)
            return check.note.isEmpty() ? QVariant() : QVariant(check.note);
        return tr("1 met · 2 partly met · 3 not met · 0 not checked");
    default:
        return {};
    }
}

bool ChecklistModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= m_checks.size() || role != Qt::EditRole || m_readOnly)
        return false;
    InspectionCheck& check = m_checks[index.row()];
    if (index.column() == ResultColumn) {
        const int result = value.toInt();
        if (result < int(CheckResult::NotChecked) || result > int(CheckResult::NotMet))
            return false;
        if (check.result == CheckResult(result))
            return true;
        check.result = CheckResult(result);
    } else if (index.column() == NoteColumn) {
        if (check.note == value.toString())
            return true;
        check.note = value.toString();
    } else {
        return false;
    }
    m_touched.insert(check.key);
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_readOnly && index.column() != ItemColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn:
        return tr("Item");
    case ResultColumn:
        return tr("Result");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace branddesk
