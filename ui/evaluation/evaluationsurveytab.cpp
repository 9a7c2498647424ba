// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/evaluationsurveytab.h"

#include "ui_evaluationsurveytab.h"

#include "core/services/session.h"
#include "ui/evaluation/gridentrydelegate.h"
#include "ui/evaluation/surveygridmodel.h"

namespace branddesk {
namespace {

/// Whether two lists hold the same entries at the same versions (the survey grid's own save, seen again).
bool sameEntries(const QList<EvaluationEntry>& a, const QList<EvaluationEntry>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a.at(i).id != b.at(i).id || a.at(i).version != b.at(i).version)
            return false;
    return true;
}

} // namespace

EvaluationSurveyTab::EvaluationSurveyTab(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EvaluationSurveyTab>())
    , m_survey(new SurveyGridModel(session.evaluation(), this))
{
    setObjectName(QStringLiteral("surveyTab"));
    m_ui->setupUi(this);
    GridEntryDelegate::setUpGrid(m_ui->surveyTableView, m_survey);
    connect(m_survey, &SurveyGridModel::problem, this, &EvaluationSurveyTab::showProblem);
}

EvaluationSurveyTab::~EvaluationSurveyTab() = default;

void EvaluationSurveyTab::showRound(const EvaluationRoundState& round)
{
    const bool open = round.isOpen();
    if (!sameEntries(m_survey->entries(), round.entries) || m_survey->isEditable() != open)
        m_survey->setEntries(round.rules, round.entries, open);
    // The grid takes typing only where a value can be saved; the hint says which it is.
    GridEntryDelegate::setTyping(m_ui->surveyTableView, open);
    m_ui->surveyHintLabel->setText(
        open ? tr("Questionnaires per brand and answer; “does not know” makes a questionnaire invalid. Tab or Enter "
                  "moves on; each value is saved at once.")
             : tr("Questionnaires per brand and answer, as entered (read only)."));
}

void EvaluationSurveyTab::showProblem(const QString& text)
{
    m_ui->surveyProblemLabel->setText(text);
    m_ui->surveyProblemLabel->setStyleSheet(text.isEmpty() ? QString() : QStringLiteral("color: #b71c1c;"));
}

} // namespace branddesk
