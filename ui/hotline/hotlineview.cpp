// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/hotline/hotlineview.h"

#include "ui_hotlineview.h"

#include "core/audit/hotlinesnapshots.h"
#include "core/services/session.h"
#include "ui/audit/historyaction.h"
#include "ui/hotline/hotlinereportdialog.h"
#include "ui/hotline/ticketentrydialog.h"
#include "ui/hotline/ticketimportdialog.h"
#include "ui/hotline/ticketlistmodel.h"
#include "ui/hotline/ticketstepdialog.h"
#include "ui/widgets/departmentpicker.h"
#include "ui/widgets/filterproxymodel.h"
#include "ui/widgets/itemroles.h"
#include "ui/widgets/lazyreload.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/recordlist.h"
#include "ui/widgets/tableexport.h"

#include <QHeaderView>

namespace branddesk {

HotlineView::HotlineView(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HotlineView>())
    , m_session(session)
    , m_model(new TicketListModel(this))
    , m_proxy(new FilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    QTableView* table = m_ui->ticketsTableView;
    recordlist::setUpTable(table, m_proxy);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setStretchLastSection(true);
    const int em = fontMetrics().horizontalAdvance(QChar(0x4e2d));
    table->setColumnWidth(TicketListModel::ChannelColumn, 7 * em);
    table->setColumnWidth(TicketListModel::KindColumn, 5 * em);
    table->setColumnWidth(TicketListModel::CallerColumn, 4 * em);
    table->setColumnWidth(TicketListModel::DepartmentColumn, 8 * em);
    table->setColumnWidth(TicketListModel::ContentColumn, 18 * em);

    m_ui->statusComboBox->addItem(tr("All statuses"), -1);
    for (TicketStatus status : allTicketStatuses())
        m_ui->statusComboBox->addItem(ticketStatusName(status), int(status));
    m_ui->kindComboBox->addItem(tr("All kinds"), -1);
    for (TicketKind kind : allTicketKinds())
        m_ui->kindComboBox->addItem(ticketKindName(kind), int(kind));
    m_ui->monthComboBox->addItem(tr("All months"), QDate());
    const QDate today = session.clock().today();
    for (int back = 0; back < 24; ++back) {
        const QDate month = QDate(today.year(), today.month(), 1).addMonths(-back);
        m_ui->monthComboBox->addItem(
            tr("%1-%2", "year-month").arg(month.year()).arg(month.month(), 2, 10, QLatin1Char('0')), month);
    }
    m_ui->monthComboBox->setCurrentIndex(1);
    fillFilterChoices();
    setUpActions();

    auto refilter = [this] { reload(); };
    connect(m_ui->departmentComboBox, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_ui->statusComboBox, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_ui->monthComboBox, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_ui->overdueOnlyCheckBox, &QCheckBox::toggled, this, refilter);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, refilter);
    connect(table, &QTableView::activated, this, &HotlineView::openSelected);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HotlineView::updateActions);
    recordlist::addFindShortcut(this, m_ui->searchLineEdit);
    auto* lazy = new LazyReload(this, [this] {
        fillFilterChoices();
        reload();
    });
    connect(&session.hotline(), &HotlineService::changed, lazy, &LazyReload::request);
    connect(&session.departments(), &DepartmentService::changed, lazy, &LazyReload::request);
}

HotlineView::~HotlineView() = default;

