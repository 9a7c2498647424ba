// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/evaluationview.h"

#include "ui_evaluationview.h"

#include "core/evaluation/evaluationdocuments.h"
#include "core/services/session.h"
#include "ui/evaluation/entrydialog.h"
#include "ui/evaluation/expertdialog.h"
#include "ui/evaluation/gridentrydelegate.h"
#include "ui/evaluation/namingdialog.h"
#include "ui/evaluation/publicitydialog.h"
#include "ui/evaluation/resultsmodel.h"
#include "ui/evaluation/rounddialog.h"
#include "ui/evaluation/scoregridmodel.h"
#include "ui/evaluation/surveygridmodel.h"
#include "ui/print/printpreview.h"
#include "ui/widgets/filterproxymodel.h"
#include "ui/widgets/lazyreload.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/recordlist.h"
#include "ui/widgets/tableexport.h"

#include <QHeaderView>
#include <QStandardItemModel>

namespace branddesk {
namespace {

constexpr QAbstractItemView::EditTriggers kGridEditTriggers =
    QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked;

void setUpGrid(QTableView* table, QAbstractItemModel* model)
{
    table->setModel(model);
    table->setItemDelegate(new GridEntryDelegate(table));
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setSelectionBehavior(QAbstractItemView::SelectItems);
    table->setEditTriggers(kGridEditTriggers);
    table->setTabKeyNavigation(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
}

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

void showProblem(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setStyleSheet(text.isEmpty() ? QString() : QStringLiteral("color: #b71c1c;"));
}

} // namespace

EvaluationView::EvaluationView(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EvaluationView>())
    , m_session(session)
    , m_entries(new QStandardItemModel(this))
    , m_experts(new QStandardItemModel(this))
    , m_scores(new ScoreGridModel(session.evaluation(), this))
    , m_survey(new SurveyGridModel(session.evaluation(), this))
    , m_results(new ResultsModel(this))
{
    m_ui->setupUi(this);
    auto* entriesProxy = new FilterProxyModel(this);
    entriesProxy->setSourceModel(m_entries);
    recordlist::setUpTable(m_ui->entriesTableView, entriesProxy);
    recordlist::setUpTable(m_ui->expertsTableView, m_experts);
    auto* resultsProxy = new FilterProxyModel(this);
    resultsProxy->setSourceModel(m_results);
    recordlist::setUpTable(m_ui->resultsTableView, resultsProxy);
    m_ui->entriesTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->expertsTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->resultsTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setUpGrid(m_ui->scoresTableView, m_scores);
    setUpGrid(m_ui->surveyTableView, m_survey);

    connect(m_ui->roundComboBox, &QComboBox::currentIndexChanged, this, &EvaluationView::loadRound);
    connect(m_ui->newRoundPushButton, &QPushButton::clicked, this, &EvaluationView::newRound);
    connect(m_ui->editRoundPushButton, &QPushButton::clicked, this, &EvaluationView::editRound);
    connect(m_ui->lockPushButton, &QPushButton::clicked, this, &EvaluationView::toggleLock);
    connect(m_ui->enterBrandPushButton, &QPushButton::clicked, this, &EvaluationView::enterBrand);
    connect(m_ui->editEntryPushButton, &QPushButton::clicked, this, &EvaluationView::editEntry);
    connect(m_ui->entriesTableView, &QTableView::activated, this, &EvaluationView::editEntry);
    connect(m_ui->withdrawPushButton, &QPushButton::clicked, this, &EvaluationView::withdrawEntry);
    connect(m_ui->addExpertPushButton, &QPushButton::clicked, this, &EvaluationView::addExpert);
    connect(m_ui->editExpertPushButton, &QPushButton::clicked, this, &EvaluationView::editExpert);
    connect(m_ui->expertsTableView, &QTableView::activated, this, &EvaluationView::editExpert);
    connect(m_ui->removeExpertPushButton, &QPushButton::clicked, this, &EvaluationView::removeExpert);
    connect(m_ui->scoreExpertComboBox, &QComboBox::currentIndexChanged, this, &EvaluationView::loadScoreSheet);
    connect(m_ui->suggestTopPushButton, &QPushButton::clicked, this, &EvaluationView::suggestTop);
    connect(m_ui->toggleSelectedPushButton, &QPushButton::clicked, this, &EvaluationView::toggleSelected);
    connect(m_ui->publicityPushButton, &QPushButton::clicked, this, &EvaluationView::addPublicity);
    connect(m_ui->namingPushButton, &QPushButton::clicked, this, &EvaluationView::recordNaming);
    connect(m_ui->exportScoresPushButton, &QPushButton::clicked, this, &EvaluationView::exportScores);
    connect(m_ui->printResultsPushButton, &QPushButton::clicked, this, &EvaluationView::printResults);
    connect(m_ui->printSheetsPushButton, &QPushButton::clicked, this, &EvaluationView::printExpertSheets);
    connect(m_ui->printQuestionnairePushButton, &QPushButton::clicked, this, &EvaluationView::printQuestionnaire);
    connect(m_ui->resultsTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showExplanation();
        updateActions();
    });
    connect(m_scores, &ScoreGridModel::problem, this,
            [this](const QString& text) { showProblem(m_ui->scoreProblemLabel, text); });
    connect(m_survey, &SurveyGridModel::problem, this,
            [this](const QString& text) { showProblem(m_ui->surveyProblemLabel, text); });
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

bool EvaluationView::editable() const
{
    return m_session.currentUser().canWrite() && currentRoundId() != 0 && !m_locked && m_loadError.isEmpty();
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
    const qint64 roundId = currentRoundId();
    m_entryList.clear();
    m_expertList.clear();
    m_scoreList.clear();
    m_locked = false;
    m_roundVersion = 0;
    m_loadError.clear();
    if (roundId != 0) {
        EvaluationService& service = m_session.evaluation();
        const Result<EvaluationRound> round = service.round(roundId);
        const Result<ScoringRules> rules = service.rules(roundId);
        const Result<QList<EvaluationEntry>> entries = service.entries(roundId);
        const Result<QList<EvaluationExpert>> experts = service.experts(roundId);
        const Result<QList<ExpertScore>> scores = service.scores(roundId);
        if (!round || !rules || !entries || !experts || !scores) {
            const Error error = !round     ? round.error()
                                : !rules   ? rules.error()
                                : !entries ? entries.error()
                                : !experts ? experts.error()
                                           : scores.error();
            m_loadError = error.message;
        } else {
            m_locked = round->locked;
            m_roundVersion = round->version;
            m_roundName = round->name;
            m_rules = *rules;
            m_entryList = *entries;
            m_expertList = *experts;
            m_scoreList = *scores;
        }
    }
    // A round that could not be read says so and stays read-only until it can: the message is not replaced by
    // the round's usual status, which would pretend it had loaded.
    m_ui->roundStatusLabel->setText(!m_loadError.isEmpty() ? tr("The round could not be read: %1").arg(m_loadError)
                                    : roundId == 0         ? tr("No round yet: start one with “New round”.")
                                    : m_locked             ? tr("Locked: scores cannot change.")
                                                           : tr("Open for entries and scores."));
    m_ui->roundStatusLabel->setStyleSheet(m_loadError.isEmpty() ? QString() : QStringLiteral("color: #b3261e;"));

    m_entries->clear();
    m_entries->setHorizontalHeaderLabels(
        {tr("Brand"), tr("Department"), tr("Category"), tr("Submitted"), tr("Declaration"), tr("File")});
    for (const EvaluationEntry& e : std::as_const(m_entryList)) {
        QList<QStandardItem*> row = {new QStandardItem(e.brandName),
                                     new QStandardItem(e.departmentName),
                                     new QStandardItem(departmentCategoryName(e.category)),
                                     new QStandardItem(e.submittedOn.toString(Qt::ISODate)),
                                     new QStandardItem(e.declaration.section(QLatin1Char('\n'), 0, 0)),
                                     new QStandardItem(e.fileName)};
        row.first()->setData(e.id, Qt::UserRole);
        m_entries->appendRow(row);
    }
    m_experts->clear();
    m_experts->setHorizontalHeaderLabels({tr("No."), tr("Expert"), tr("Unit"), tr("Own department")});
    for (const EvaluationExpert& x : std::as_const(m_expertList)) {
        QList<QStandardItem*> row = {new QStandardItem(QString::number(x.ordinal)), new QStandardItem(x.name),
                                     new QStandardItem(x.unit), new QStandardItem(x.departmentName)};
        row.first()->setData(x.id, Qt::UserRole);
        m_experts->appendRow(row);
    }
    {
        const QSignalBlocker block(m_ui->scoreExpertComboBox);
        const qint64 keep = m_ui->scoreExpertComboBox->currentData().toLongLong();
        m_ui->scoreExpertComboBox->clear();
        for (const EvaluationExpert& x : std::as_const(m_expertList))
            m_ui->scoreExpertComboBox->addItem(x.name, x.id);
        m_ui->scoreExpertComboBox->setCurrentIndex(std::max(0, m_ui->scoreExpertComboBox->findData(keep)));
    }
    loadScoreSheet();
    if (!sameEntries(m_survey->entries(), m_entryList) || m_survey->isEditable() != editable())
        m_survey->setEntries(m_rules, m_entryList, editable());

    const qint64 selected = selectedResultEntryId();
    m_results->setResults(EvaluationCalculator::compute(m_rules, m_entryList, m_expertList, m_scoreList), m_entryList);
    for (int row = 0; row < m_ui->resultsTableView->model()->rowCount(); ++row) {
        const QModelIndex index = m_ui->resultsTableView->model()->index(row, 0);
        const auto* proxy = static_cast<const QSortFilterProxyModel*>(m_ui->resultsTableView->model());
        if (const BrandResult* r = m_results->resultAt(proxy->mapToSource(index).row()); r && r->entryId == selected)
            m_ui->resultsTableView->setCurrentIndex(index);
    }
    showExplanation();
    updateActions();
}

void EvaluationView::loadScoreSheet()
{
    const qint64 expertId = m_ui->scoreExpertComboBox->currentData().toLongLong();
    for (const EvaluationExpert& x : std::as_const(m_expertList))
        if (x.id == expertId) {
            // The grid's own save already holds this version: keep the cursor where the typing goes on.
            const bool canEdit = editable() && !m_entryList.isEmpty();
            if (m_scores->expert().id == x.id && m_scores->expert().version == x.version &&
                m_scores->rowCount() == m_entryList.size() && m_scores->isEditable() == canEdit)
                return;
            m_scores->setSheet(m_rules, m_entryList, x, m_scoreList, canEdit);
            return;
        }
    m_scores->clear();
}

void EvaluationView::showExplanation()
{
    const QModelIndex current = m_ui->resultsTableView->currentIndex();
    const auto* proxy = static_cast<const QSortFilterProxyModel*>(m_ui->resultsTableView->model());
    const BrandResult* r = current.isValid() ? m_results->resultAt(proxy->mapToSource(current).row()) : nullptr;
    if (!r) {
        m_ui->explanationPlainTextEdit->clear();
        return;
    }
    QStringList lines = {tr("%1 (%2)").arg(r->brandName, r->departmentName)};
    lines.append(r->explanation.lines());
    for (const EvaluationEntry& e : std::as_const(m_entryList)) {
        if (e.id != r->entryId || !e.selected)
            continue;
        lines.append(QString());
        lines.append(tr("Typical brand since %1.").arg(e.selectedOn.toString(Qt::ISODate)));
        if (const Result<QList<PublicityRecord>> publicity = m_session.evaluation().publicity(e.id); publicity)
            for (const PublicityRecord& p : *publicity)
                lines.append(tr("Publicity: %1, %2, “%3”")
                                 .arg(publicityOutletName(p.outlet), p.date.toString(Qt::ISODate), p.title));
        if (e.isNamed())
            lines.append(
                tr("Named a quality service brand on %1 (%2).").arg(e.namedOn.toString(Qt::ISODate), e.namingDocument));
    }
    m_ui->explanationPlainTextEdit->setPlainText(lines.join(QLatin1Char('\n')));
}

void EvaluationView::updateActions()
{
    const bool canWrite = m_session.currentUser().canWrite();
    // A round that could not be read offers nothing that would act on what is not there.
    const bool hasRound = currentRoundId() != 0 && m_loadError.isEmpty();
    const bool open = editable();
    m_ui->newRoundPushButton->setEnabled(canWrite);
    m_ui->editRoundPushButton->setEnabled(open);
    // The grids take typing only where a value can be saved; the hints say which it is.
    const auto gridTriggers = open ? kGridEditTriggers : QAbstractItemView::NoEditTriggers;
    m_ui->scoresTableView->setEditTriggers(gridTriggers);
    m_ui->surveyTableView->setEditTriggers(gridTriggers);
    m_ui->scoreHintLabel->setText(open ? tr("Type the points; Tab or Enter moves on. Each value is saved at once.")
                                       : tr("The experts' points as entered (read only)."));
    m_ui->surveyHintLabel->setText(
        open ? tr("Questionnaires per brand and answer; “does not know” makes a questionnaire invalid. Tab or Enter "
                  "moves on; each value is saved at once.")
             : tr("Questionnaires per brand and answer, as entered (read only)."));
    m_ui->lockPushButton->setText(m_locked ? tr("Un&lock") : tr("&Lock"));
    m_ui->lockPushButton->setEnabled(hasRound && (m_locked ? m_session.currentUser().isAdministrator() : canWrite));
    m_ui->enterBrandPushButton->setEnabled(open);
    m_ui->editEntryPushButton->setEnabled(hasRound && !m_entryList.isEmpty());
    m_ui->editEntryPushButton->setText(open ? tr("&Declaration…") : tr("View &declaration…"));
    m_ui->withdrawPushButton->setEnabled(open && !m_entryList.isEmpty());
    m_ui->addExpertPushButton->setEnabled(open);
    m_ui->editExpertPushButton->setEnabled(open && !m_expertList.isEmpty());
    m_ui->removeExpertPushButton->setEnabled(open && !m_expertList.isEmpty());
    const qint64 entryId = selectedResultEntryId();
    const EvaluationEntry* entry = nullptr;
    for (const EvaluationEntry& e : std::as_const(m_entryList))
        if (e.id == entryId)
            entry = &e;
    m_ui->suggestTopPushButton->setEnabled(canWrite && hasRound);
    m_ui->toggleSelectedPushButton->setEnabled(canWrite && entry && !entry->isNamed());
    m_ui->toggleSelectedPushButton->setText(entry && entry->selected ? tr("Unmark as t&ypical brand")
                                                                     : tr("Mark as t&ypical brand"));
    m_ui->publicityPushButton->setEnabled(canWrite && entry && entry->selected);
    m_ui->namingPushButton->setEnabled(canWrite && entry && entry->selected);
    m_ui->exportScoresPushButton->setEnabled(hasRound);
    m_ui->printResultsPushButton->setEnabled(hasRound);
    m_ui->printSheetsPushButton->setEnabled(hasRound && !m_expertList.isEmpty());
    m_ui->printQuestionnairePushButton->setEnabled(hasRound);
}

qint64 EvaluationView::selectedEntryId() const
{
    const QModelIndex current = m_ui->entriesTableView->currentIndex();
    if (!current.isValid())
        return m_entryList.isEmpty() ? 0 : m_entryList.first().id;
    return current.siblingAtColumn(0).data(Qt::UserRole).toLongLong();
}

qint64 EvaluationView::selectedExpertId() const
{
    const QModelIndex current = m_ui->expertsTableView->currentIndex();
    if (!current.isValid())
        return m_expertList.isEmpty() ? 0 : m_expertList.first().id;
    return current.siblingAtColumn(0).data(Qt::UserRole).toLongLong();
}

qint64 EvaluationView::selectedResultEntryId() const
{
    const QModelIndex current = m_ui->resultsTableView->currentIndex();
    if (!current.isValid())
        return 0;
    const auto* proxy = static_cast<const QSortFilterProxyModel*>(m_ui->resultsTableView->model());
    const BrandResult* r = m_results->resultAt(proxy->mapToSource(current).row());
    return r ? r->entryId : 0;
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
    if (!m_locked &&
        MessageBox::question(this, tr("Lock the round"),
                             tr("Lock “%1”? Its scores, survey counts, panel and entries can then no longer change; "
                                "only an administrator can unlock it.")
                                 .arg(m_roundName),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const Result<EvaluationRound> done =
        m_locked ? service.unlock(currentRoundId(), m_roundVersion) : service.lock(currentRoundId(), m_roundVersion);
    if (!done)
        MessageBox::error(this, m_locked ? tr("Unlock the round") : tr("Lock the round"), done.error());
}

void EvaluationView::enterBrand()
{
    const Result<QList<BrandOverview>> brands = m_session.brands().overviews();
    if (!brands) {
        MessageBox::error(this, tr("Enter a brand"), brands.error());
        return;
    }
    QList<BrandOverview> open;
    for (const BrandOverview& overview : *brands) {
        bool entered = false;
        for (const EvaluationEntry& e : std::as_const(m_entryList))
            entered = entered || e.brandId == overview.brand.id;
        if (!entered && overview.departmentActive)
            open.append(overview);
    }
    if (open.isEmpty()) {
        MessageBox::information(this, tr("Enter a brand"), tr("Every brand is entered in this round already."));
        return;
    }
    EvaluationEntry entry;
    entry.roundId = currentRoundId();
    EntryDialog dialog(m_session.evaluation(), entry, open, m_session.clock().today(), this);
    dialog.exec();
}

void EvaluationView::editEntry()
{
    const qint64 id = selectedEntryId();
    if (id == 0)
        return;
    const Result<EvaluationEntry> entry = m_session.evaluation().entry(id);
    if (!entry) {
        MessageBox::error(this, tr("Self-declaration"), entry.error());
        return;
    }
    EntryDialog dialog(m_session.evaluation(), *entry, {}, m_session.clock().today(), this);
    dialog.setReadOnly(!editable());
    dialog.exec();
}

void EvaluationView::withdrawEntry()
{
    const qint64 id = selectedEntryId();
    if (id == 0 || MessageBox::question(this, tr("Withdraw the entry"),
                                        tr("Withdraw this brand from the round, with every score given to it?"),
                                        QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    if (const Result<void> done = m_session.evaluation().withdraw(id); !done)
        MessageBox::error(this, tr("Withdraw the entry"), done.error());
}

void EvaluationView::addExpert()
{
    EvaluationExpert expert;
    expert.roundId = currentRoundId();
    ExpertDialog dialog(m_session.evaluation(), expert,
                        m_session.departments().activeDepartments().value_or(QList<Department>()), this);
    dialog.exec();
}

void EvaluationView::editExpert()
{
    const qint64 id = selectedExpertId();
    for (const EvaluationExpert& x : std::as_const(m_expertList))
        if (x.id == id && editable()) {
            ExpertDialog dialog(m_session.evaluation(), x,
                                m_session.departments().activeDepartments().value_or(QList<Department>()), this);
            dialog.exec();
        }
}

void EvaluationView::removeExpert()
{
    const qint64 id = selectedExpertId();
    if (id == 0 || MessageBox::question(this, tr("Remove the expert"),
                                        tr("Remove this expert from the panel, with every score they gave?"),
                                        QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    if (const Result<void> done = m_session.evaluation().removeExpert(id); !done)
        MessageBox::error(this, tr("Remove the expert"), done.error());
}

void EvaluationView::suggestTop()
{
    const int n = m_ui->topNSpinBox->value();
    const QList<qint64> top = EvaluationCalculator::suggestTop(m_results->results(), n);
    QStringList names;
    for (const BrandResult& r : m_results->results())
        if (top.contains(r.entryId))
            names.append(tr("%1 (%2, rank %3 in %4)")
                             .arg(r.brandName, r.combinedScore->toString(2))
                             .arg(r.rankInCategory)
                             .arg(departmentCategoryName(r.category)));
    if (names.isEmpty()) {
        MessageBox::information(this, tr("Select the top brands"), tr("No brand is ranked yet."));
        return;
    }
    if (MessageBox::question(this, tr("Select the top brands"),
                             tr("Mark these brands as typical brands?\n\n%1").arg(names.join(QLatin1Char('\n'))),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) != QMessageBox::Yes)
        return;
    if (const Result<int> done = m_session.evaluation().selectTop(currentRoundId(), n); !done)
        MessageBox::error(this, tr("Select the top brands"), done.error());
}

void EvaluationView::toggleSelected()
{
    const qint64 id = selectedResultEntryId();
    for (const EvaluationEntry& e : std::as_const(m_entryList))
        if (e.id == id) {
            const Result<EvaluationEntry> done = m_session.evaluation().setSelected(id, e.version, !e.selected);
            if (!done)
                MessageBox::error(this, tr("Typical brand"), done.error());
            return;
        }
}

void EvaluationView::addPublicity()
{
    PublicityDialog dialog(m_session.evaluation(), selectedResultEntryId(), m_session.clock().today(), this);
    dialog.exec();
}

void EvaluationView::recordNaming()
{
    const qint64 id = selectedResultEntryId();
    for (const EvaluationEntry& e : std::as_const(m_entryList))
        if (e.id == id) {
            NamingDialog dialog(m_session.evaluation(), e, m_session.clock().today(), this);
            dialog.exec();
            return;
        }
}

void EvaluationView::exportScores()
{
    const ExportTable table =
        EvaluationDocuments::allScores(m_roundName, m_rules, m_entryList, m_expertList, m_scoreList);
    QStandardItemModel model;
    model.setHorizontalHeaderLabels(table.headers);
    for (const QVariantList& row : table.rows) {
        QList<QStandardItem*> items;
        for (const QVariant& cell : row) {
            auto* item = new QStandardItem;
            item->setData(cell, Qt::DisplayRole);
            items.append(item);
        }
        model.appendRow(items);
    }
    QTableView view;
    view.setModel(&model);
    tableexport::exportView(this, &view, table.title);
}

void EvaluationView::printResults()
{
    const Result<std::optional<Campaign>> campaign = m_session.campaigns().current();
    const QString issuer =
        EvaluationDocuments::issuerOf(campaign && *campaign ? (*campaign)->noticeReference : QString());
    PrintPreview::show(this, {EvaluationDocuments::results(m_roundName, m_rules, m_results->results(), issuer,
                                                           m_session.clock().today())});
}

void EvaluationView::printExpertSheets()
{
    PrintPreview::show(this, {EvaluationDocuments::expertSheets(m_roundName, m_rules, m_entryList, m_expertList)});
}

void EvaluationView::printQuestionnaire()
{
    PrintPreview::show(this, {EvaluationDocuments::questionnaire(m_roundName, m_entryList)});
}

} // namespace branddesk
