// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/scoregridmodel.h"

#include "core/services/evaluationservice.h"

namespace branddesk {

ScoreGridModel::ScoreGridModel(EvaluationService& service, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{}

void ScoreGridModel::setSheet(const ScoringRules& rules, const QList<EvaluationEntry>& entries,
                              const EvaluationExpert& expert, const QList<ExpertScore>& scores, bool editable)
{
    beginResetModel();
    m_rules = rules;
    m_entries = entries;
    m_expert = expert;
    m_scores.clear();
    for (const ExpertScore& score : scores)
        if (score.expertId == expert.id)
            m_scores.append(score);
    m_editable = editable;
    endResetModel();
}

void ScoreGridModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_scores.clear();
    m_expert = EvaluationExpert();
    endResetModel();
}

int ScoreGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_expert.id == 0 ? 0 : static_cast<int>(m_entries.size());
}

int ScoreGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rules.criteria.size()) + 1;
}

int ScoreGridModel::indexOf(qint64 brandId, const QString& criterion) const
{
    for (int i = 0; i < m_scores.size(); ++i)
        if (m_scores.at(i).brandId == brandId && m_scores.at(i).criterion == criterion)
            return i;
    return -1;
}

QVariant ScoreGridModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const EvaluationEntry& entry = m_entries.at(index.row());
    if (index.column() == totalColumn()) {
        if (role != Qt::DisplayRole && role != Qt::TextAlignmentRole)
            return {};
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        Rational total;
        int scored = 0;
        for (const ExpertScore& score : m_scores)
            if (score.brandId == entry.brandId) {
                total += score.points();
                ++scored;
            }
        return scored == 0 ? QString() : total.toExactString();
    }
    const ScoringCriterion& criterion = m_rules.criteria.at(index.column());
    const int found = indexOf(entry.brandId, criterion.code);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return found < 0 ? QString() : m_scores.at(found).points().toExactString();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return tr("%1: 0 to %2 points, whole or with one decimal")
            .arg(brandStandardName(criterion.standard), criterion.maxPoints.toExactString());
    default:
        return {};
    }
}

QVariant ScoreGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section < m_entries.size() ? QVariant(m_entries.at(section).brandName) : QVariant();
    if (section == totalColumn())
        return tr("Total");
    if (section < m_rules.criteria.size()) {
        const ScoringCriterion& criterion = m_rules.criteria.at(section);
        return tr("%1 (%2)", "a criterion and its points")
            .arg(brandStandardName(criterion.standard), criterion.maxPoints.toExactString());
    }
    return {};
}

Qt::ItemFlags ScoreGridModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && m_editable && index.column() < totalColumn())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ScoreGridModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !m_editable || index.column() >= totalColumn())
        return false;
    const EvaluationEntry& entry = m_entries.at(index.row());
    const ScoringCriterion& criterion = m_rules.criteria.at(index.column());
    QList<ExpertScore> sheet = m_scores;
    const int found = indexOf(entry.brandId, criterion.code);
    const QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        if (found < 0)
            return true;
        sheet.removeAt(found);
    } else {
        const Result<int> tenths = EvaluationService::parsePoints(text, criterion.maxPoints);
        if (!tenths) {
            emit problem(
                tr("%1, %2: %3").arg(entry.brandName, brandStandardName(criterion.standard), tenths.error().message));
            return false;
        }
        if (found >= 0 && sheet.at(found).tenths == *tenths)
            return true;
        if (found >= 0)
            sheet[found].tenths = *tenths;
        else
            sheet.append({m_expert.id, entry.brandId, criterion.code, *tenths});
    }
    const Result<EvaluationExpert> saved = m_service.saveScores(m_expert.id, m_expert.version, sheet);
    if (!saved) {
        emit problem(saved.error().message);
        return false;
    }
    m_expert = *saved;
    m_scores = sheet;
    emit dataChanged(index, this->index(index.row(), totalColumn()));
    emit problem(QString());
    return true;
}

} // namespace branddesk
