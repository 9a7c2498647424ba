// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/evaluation/evaluationroundstate.h"

#include <QWidget>

#include <memory>

namespace Ui {
class EvaluationSurveyTab;
}

namespace branddesk {

class Session;
class SurveyGridModel;

/// The evaluation's survey tab: the questionnaire counts per brand and answer (社会评议) typed into a keyboard-only
/// grid, with the valid count and the social score beside them. Read-only unless the round is open.
class EvaluationSurveyTab : public QWidget {
    Q_OBJECT
public:
    explicit EvaluationSurveyTab(Session& session, QWidget* parent = nullptr);
    ~EvaluationSurveyTab() override;

    SurveyGridModel* model() const { return m_survey; }
    /// Shows `round`'s entries' counts; the grid's own save, seen again, leaves the cursor where it is.
    void showRound(const EvaluationRoundState& round);

private:
    void showProblem(const QString& text);

    std::unique_ptr<Ui::EvaluationSurveyTab> m_ui;
    SurveyGridModel* m_survey;
};

} // namespace branddesk
