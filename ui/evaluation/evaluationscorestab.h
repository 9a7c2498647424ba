// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/evaluation/evaluationroundstate.h"

#include <QWidget>

#include <memory>

namespace Ui {
class EvaluationScoresTab;
}

namespace branddesk {

class ScoreGridModel;
class Session;

/// The evaluation's scores tab: one expert's paper score sheet typed into a keyboard-only grid (brands × criteria),
/// each value saved at once and a refused one explained under the grid. Read-only unless the round is open.
class EvaluationScoresTab : public QWidget {
    Q_OBJECT
public:
    explicit EvaluationScoresTab(Session& session, QWidget* parent = nullptr);
    ~EvaluationScoresTab() override;

    ScoreGridModel* model() const { return m_scores; }
    /// Shows `round`'s panel in the expert picker (keeping the chosen expert) and that expert's sheet.
    void showRound(const EvaluationRoundState& round);

private:
    void loadScoreSheet();
    void showProblem(const QString& text);

    std::unique_ptr<Ui::EvaluationScoresTab> m_ui;
    ScoreGridModel* m_scores;
    EvaluationRoundState m_round;
};

} // namespace branddesk
