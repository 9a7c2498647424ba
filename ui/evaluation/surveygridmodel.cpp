// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/surveygridmodel.h"

#include "core/services/evaluationservice.h"

namespace branddesk {
namespace {

int& countIn(SurveyCounts& counts, int column)
{
    switch (column) {
    case SurveyGridModel::SatisfiedColumn:
        return counts.satisfied;
    case SurveyGridModel::BasicallySatisfiedColumn:
        return counts.basicallySatisfied;
    case SurveyGridModel::DissatisfiedColumn:
        return counts.dissatisfied;
    default:
        return counts.unknown;
    }
}

} // namespace

SurveyGridModel::SurveyGridModel(EvaluationService& service, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{}

void SurveyGridModel::setEntries(const ScoringRules& rules, const QList<EvaluationEntry>& entries, bool editable)
{
    beginResetModel();
    m_rules = rules;
    m_entries = entries;
    m_editable = editable;
    endResetModel();
}

int SurveyGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int SurveyGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ScoreColumn + 1;
}

QVariant SurveyGridModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    SurveyCounts counts = m_entries.at(index.row()).survey;
    switch (index.column()) {
    case ValidColumn:
        return counts.valid();
    case ScoreColumn: {
        if (counts.valid() == 0)
            return tr("none");
        const Rational score =
            (m_rules.satisfied * counts.satisfied + m_rules.basicallySatisfied * counts.basicallySatisfied +
             m_rules.dissatisfied * counts.dissatisfied) /
            Rational(counts.valid());
        return score.toString(2);
    }
    default:
        return countIn(counts, index.column());
    }
}

QVariant SurveyGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section < m_entries.size() ? QVariant(m_entries.at(section).brandName) : QVariant();
    switch (section) {
    case SatisfiedColumn:
        return tr("%1 (%2)", "a level and its points")
            .arg(surveyLevelName(SurveyLevel::Satisfied), m_rules.satisfied.toExactString());
    case BasicallySatisfiedColumn:
        return tr("%1 (%2)", "a level and its points")
            .arg(surveyLevelName(SurveyLevel::BasicallySatisfied), m_rules.basicallySatisfied.toExactString());
    case DissatisfiedColumn:
        return tr("%1 (%2)", "a level and its points")
            .arg(surveyLevelName(SurveyLevel::Dissatisfied), m_rules.dissatisfied.toExactString());
    case UnknownColumn:
        return tr("Does not know (invalid)");
    case ValidColumn:
        return tr("Valid");
    case ScoreColumn:
        return tr("Social score");
    default:
        return {};
    }
}

Qt::ItemFlags SurveyGridModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && m_editable && index.column() <= UnknownColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool SurveyGridModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !m_editable || index.column() > UnknownColumn)
        return false;
    bool ok = false;
    const QString text = value.toString().trimmed();
    const int count = text.isEmpty() ? 0 : text.toInt(&ok);
    if (!text.isEmpty() && (!ok || count < 0)) {
        emit problem(tr("%1: “%2” is not a number of questionnaires.").arg(m_entries.at(index.row()).brandName, text));
        return false;
    }
    EvaluationEntry entry = m_entries.at(index.row());
    if (countIn(entry.survey, index.column()) == count)
        return true;
    countIn(entry.survey, index.column()) = count;
    const Result<EvaluationEntry> saved = m_service.saveEntry(entry);
    if (!saved) {
        emit problem(saved.error().message);
        return false;
    }
    m_entries[index.row()] = *saved;
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ScoreColumn));
    emit problem(QString());
    return true;
}

} // namespace branddesk
