// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/evaluationscorestab.h"

#include "ui_evaluationscorestab.h"

#include "core/services/session.h"
#include "ui/evaluation/gridentrydelegate.h"
#include "ui/evaluation/scoregridmodel.h"

namespace branddesk {

EvaluationScoresTab::EvaluationScoresTab(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EvaluationScoresTab>())
    , m_scores(new ScoreGridModel(session.evaluation(), this))
{
    setObjectName(QStringLiteral("scoresTab"));
    m_ui->setupUi(this);
    GridEntryDelegate::setUpGrid(m_ui->scoresTableView, m_scores);
    connect(m_ui->scoreExpertComboBox, &QComboBox::currentIndexChanged, this, &EvaluationScoresTab::loadScoreSheet);
    connect(m_scores, &ScoreGridModel::problem, this, &EvaluationScoresTab::showProblem);
}

EvaluationScoresTab::~EvaluationScoresTab() = default;

void EvaluationScoresTab::showRound(const EvaluationRoundState& round)
{
    m_round = round;
    {
        const QSignalBlocker block(m_ui->scoreExpertComboBox);
        const qint64 keep = m_ui->scoreExpertComboBox->currentData().toLongLong();
        m_ui->scoreExpertComboBox->clear();
        for (const EvaluationExpert& x : std::as_const(m_round.experts))
            m_ui->scoreExpertComboBox->addItem(x.name, x.id);
        m_ui->scoreExpertComboBox->setCurrentIndex(std::max(0, m_ui->scoreExpertComboBox->findData(keep)));
    }
    loadScoreSheet();
    // The grid takes typing only where a value can be saved; the hint says which it is.
    const bool open = m_round.isOpen();
    GridEntryDelegate::setTyping(m_ui->scoresTableView, open);
    m_ui->scoreHintLabel->setText(open ? tr("Type the points; Tab or Enter moves on. Each value is saved at once.")
                                       : tr("The experts' points as entered (read only)."));
}

void EvaluationScoresTab::loadScoreSheet()
{
    const qint64 expertId = m_ui->scoreExpertComboBox->currentData().toLongLong();
    for (const EvaluationExpert& x : std::as_const(m_round.experts))
        if (x.id == expertId) {
            // The grid's own save already holds this version: keep the cursor where the typing goes on.
            const bool canEdit = m_round.isOpen() && !m_round.entries.isEmpty();
            if (m_scores->expert().id == x.id && m_scores->expert().version == x.version &&
                m_scores->rowCount() == m_round.entries.size() && m_scores->isEditable() == canEdit)
                return;
            m_scores->setSheet(m_round.rules, m_round.entries, x, m_round.scores, canEdit);
            return;
        }
    m_scores->clear();
}

void EvaluationScoresTab::showProblem(const QString& text)
{
    m_ui->scoreProblemLabel->setText(text);
    m_ui->scoreProblemLabel->setStyleSheet(text.isEmpty() ? QString() : QStringLiteral("color: #b71c1c;"));
}

} // namespace branddesk
