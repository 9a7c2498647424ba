// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/evaluation/evaluationrecords.h"
#include "core/evaluation/scoringrules.h"

#include <QAbstractTableModel>

namespace branddesk {

class EvaluationService;

/// The survey counts of a round's entries as a grid: a row per brand, columns 满意 / 基本满意 / 不满意 / 不了解
/// (editable whole numbers), then the valid questionnaires and the social score. An edit is saved at once; a
/// refused value leaves the cell as it was and problem() says why.
class SurveyGridModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        SatisfiedColumn,
        BasicallySatisfiedColumn,
        DissatisfiedColumn,
        UnknownColumn,
        ValidColumn,
        ScoreColumn
    };

    SurveyGridModel(EvaluationService& service, QObject* parent = nullptr);

    void setEntries(const ScoringRules& rules, const QList<EvaluationEntry>& entries, bool editable);
    const QList<EvaluationEntry>& entries() const { return m_entries; }
    bool isEditable() const { return m_editable; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    void problem(const QString& text);

private:
    EvaluationService& m_service;
    ScoringRules m_rules;
    QList<EvaluationEntry> m_entries;
    bool m_editable = false;
};

} // namespace branddesk
