// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/evaluation/evaluationroundstate.h"

#include <QWidget>

#include <memory>

class QStandardItemModel;

namespace Ui {
class EvaluationExpertsTab;
}

namespace branddesk {

class Session;

/// The evaluation's experts tab: the round's panel (评审专家) in order, each with their unit and own department
/// (whose brands they do not score); add, edit, remove an expert while the round is open.
class EvaluationExpertsTab : public QWidget {
    Q_OBJECT
public:
    explicit EvaluationExpertsTab(Session& session, QWidget* parent = nullptr);
    ~EvaluationExpertsTab() override;

    /// Shows `round`'s panel and what may be done with it.
    void showRound(const EvaluationRoundState& round);

public slots:
    void addExpert();
    void editExpert();
    void removeExpert();

private:
    void updateActions();
    qint64 selectedExpertId() const;

    std::unique_ptr<Ui::EvaluationExpertsTab> m_ui;
    Session& m_session;
    QStandardItemModel* m_experts;
    EvaluationRoundState m_round;
};

} // namespace branddesk