void HotlineView::setUpActions()
{
    const bool canWrite = m_session.currentUser().canWrite();
    QAction* add = recordlist::addPageAction(this, tr("&New tickets…"), QKeySequence::New, "newTicketAction");
    QAction* open = recordlist::addPageAction(this, canWrite ? tr("&Open") : tr("&View"),
                                              QKeySequence(Qt::CTRL | Qt::Key_O), "openTicketAction");
    const struct {
        Action action;
        const char* text;
        QKeySequence shortcut;
        const char* name;
    } steps[] = {
        {Action::SignFor, QT_TR_NOOP("&Sign for"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), "signForAction"},
        {Action::Extend, QT_TR_NOOP("E&xtend…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X), "extendAction"},
        {Action::Transfer, QT_TR_NOOP("&Return / reassign…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
         "transferAction"},
        {Action::Answer, QT_TR_NOOP("&Answer…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), "answerAction"},
        {Action::FollowUp, QT_TR_NOOP("&Follow up…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), "followUpAction"},
        {Action::ClosePraise, QT_TR_NOOP("&Close praise"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
         "closePraiseAction"},
    };
    QList<QAction*> bar{add, open, nullptr};
    for (const auto& s : steps) {
        QAction* action = recordlist::addPageAction(this, tr(s.text), s.shortcut, s.name);
        connect(action, &QAction::triggered, this, [this, step = s.action] { takeStep(step); });
        m_steps.append({s.action, action});
        bar.append(action);
    }
    QAction* importTickets =
        recordlist::addPageAction(this, tr("&Import from 12345…"), QKeySequence(), "importTicketsAction");
    QAction* exportList = tableexport::addExportAction(this, m_ui->ticketsTableView, tr("Hotline tickets"));
    QAction* history =
        addHistoryAction(this, m_session.audit(), HotlineAuditEntities::kTicket, [this] { return selectedId(); });
    QAction* print =
        recordlist::addPageAction(this, tr("&Monthly report…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P),
                                  "hotlineReportAction"); // Ctrl+P is the window's summary
    bar << nullptr << importTickets << exportList << print << history;
    recordlist::addToolBar(this, m_ui->mainLayout, bar);
    add->setEnabled(canWrite);
    importTickets->setEnabled(canWrite);
    connect(importTickets, &QAction::triggered, this, &HotlineView::importTickets);
    connect(add, &QAction::triggered, this, &HotlineView::newTickets);
    connect(open, &QAction::triggered, this, &HotlineView::openSelected);
    connect(print, &QAction::triggered, this, &HotlineView::printReport);
    updateActions();
}

void HotlineView::fillFilterChoices()
{
    QComboBox* combo = m_ui->departmentComboBox;
    const QSignalBlocker block(combo);
    const QVariant current = combo->currentData();
    combo->clear();
    if (Result<QList<Department>> all = m_session.departments().activeDepartments(); all)
        departmentpicker::fill(combo, *all);
    combo->insertItem(0, tr("All departments"), qint64(0));
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

TicketFilter HotlineView::filter() const
{
    TicketFilter f;
    f.departmentId = departmentpicker::selectedId(m_ui->departmentComboBox);
    if (const int status = m_ui->statusComboBox->currentData().toInt(); status >= 0)
        f.status = TicketStatus(status);
    if (const int kind = m_ui->kindComboBox->currentData().toInt(); kind >= 0)
        f.kind = TicketKind(kind);
    f.month = m_ui->monthComboBox->currentData().toDate();
    f.overdueOnly = m_ui->overdueOnlyCheckBox->isChecked();
    f.text = m_ui->searchLineEdit->text();
    return f;
}

void HotlineView::reload()
{
    const qint64 keep = selectedId();
    HotlineService& hotline = m_session.hotline();
    Result<QList<Ticket>> items = hotline.tickets(filter());
    if (!items) {
        MessageBox::error(this, tr("Hotline"), items.error());
        return;
    }
    const QDate today = hotline.today();
    m_model->setItems(*items, today, hotline.mayReadPhones());
    const auto overdue =
        std::count_if(items->begin(), items->end(), [&today](const Ticket& t) { return t.isOverdue(today); });
    QString text = tr("%n ticket(s)", nullptr, static_cast<int>(items->size()));
    if (overdue > 0)
        text += tr("; %n overdue", nullptr, static_cast<int>(overdue));
    m_ui->resultLabel->setText(text);
    for (int column : {TicketListModel::NumberColumn, TicketListModel::ReceivedColumn, TicketListModel::PhoneColumn,
                       TicketListModel::DueColumn})
        m_ui->ticketsTableView->resizeColumnToContents(column);
    showFigures();
    select(keep);
    updateActions();
}

void HotlineView::showFigures()
{
    QDate month = m_ui->monthComboBox->currentData().toDate();
    if (!month.isValid())
        month = m_session.clock().today();
    const QDate from(month.year(), month.month(), 1);
    Result<HotlineFigures> f = m_session.hotline().figures(from, from.addMonths(1).addDays(-1));
    if (!f) {
        m_ui->figuresLabel->clear();
        return;
    }
    m_ui->figuresLabel->setText(
        tr("<b>%1</b>: received %2 (repeats %3), closed %4 · answered on time <b>%5</b> · signed for in time "
           "<b>%6</b> · satisfied <b>%7</b> (basically satisfied %8) · overdue now <b>%9</b>")
            .arg(tr("%1-%2", "year-month").arg(from.year()).arg(from.month(), 2, 10, QLatin1Char('0')))
            .arg(f->received)
            .arg(f->repeats)
            .arg(f->closed)
            .arg(f->onTime.text(), f->signedInTime.text(), f->satisfied.text())
            .arg(f->basicallySatisfied)
            .arg(f->overdueNow));
}

qint64 HotlineView::selectedId() const
{
    const QModelIndex index = m_ui->ticketsTableView->currentIndex();
    return index.isValid() ? index.data(IdRole).toLongLong() : 0;
}

void HotlineView::select(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_ui->ticketsTableView->setCurrentIndex(index);
}

void HotlineView::updateActions()
{
    const bool canWrite = m_session.currentUser().canWrite();
    const int row = m_model->rowOf(selectedId());
    // No ticket selected: no status matches (the steps are all off).
    const TicketStatus none = TicketStatus(-1);
    const TicketStatus status = row >= 0 ? m_model->itemAt(row).status() : none;
    const bool praise = row >= 0 && m_model->itemAt(row).kind == TicketKind::Praise;
    for (const auto& [action, qaction] : m_steps) {
        bool enabled = false;
        switch (action) {
        case Action::SignFor:
            enabled = status == TicketStatus::Assigned;
            break;
        case Action::Extend:
        case Action::Transfer:
            enabled = status == TicketStatus::Assigned || status == TicketStatus::SignedFor;
            break;
        case Action::Answer:
            enabled = status == TicketStatus::SignedFor;
            break;
        case Action::FollowUp:
            enabled = status == TicketStatus::Answered;
            break;
        case Action::ClosePraise:
            enabled = praise && status != TicketStatus::Closed;
            break;
        }
        qaction->setEnabled(canWrite && enabled);
    }
}

void HotlineView::newTickets()
{
    if (!m_session.currentUser().canWrite())
        return;
    TicketEntryDialog dialog(m_session, this);
    dialog.exec();
    if (dialog.savedCount() > 0)
        select(dialog.lastSaved().id);
}

void HotlineView::openSelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    openTicket(m_session, id, this);
}

void HotlineView::takeStep(Action action)
{
    const qint64 id = selectedId();
    if (id == 0 || !m_session.currentUser().canWrite())
        return;
    Result<Ticket> ticket = m_session.hotline().findTicket(id);
    if (!ticket) {
        MessageBox::error(this, tr("Hotline"), ticket.error());
        return;
    }
    Result<Ticket> done = *ticket;
    switch (action) {
    case Action::SignFor:
        done = m_session.hotline().signFor(*ticket);
        break;
    case Action::ClosePraise:
        done = m_session.hotline().closePraise(*ticket);
        break;
    case Action::Extend:
    case Action::Transfer:
    case Action::Answer:
    case Action::FollowUp: {
        const TicketStepDialog::Step step = action == Action::Extend     ? TicketStepDialog::Step::Extend
                                            : action == Action::Transfer ? TicketStepDialog::Step::Transfer
                                            : action == Action::Answer   ? TicketStepDialog::Step::Answer
                                                                         : TicketStepDialog::Step::FollowUp;
        TicketStepDialog dialog(m_session, step, *ticket, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        break;
    }
    }
    if (!done)
        MessageBox::error(this, tr("Hotline"), done.error());
    select(id);
}

void HotlineView::printReport()
{
    HotlineReportDialog dialog(m_session, this);
    dialog.exec();
}

void HotlineView::importTickets()
{
    if (!m_session.currentUser().canWrite())
        return;
    TicketImportDialog dialog(m_session, this);
    if (dialog.chooseFile())
        dialog.exec();
}

} // namespace branddesk
