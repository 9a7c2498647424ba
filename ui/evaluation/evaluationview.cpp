// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/evaluationview.h"

#include "ui_evaluationview.h"

#include "core/services/session.h"
#include "ui/evaluation/evaluationentriestab.h"
#include "ui/evaluation/evaluationexpertstab.h"
#include "ui/evaluation/evaluationresultstab.h"
#include "ui/evaluation/evaluationscorestab.h"
#include "ui/evaluation/evaluationsurveytab.h"
#include "ui/evaluation/rounddialog.h"
#include "ui/widgets/lazyreload.h"
#include "ui/widgets/messagebox.h"

namespace branddesk {

EvaluationView::EvaluationView(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EvaluationView>())
    , m_session(session)
    , m_entriesTab(new EvaluationEntriesTab(session))
    , m_expertsTab(new EvaluationExpertsTab(session))
    , m_scoresTab(new EvaluationScoresTab(session))
    , m_surveyTab(new EvaluationSurveyTab(session))
    , m_resultsTab(new EvaluationResultsTab(session))
{
    m_ui->setupUi(this);
    m_ui->evaluationTabWidget->addTab(m_entriesTab, tr("Entr&ies"));
    m_ui->evaluationTabWidget->addTab(m_expertsTab, tr("E&xperts"));
    m_ui->evaluationTabWidget->addTab(m_scoresTab, tr("Sc&ores"));
    m_ui->evaluationTabWidget->addTab(m_surveyTab, tr("S&urvey"));
    m_ui->evaluationTabWidget->addTab(m_resultsTab, tr("Resul&ts"));

    connect(m_ui->roundComboBox, &QComboBox::currentIndexChanged, this, &EvaluationView::loadRound);
    connect(m_ui->newRoundPushButton, &QPushButton::clicked, this, &EvaluationView::newRound);
    connect(m_ui->editRoundPushButton, &QPushButton::clicked, this, &EvaluationView::editRound);
    connect(m_ui->lockPushButton, &QPushButton::clicked, this, &EvaluationView::toggleLock);
    // Queued: a grid's own save must finish before the area reloads around it.
    // Loaded when first shown, and again when shown after a change made elsewhere.
    auto* lazy = new LazyReload(this, [this] { reload(); });
    connect(&session.evaluation(), &EvaluationService::changed, lazy, &LazyReload::request, Qt::QueuedConnection);
    connect(&session.brands(), &BrandService::changed, lazy, &LazyReload::request, Qt::QueuedConnection);
}

EvaluationView::~EvaluationView() = default;

qint64 EvaluationView::currentRoundId() const
{
    return m_ui->roundComboBox->currentData().toLongLong();
}

ScoreGridModel* EvaluationView::scoreModel() const
{
    return m_scoresTab->model();
}

SurveyGridModel* EvaluationView::surveyModel() const
{
    return m_surveyTab->model();
}

ResultsModel* EvaluationView::resultsModel() const
{
    return m_resultsTab->model();
}

void EvaluationView::fillRounds(qint64 keepId)
{
    const QSignalBlocker block(m_ui->roundComboBox);
    m_ui->roundComboBox->clear();
    const Result<std::optional<Campaign>> campaign = m_session.campaigns().current();
    if (campaign && *campaign)
        if (const Result<QList<EvaluationRound>> rounds = m_session.evaluation().rounds((*campaign)->id); rounds)
            for (const EvaluationRound& round : *rounds)
                m_ui->roundComboBox->addItem(round.name, round.id);
    m_ui->roundComboBox->setCurrentIndex(std::max(0, m_ui->roundComboBox->findData(keepId)));
    loadRound();
}

void EvaluationView::reload()
{
    fillRounds(currentRoundId());
}

void EvaluationView::loadRound()
{
    m_round.id = currentRoundId();
    m_round.entries.clear();
    m_round.experts.clear();
    m_round.scores.clear();
    m_round.locked = false;
    m_round.version = 0;
    m_round.loadError.clear();
    m_round.canWrite = m_session.currentUser().canWrite();
    if (m_round.id != 0) {
        EvaluationService& service = m_session.evaluation();
        const Result<EvaluationRound> round = service.round(m_round.id);
        const Result<ScoringRules> rules = service.rules(m_round.id);
        const Result<QList<EvaluationEntry>> entries = service.entries(m_round.id);
        const Result<QList<EvaluationExpert>> experts = service.experts(m_round.id);
        const Result<QList<ExpertScore>> scores = service.scores(m_round.id);
        if (!round || !rules || !entries || !experts || !scores) {
            const Error error = !round     ? round.error()
                                : !rules   ? rules.error()
                                : !entries ? entries.error()
                                : !experts ? experts.error()
                                           : scores.error();
            m_round.loadError = error.message;
        } else {
            m_round.locked = round->locked;
            m_round.version = round->version;
            m_round.name = round->name;
            m_round.rules = *rules;
            m_round.entries = *entries;
            m_round.experts = *experts;
            m_round.scores = *scores;
        }
    }
    // A round that could not be read says so and stays read-only until it can: the message is not replaced by
    // the round's usual status, which would pretend it had loaded.
    m_ui->roundStatusLabel->setText(!m_round.loadError.isEmpty()
                                        ? tr("The round could not be read: %1").arg(m_round.loadError)
                                    : m_round.id == 0 ? tr("No round yet: start one with “New round”.")
                                    : m_round.locked  ? tr("Locked: scores cannot change.")
                                                      : tr("Open for entries and scores."));
    m_ui->roundStatusLabel->setStyleSheet(m_round.loadError.isEmpty() ? QString() : QStringLiteral("color: #b3261e;"));

    m_entriesTab->showRound(m_round);
    m_expertsTab->showRound(m_round);
    m_scoresTab->showRound(m_round);
    m_surveyTab->showRound(m_round);
    m_resultsTab->showRound(m_round);
    updateActions();
}

void EvaluationView::updateActions()
{
    const bool canWrite = m_round.canWrite;
    m_ui->newRoundPushButton->setEnabled(canWrite);
    m_ui->editRoundPushButton->setEnabled(m_round.isOpen());
    m_ui->lockPushButton->setText(m_round.locked ? tr("Un&lock") : tr("&Lock"));
    m_ui->lockPushButton->setEnabled(m_round.isRead() &&
                                     (m_round.locked ? m_session.currentUser().isAdministrator() : canWrite));
}

void EvaluationView::newRound()
{
    const Result<std::optional<Campaign>> campaign = m_session.campaigns().current();
    if (!campaign || !*campaign) {
        MessageBox::warning(this, tr("Evaluation round"), tr("There is no current campaign to hold the round."));
        return;
    }
    EvaluationRound round;
    round.campaignId = (*campaign)->id;
    round.name = tr("%1 typical brand selection").arg((*campaign)->year);
    round.startDate = m_session.clock().today();
    RoundDialog dialog(m_session.evaluation(), round, this);
    if (dialog.exec() == QDialog::Accepted)
        fillRounds(dialog.round().id);
}

void EvaluationView::editRound()
{
    const Result<EvaluationRound> round = m_session.evaluation().round(currentRoundId());
    if (!round)
        return;
    RoundDialog dialog(m_session.evaluation(), *round, this);
    if (dialog.exec() == QDialog::Accepted)
        fillRounds(dialog.round().id);
}

void EvaluationView::toggleLock()
{
    EvaluationService& service = m_session.evaluation();
    if (!m_round.locked &&
        MessageBox::question(this, tr("Lock the round"),
                             tr("Lock “%1”? Its scores, survey counts, panel and entries can then no longer change; "
                                "only an administrator can unlock it.")
                                 .arg(m_round.name),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const Result<EvaluationRound> done = m_round.locked ? service.unlock(currentRoundId(), m_round.version)
                                                        : service.lock(currentRoundId(), m_round.version);
    if (!done)
        MessageBox::error(this, m_round.locked ? tr("Unlock the round") : tr("Lock the round"), done.error());
}

} // namespace branddesk
