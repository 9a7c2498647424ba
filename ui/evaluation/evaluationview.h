// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/evaluation/evaluationcalculator.h"
#include "core/evaluation/scoringrules.h"

#include <QWidget>

#include <memory>

class QStandardItemModel;

namespace Ui {
class EvaluationView;
}

namespace branddesk {

class ResultsModel;
class ScoreGridModel;
class Session;
class SurveyGridModel;

/// The evaluation area (典型推介): a round picker with lock/unlock, and tabs for the entries (self-declarations),
/// the expert panel, one expert's score sheet as a keyboard-only grid, the survey counts grid, and the results
/// with the explanation of the selected brand, selection (top N per category), publicity, naming, export of all
/// scores and printing. A leader sees everything and changes nothing; a locked round's grids are read-only.
class EvaluationView : public QWidget {
    Q_OBJECT
public:
    explicit EvaluationView(Session& session, QWidget* parent = nullptr);
    ~EvaluationView() override;

    qint64 currentRoundId() const;
    ScoreGridModel* scoreModel() const { return m_scores; }
    SurveyGridModel* surveyModel() const { return m_survey; }
    ResultsModel* resultsModel() const { return m_results; }

public slots:
    void reload();
    void newRound();
    void editRound();
    void toggleLock();
    void enterBrand();
    void editEntry();
    void withdrawEntry();
    void addExpert();
    void editExpert();
    void removeExpert();
    void suggestTop();
    void toggleSelected();
    void addPublicity();
    void recordNaming();
    void exportScores();
    void printResults();
    void printExpertSheets();
    void printQuestionnaire();

private:
    void fillRounds(qint64 keepId);
    void loadRound();
    void loadScoreSheet();
    void showExplanation();
    void updateActions();
    qint64 selectedEntryId() const;
    qint64 selectedExpertId() const;
    qint64 selectedResultEntryId() const;
    bool editable() const;

    std::unique_ptr<Ui::EvaluationView> m_ui;
    Session& m_session;
    QStandardItemModel* m_entries;
    QStandardItemModel* m_experts;
    ScoreGridModel* m_scores;
    SurveyGridModel* m_survey;
    ResultsModel* m_results;
    ScoringRules m_rules;
    QList<EvaluationEntry> m_entryList;
    QList<EvaluationExpert> m_expertList;
    QList<ExpertScore> m_scoreList;
    bool m_locked = false;
    int m_roundVersion = 0;
    QString m_loadError; ///< why the current round could not be read (empty when it was)
    QString m_roundName;
};

} // namespace branddesk
