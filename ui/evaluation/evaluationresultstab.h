// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/evaluation/evaluationroundstate.h"

#include <QWidget>

#include <memory>

namespace Ui {
class EvaluationResultsTab;
}

namespace branddesk {

class ResultsModel;
class Session;

/// The evaluation's results tab: every brand's scores and ranks with the explanation of the selected one;
/// selection as typical brands (the top N per category, or one by one), publicity and naming of a selected
/// brand, and the round's papers: all scores exported, the results, the expert sheets and the questionnaire
/// printed.
class EvaluationResultsTab : public QWidget {
    Q_OBJECT
public:
    explicit EvaluationResultsTab(Session& session, QWidget* parent = nullptr);
    ~EvaluationResultsTab() override;

    ResultsModel* model() const { return m_results; }
    /// Computes and shows `round`'s results, keeping the selected brand.
    void showRound(const EvaluationRoundState& round);

public slots:
    void suggestTop();
    void toggleSelected();
    void addPublicity();
    void recordNaming();
    void exportScores();
    void printResults();
    void printExpertSheets();
    void printQuestionnaire();

private:
    void showExplanation();
    void updateActions();
    qint64 selectedResultEntryId() const;

    std::unique_ptr<Ui::EvaluationResultsTab> m_ui;
    Session& m_session;
    ResultsModel* m_results;
    EvaluationRoundState m_round;
};

} // namespace branddesk
