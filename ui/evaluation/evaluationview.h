// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/evaluation/evaluationroundstate.h"

#include <QWidget>

#include <memory>

namespace Ui {
class EvaluationView;
}

namespace branddesk {

class EvaluationEntriesTab;
class EvaluationExpertsTab;
class EvaluationResultsTab;
class EvaluationScoresTab;
class EvaluationSurveyTab;
class ResultsModel;
class ScoreGridModel;
class Session;
class SurveyGridModel;

/// The evaluation area (典型推介): a round picker with lock/unlock, and a tab each for the entries
/// (self-declarations), the expert panel, one expert's score sheet as a keyboard-only grid, the survey counts grid,
/// and the results (EvaluationEntriesTab … EvaluationResultsTab). The view reads the chosen round and hands it to
/// every tab. A leader sees everything and changes nothing; a locked round's grids are read-only.
class EvaluationView : public QWidget {
    Q_OBJECT
public:
    explicit EvaluationView(Session& session, QWidget* parent = nullptr);
    ~EvaluationView() override;

    qint64 currentRoundId() const;
    ScoreGridModel* scoreModel() const;
    SurveyGridModel* surveyModel() const;
    ResultsModel* resultsModel() const;

public slots:
    void reload();
    void newRound();
    void editRound();
    void toggleLock();

private:
    void fillRounds(qint64 keepId);
    void loadRound();
    void updateActions();

    std::unique_ptr<Ui::EvaluationView> m_ui;
    Session& m_session;
    EvaluationEntriesTab* m_entriesTab;
    EvaluationExpertsTab* m_expertsTab;
    EvaluationScoresTab* m_scoresTab;
    EvaluationSurveyTab* m_surveyTab;
    EvaluationResultsTab* m_resultsTab;
    EvaluationRoundState m_round;
};

} // namespace branddesk
