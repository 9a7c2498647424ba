// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/evaluationresultstab.h"

#include "ui_evaluationresultstab.h"

#include "core/evaluation/evaluationcalculator.h"
#include "core/evaluation/evaluationdocuments.h"
#include "core/services/session.h"
#include "ui/evaluation/namingdialog.h"
#include "ui/evaluation/publicitydialog.h"
#include "ui/evaluation/resultsmodel.h"
#include "ui/print/printpreview.h"
#include "ui/widgets/filterproxymodel.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/recordlist.h"
#include "ui/widgets/tableexport.h"

#include <QHeaderView>
#include <QStandardItemModel>

namespace branddesk {

EvaluationResultsTab::EvaluationResultsTab(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EvaluationResultsTab>())
    , m_session(session)
    , m_results(new ResultsModel(this))
{
    setObjectName(QStringLiteral("resultsTab"));
    m_ui->setupUi(this);
    auto* resultsProxy = new FilterProxyModel(this);
    resultsProxy->setSourceModel(m_results);
    recordlist::setUpTable(m_ui->resultsTableView, resultsProxy);
    m_ui->resultsTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    connect(m_ui->suggestTopPushButton, &QPushButton::clicked, this, &EvaluationResultsTab::suggestTop);
    connect(m_ui->toggleSelectedPushButton, &QPushButton::clicked, this, &EvaluationResultsTab::toggleSelected);
    connect(m_ui->publicityPushButton, &QPushButton::clicked, this, &EvaluationResultsTab::addPublicity);
    connect(m_ui->namingPushButton, &QPushButton::clicked, this, &EvaluationResultsTab::recordNaming);
    connect(m_ui->exportScoresPushButton, &QPushButton::clicked, this, &EvaluationResultsTab::exportScores);
    connect(m_ui->printResultsPushButton, &QPushButton::clicked, this, &EvaluationResultsTab::printResults);
    connect(m_ui->printSheetsPushButton, &QPushButton::clicked, this, &EvaluationResultsTab::printExpertSheets);
    connect(m_ui->printQuestionnairePushButton, &QPushButton::clicked, this, &EvaluationResultsTab::printQuestionnaire);
    connect(m_ui->resultsTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showExplanation();
        updateActions();
    });
}

EvaluationResultsTab::~EvaluationResultsTab() = default;

void EvaluationResultsTab::showRound(const EvaluationRoundState& round)
{
    m_round = round;
    const qint64 selected = selectedResultEntryId();
    m_results->setResults(
        EvaluationCalculator::compute(m_round.rules, m_round.entries, m_round.experts, m_round.scores),
        m_round.entries);
    for (int row = 0; row < m_ui->resultsTableView->model()->rowCount(); ++row) {
        const QModelIndex index = m_ui->resultsTableView->model()->index(row, 0);
        const auto* proxy = static_cast<const QSortFilterProxyModel*>(m_ui->resultsTableView->model());
        if (const BrandResult* r = m_results->resultAt(proxy->mapToSource(index).row()); r && r->entryId == selected)
            m_ui->resultsTableView->setCurrentIndex(index);
    }
    showExplanation();
    updateActions();
}

void EvaluationResultsTab::showExplanation()
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
    for (const EvaluationEntry& e : std::as_const(m_round.entries)) {
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

void EvaluationResultsTab::updateActions()
{
    const bool canWrite = m_round.canWrite;
    // A round that could not be read offers nothing that would act on what is not there.
    const bool hasRound = m_round.isRead();
    const qint64 entryId = selectedResultEntryId();
    const EvaluationEntry* entry = nullptr;
    for (const EvaluationEntry& e : std::as_const(m_round.entries))
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
    m_ui->printSheetsPushButton->setEnabled(hasRound && !m_round.experts.isEmpty());
    m_ui->printQuestionnairePushButton->setEnabled(hasRound);
}

qint64 EvaluationResultsTab::selectedResultEntryId() const
{
    const QModelIndex current = m_ui->resultsTableView->currentIndex();
    if (!current.isValid())
        return 0;
    const auto* proxy = static_cast<const QSortFilterProxyModel*>(m_ui->resultsTableView->model());
    const BrandResult* r = m_results->resultAt(proxy->mapToSource(current).row());
    return r ? r->entryId : 0;
}

void EvaluationResultsTab::suggestTop()
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
    if (const Result<int> done = m_session.evaluation().selectTop(m_round.id, n); !done)
        MessageBox::error(this, tr("Select the top brands"), done.error());
}

void EvaluationResultsTab::toggleSelected()
{
    const qint64 id = selectedResultEntryId();
    for (const EvaluationEntry& e : std::as_const(m_round.entries))
        if (e.id == id) {
            const Result<EvaluationEntry> done = m_session.evaluation().setSelected(id, e.version, !e.selected);
            if (!done)
                MessageBox::error(this, tr("Typical brand"), done.error());
            return;
        }
}

void EvaluationResultsTab::addPublicity()
{
    PublicityDialog dialog(m_session.evaluation(), selectedResultEntryId(), m_session.clock().today(), this);
    dialog.exec();
}

void EvaluationResultsTab::recordNaming()
{
    const qint64 id = selectedResultEntryId();
    for (const EvaluationEntry& e : std::as_const(m_round.entries))
        if (e.id == id) {
            NamingDialog dialog(m_session.evaluation(), e, m_session.clock().today(), this);
            dialog.exec();
            return;
        }
}

void EvaluationResultsTab::exportScores()
{
    const ExportTable table =
        EvaluationDocuments::allScores(m_round.name, m_round.rules, m_round.entries, m_round.experts, m_round.scores);
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

void EvaluationResultsTab::printResults()
{
    const Result<std::optional<Campaign>> campaign = m_session.campaigns().current();
    const QString issuer =
        EvaluationDocuments::issuerOf(campaign && *campaign ? (*campaign)->noticeReference : QString());
    PrintPreview::show(this, {EvaluationDocuments::results(m_round.name, m_round.rules, m_results->results(), issuer,
                                                           m_session.clock().today())});
}

void EvaluationResultsTab::printExpertSheets()
{
    PrintPreview::show(
        this, {EvaluationDocuments::expertSheets(m_round.name, m_round.rules, m_round.entries, m_round.experts)});
}

void EvaluationResultsTab::printQuestionnaire()
{
    PrintPreview::show(this, {EvaluationDocuments::questionnaire(m_round.name, m_round.entries)});
}

} // namespace branddesk
