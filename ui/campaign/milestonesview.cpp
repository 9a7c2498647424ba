// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaign/milestonesview.h"

#include "ui_milestonesview.h"

#include "core/services/session.h"
#include "core/text/dates.h"
#include "ui/campaign/milestoneactions.h"
#include "ui/campaign/milestonematrixmodel.h"
#include "ui/widgets/backgroundreader.h"
#include "ui/widgets/filterproxymodel.h"
#include "ui/widgets/itemroles.h"
#include "ui/widgets/lazyreload.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/recordlist.h"
#include "ui/widgets/statusicon.h"

#include <QHeaderView>
#include <QLocale>

namespace branddesk {

MilestonesView::MilestonesView(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MilestonesView>())
    , m_session(session)
    , m_model(new MilestoneMatrixModel(this))
    , m_proxy(new FilterProxyModel(this))
    , m_reader(new BackgroundReader(session, this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    recordlist::setUpTable(m_ui->matrixTableView, m_proxy);
    m_ui->matrixTableView->horizontalHeader()->setStretchLastSection(false);
    m_ui->matrixTableView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_ui->matrixTableView->sortByColumn(MilestoneMatrixModel::OverdueColumn, Qt::DescendingOrder);
    recordlist::fillCategories(m_ui->categoryComboBox);
    recordlist::addFindShortcut(this, m_ui->searchLineEdit);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);

    QTableWidget* list = m_ui->departmentMilestonesTableWidget;
    list->setColumnCount(6);
    list->setHorizontalHeaderLabels(
        {tr("Phase"), tr("Milestone"), tr("Due"), tr("State"), tr("Done on"), tr("Evidence")});
    list->verticalHeader()->hide();
    list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->horizontalHeader()->setStretchLastSection(true);

    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_proxy, &FilterProxyModel::setSearchText);
    connect(m_ui->categoryComboBox, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setRoleFilter(CategoryRole, m_ui->categoryComboBox->currentData()); });
    connect(m_ui->behindOnlyCheckBox, &QCheckBox::toggled, this,
            [this](bool only) { m_proxy->setRoleFilter(NeedsAttentionRole, only ? QVariant(true) : QVariant()); });
    connect(m_ui->phaseComboBox, &QComboBox::currentIndexChanged, this, &MilestonesView::applyPhaseFilter);
    connect(m_ui->matrixTableView, &QTableView::activated, this, &MilestonesView::editCell);
    connect(m_ui->matrixTableView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { showDepartment(current.data(IdRole).toLongLong()); });
    connect(list, &QTableWidget::cellActivated, this, [this, list](int row, int) {
        const qint64 milestoneId = list->item(row, 0)->data(MilestoneIdRole).toLongLong();
        if (editMilestoneCompletion(m_session, m_model->board(), milestoneId, m_shownDepartmentId, this))
            reload();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MilestonesView::updateSummary);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MilestonesView::updateSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MilestonesView::updateSummary);
    // Loaded when first shown, and again when shown after a change made elsewhere.
    auto* lazy = new LazyReload(this, [this] { reload(); });
    connect(&session.milestones(), &MilestoneService::changed, lazy, &LazyReload::request);
    connect(&session.campaigns(), &CampaignService::changed, lazy, &LazyReload::request);
    connect(&session.departments(), &DepartmentService::changed, lazy, &LazyReload::request);
}

MilestonesView::~MilestonesView() = default;

bool MilestonesView::isLoading() const
{
    return m_reader->isBusy();
}

void MilestonesView::reload()
{
    Result<std::optional<Campaign>> current = m_session.campaigns().current();
    if (!current) {
        MessageBox::error(this, tr("Milestones"), current.error());
        return;
    }
    if (!*current) {
        m_reader->cancel();
        m_model->setBoard(MilestoneBoard());
        m_ui->campaignLabel->setText(tr("No campaign yet. Create one on the campaign calendar page."));
        return;
    }
    // The board of a thousand departments takes a moment to read: in the reader's thread, while the page stays
    // usable and says it is loading; a newer reload supersedes this one.
    m_ui->campaignLabel->setText(tr("Loading the milestones…"));
    m_reader->request(
        [this, campaignId = (*current)->id](Session& reader) -> BackgroundReader::Delivery {
            auto board = std::make_shared<Result<MilestoneBoard>>(reader.milestones().board(campaignId));
            return [this, board] {
                if (!*board) {
                    m_ui->campaignLabel->setText(tr("The milestones could not be loaded."));
                    MessageBox::error(this, tr("Milestones"), board->error());
                    return;
                }
                showBoard(**board);
            };
        },
        [this](const Error& error) {
            m_ui->campaignLabel->setText(tr("The milestones could not be loaded."));
            MessageBox::error(this, tr("Milestones"), error);
        });
}

