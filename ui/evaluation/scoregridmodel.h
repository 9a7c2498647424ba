// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/evaluation/evaluationrecords.h"
#include "core/evaluation/scoringrules.h"

#include <QAbstractTableModel>

namespace branddesk {

class EvaluationService;

/// One expert's score sheet as a grid: a row per brand entered, a column per criterion and a total. Typing a
/// value checks it (EvaluationService::parsePoints) and saves the sheet at once; a refused value leaves the
/// cell as it was and problem() says why. Read-only for a leader or a locked round.
class ScoreGridModel : public QAbstractTableModel {
    Q_OBJECT
public:
    ScoreGridModel(EvaluationService& service, QObject* parent = nullptr);

    /// Shows `expert`'s sheet for `entries` under `rules`, with the scores stored.
    void setSheet(const ScoringRules& rules, const QList<EvaluationEntry>& entries, const EvaluationExpert& expert,
                  const QList<ExpertScore>& scores, bool editable);
    void clear();
    const EvaluationExpert& expert() const { return m_expert; }
    bool isEditable() const { return m_editable; }
    /// The column of the total (after the criteria).
    int totalColumn() const { return static_cast<int>(m_rules.criteria.size()); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// Accepts "17", "17.5" or an empty text (no score); anything else is refused with problem().
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    /// A value was refused or the sheet could not be saved; the text says why (empty: the last edit was fine).
    void problem(const QString& text);

private:
    int indexOf(qint64 brandId, const QString& criterion) const;

    EvaluationService& m_service;
    ScoringRules m_rules;
    QList<EvaluationEntry> m_entries;
    EvaluationExpert m_expert;
    QList<ExpertScore> m_scores;
    bool m_editable = false;
};

} // namespace branddesk