void MilestonesView::showBoard(const MilestoneBoard& board)
{
    m_model->setBoard(board);
    const Campaign& campaign = board.campaign();
    const Phase* phase = campaign.phaseOn(board.today());
    m_ui->campaignLabel->setText(
        tr("<b>%1</b> — today %2, %3")
            .arg(campaign.title.toHtmlEscaped(), QLocale().toString(board.today(), QLocale::LongFormat),
                 phase != nullptr
                     ? tr("phase %1 %2 (%3)").arg(phase->ordinal).arg(phase->name, dekad::displayRange(phase->dates))
                     : tr("outside the phases")));

    const QVariant chosen = m_ui->phaseComboBox->currentData();
    const QSignalBlocker blocker(m_ui->phaseComboBox);
    m_ui->phaseComboBox->clear();
    m_ui->phaseComboBox->addItem(tr("All phases"));
    for (const Phase& p : campaign.phases)
        m_ui->phaseComboBox->addItem(tr("Phase %1: %2").arg(p.ordinal).arg(p.name), p.id);
    m_ui->phaseComboBox->setCurrentIndex(std::max(0, m_ui->phaseComboBox->findData(chosen)));
    applyPhaseFilter();
    showDepartment(m_shownDepartmentId);
    updateSummary();
}

void MilestonesView::applyPhaseFilter()
{
    const QVariant phaseId = m_ui->phaseComboBox->currentData();
    for (int column = MilestoneMatrixModel::FirstMilestoneColumn; column < m_model->columnCount(); ++column) {
        const Milestone* milestone = m_model->milestoneAt(column);
        m_ui->matrixTableView->setColumnHidden(column, phaseId.isValid() && milestone->phaseId != phaseId.toLongLong());
    }
}

void MilestonesView::editCell(const QModelIndex& index)
{
    const QModelIndex source = m_proxy->mapToSource(index);
    const Milestone* milestone = m_model->milestoneAt(source.column());
    if (milestone == nullptr)
        return;
    if (editMilestoneCompletion(m_session, m_model->board(), milestone->id, source.data(IdRole).toLongLong(), this))
        reload();
}

void MilestonesView::showDepartment(qint64 departmentId)
{
    QTableWidget* list = m_ui->departmentMilestonesTableWidget;
    list->setRowCount(0);
    const MilestoneBoard& board = m_model->board();
    const DepartmentProgress* row = nullptr;
    for (const DepartmentProgress& r : board.rows()) {
        if (r.department.id == departmentId)
            row = &r;
    }
    m_shownDepartmentId = row != nullptr ? departmentId : 0;
    if (row == nullptr) {
        m_ui->departmentTitleLabel->setText(tr("Select a department to see its milestones."));
        return;
    }
    m_ui->departmentTitleLabel->setText(
        tr("<b>%1</b>: %2 of %3 applicable milestones done; of the %4 due so far, %5 done and %6 overdue")
            .arg(row->department.name.toHtmlEscaped())
            .arg(row->done)
            .arg(row->applicable)
            .arg(row->dueByToday)
            .arg(row->doneOfDue)
            .arg(row->overdue));
    const QList<Milestone>& milestones = board.campaign().milestones;
    list->setRowCount(static_cast<int>(milestones.size()));
    for (int i = 0; i < milestones.size(); ++i) {
        const Milestone& m = milestones.at(i);
        const MilestoneState& state = row->states.at(i);
        const Phase* phase = board.campaign().phase(m.phaseId);
        const std::optional<MilestoneCompletion> done = board.completion(m.id, departmentId);
        auto* phaseItem = new QTableWidgetItem(phase != nullptr ? phase->name : QString());
        phaseItem->setData(MilestoneIdRole, m.id);
        list->setItem(i, 0, phaseItem);
        list->setItem(i, 1, new QTableWidgetItem(m.name));
        list->setItem(i, 2,
                      new QTableWidgetItem(m.due.isValid() ? dates::shown(m.due) + QStringLiteral(" (") +
                                                                 dekad::display(m.due) + QLatin1Char(')')
                                                           : tr("no deadline")));
        auto* stateItem = new QTableWidgetItem(lightIcon(state.light()), state.describe());
        list->setItem(i, 3, stateItem);
        list->setItem(i, 4, new QTableWidgetItem(done ? dates::shown(done->doneDate) : QString()));
        list->setItem(i, 5, new QTableWidgetItem(done ? done->evidence.section(QLatin1Char('\n'), 0, 0) : QString()));
    }
}

void MilestonesView::updateSummary()
{
    int behind = 0;
    for (const DepartmentProgress& row : m_model->board().rows()) {
        if (row.overdue > 0)
            ++behind;
    }
    const QList<BehindItem> items = m_model->board().behind();
    const int overdueItems = static_cast<int>(
        std::count_if(items.cbegin(), items.cend(), [](const BehindItem& item) { return item.light == Light::Red; }));
    m_ui->summaryLabel->setText(tr("%1 departments shown; %2 are behind, with %3 overdue milestones in all.")
                                    .arg(m_proxy->rowCount())
                                    .arg(behind)
                                    .arg(overdueItems));
}

} // namespace branddesk
