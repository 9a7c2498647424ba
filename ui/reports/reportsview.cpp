// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/reportsview.h"

#include "ui_reportsview.h"

#include "core/audit/reportsnapshots.h"
#include "core/services/session.h"
#include "ui/audit/historyaction.h"
#include "ui/reports/highlightdelegate.h"
#include "ui/reports/reportentrydialog.h"
#include "ui/reports/reportlistmodel.h"
#include "ui/widgets/backgroundreader.h"
#include "ui/widgets/filterproxymodel.h"
#include "ui/widgets/itemroles.h"
#include "ui/widgets/lazyreload.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/recordlist.h"
#include "ui/widgets/tableexport.h"

#include <QCompleter>
#include <QHeaderView>
#include <QLocale>
#include <QTimer>

namespace branddesk {

ReportsView::ReportsView(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReportsView>())
    , m_session(session)
    , m_model(new ReportListModel(this))
    , m_proxy(new FilterProxyModel(this))
    , m_highlight(new HighlightDelegate(this))
    , m_searchDelay(new QTimer(this))
    , m_lazy(new LazyReload(this, [this] { reload(); }))
    , m_reader(new BackgroundReader(session, this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    QTableView* table = m_ui->reportsTableView;
    recordlist::setUpTable(table, m_proxy);
    QHeaderView* header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ReportListModel::ExcerptColumn, QHeaderView::Stretch);
    const int em = table->fontMetrics().horizontalAdvance(QChar(0x4e2d));
    table->setColumnWidth(ReportListModel::WeekColumn, 19 * em);
    table->setColumnWidth(ReportListModel::DepartmentColumn, 9 * em);
    table->setColumnWidth(ReportListModel::TitleColumn, 13 * em);
    table->setColumnWidth(ReportListModel::ReceivedColumn, 9 * em);
    table->setColumnWidth(ReportListModel::StatusColumn, 8 * em);
    table->setColumnWidth(ReportListModel::ChannelColumn, 5 * em);
    table->setColumnWidth(ReportListModel::ServesColumn, 9 * em);
    table->setColumnWidth(ReportListModel::AttachmentsColumn, 3 * em);
    table->setItemDelegateForColumn(ReportListModel::TitleColumn, m_highlight);
    table->setItemDelegateForColumn(ReportListModel::ExcerptColumn, m_highlight);
    fillFilters();

    QAction* add = recordlist::addPageAction(this, tr("&New reports…"), QKeySequence::New, "newReportAction");
    QAction* open =
        recordlist::addPageAction(this, tr("&Open"), QKeySequence(Qt::CTRL | Qt::Key_O), "openReportAction");
    QAction* remove = recordlist::addPageAction(this, tr("&Delete"), QKeySequence::Delete, "deleteReportAction");
    QAction* exportAction = tableexport::addExportAction(this, table, tr("Weekly reports"));
    QAction* history =
        addHistoryAction(this, session.audit(), ReportAuditEntities::kWeeklyReport, [this] { return selectedId(); });
    recordlist::addToolBar(this, m_ui->mainLayout, {add, open, remove, nullptr, exportAction, history});
    recordlist::addFindShortcut(this, m_ui->searchLineEdit);
    const bool canWrite = session.currentUser().canWrite();
    add->setEnabled(canWrite);
    remove->setEnabled(canWrite);
    open->setText(canWrite ? tr("&Open") : tr("&View"));

    connect(add, &QAction::triggered, this, &ReportsView::newReports);
    connect(open, &QAction::triggered, this, &ReportsView::openSelected);
    connect(remove, &QAction::triggered, this, &ReportsView::deleteSelected);
    connect(table, &QTableView::activated, this, &ReportsView::openSelected);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &ReportsView::reload);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_ui->searchLineEdit, &QLineEdit::returnPressed, this, &ReportsView::reload);
    for (QComboBox* combo : {m_ui->categoryComboBox, m_ui->fromWeekComboBox, m_ui->toWeekComboBox, m_ui->tagComboBox})
        connect(combo, &QComboBox::currentIndexChanged, this, &ReportsView::reload);
    connect(m_ui->departmentComboBox, &QComboBox::currentIndexChanged, this, &ReportsView::reload);
    connect(m_ui->departmentComboBox->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (m_ui->departmentComboBox->currentText().trimmed().isEmpty())
            m_ui->departmentComboBox->setCurrentIndex(0);
    });
    connect(m_ui->highlightCheckBox, &QCheckBox::toggled, this, &ReportsView::reload);
    connect(m_reader, &BackgroundReader::busyChanged, this, [this](bool busy) {
        if (busy)
            setCursor(Qt::BusyCursor);
        else
            unsetCursor();
    });
    connect(&session.reports(), &ReportService::changed, m_lazy, &LazyReload::request);
    connect(&session.departments(), &DepartmentService::changed, this, [this] {
        fillFilters();
        m_lazy->request();
    });
}

ReportsView::~ReportsView() = default;

void ReportsView::fillFilters()
{
    const QSignalBlocker blockDepartments(m_ui->departmentComboBox);
    const QSignalBlocker blockCategories(m_ui->categoryComboBox);
    const QSignalBlocker blockFrom(m_ui->fromWeekComboBox);
    const QSignalBlocker blockTo(m_ui->toWeekComboBox);
    const QSignalBlocker blockTags(m_ui->tagComboBox);
    const qint64 department = filterDepartmentId();

    QComboBox* departments = m_ui->departmentComboBox;
    departments->clear();
    departments->addItem(tr("All departments"), 0);
    if (Result<QList<Department>> all = m_session.departments().activeDepartments(); all)
        for (const Department& d : *all)
            departments->addItem(d.name, d.id);
    auto* completer = new QCompleter(departments->model(), departments);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    departments->setCompleter(completer);
    departments->setCurrentIndex(std::max(0, departments->findData(department)));

    if (m_ui->categoryComboBox->count() == 0)
        recordlist::fillCategories(m_ui->categoryComboBox);

    if (m_ui->tagComboBox->count() == 0) {
        m_ui->tagComboBox->addItem(tr("Serving anyone"), 0);
        for (ReportTag tag : allReportTags())
            m_ui->tagComboBox->addItem(reportTagName(tag), int(tag));
    }

    // Weeks from the current campaign's first week (or a year back) to this week.
    const ReportWeek current = ReportWeek::containing(m_session.clock().today());
    ReportWeek first = ReportWeek::containing(current.monday().addDays(-7 * 52));
    if (Result<std::optional<Campaign>> campaign = m_session.campaigns().current(); campaign && *campaign)
        first = ReportWeek::containing((*campaign)->span().start);
    if (m_ui->fromWeekComboBox->count() == 0) {
        m_ui->fromWeekComboBox->addItem(tr("Any week"), QDate());
        m_ui->toWeekComboBox->addItem(tr("Any week"), QDate());
        for (ReportWeek week = current; week.isValid() && week >= first; week = week.previous()) {
            m_ui->fromWeekComboBox->addItem(week.label(), week.monday());
            m_ui->toWeekComboBox->addItem(week.label(), week.monday());
        }
    }
}

qint64 ReportsView::filterDepartmentId() const
{
    const QComboBox* combo = m_ui->departmentComboBox;
    if (combo->count() == 0)
        return 0;
    const int index = combo->findText(combo->currentText(), Qt::MatchFixedString);
    return index >= 0 ? combo->itemData(index).toLongLong() : 0;
}

ReportFilter ReportsView::filter() const
{
    ReportFilter filter;
    filter.text = m_ui->searchLineEdit->text();
    filter.departmentId = filterDepartmentId();
    if (const QVariant category = m_ui->categoryComboBox->currentData(); category.isValid())
        filter.category = DepartmentCategory(category.toInt());
    filter.fromWeek = ReportWeek::containing(m_ui->fromWeekComboBox->currentData().toDate());
    filter.toWeek = ReportWeek::containing(m_ui->toWeekComboBox->currentData().toDate());
    filter.tags = ReportTags::fromInt(m_ui->tagComboBox->currentData().toInt());
    filter.highlightOnly = m_ui->highlightCheckBox->isChecked();
    return filter;
}

void ReportsView::showDepartmentWeek(qint64 departmentId, const ReportWeek& week)
{
    {
        const QSignalBlocker blockers[] = {
            QSignalBlocker(m_ui->departmentComboBox), QSignalBlocker(m_ui->fromWeekComboBox),
            QSignalBlocker(m_ui->toWeekComboBox),     QSignalBlocker(m_ui->searchLineEdit),
            QSignalBlocker(m_ui->categoryComboBox),   QSignalBlocker(m_ui->tagComboBox),
            QSignalBlocker(m_ui->highlightCheckBox)};
        m_ui->searchLineEdit->clear();
        m_ui->categoryComboBox->setCurrentIndex(0);
        m_ui->tagComboBox->setCurrentIndex(0);
        m_ui->highlightCheckBox->setChecked(false);
        m_ui->departmentComboBox->setCurrentIndex(std::max(0, m_ui->departmentComboBox->findData(departmentId)));
        m_ui->fromWeekComboBox->setCurrentIndex(std::max(0, m_ui->fromWeekComboBox->findData(week.monday())));
        m_ui->toWeekComboBox->setCurrentIndex(std::max(0, m_ui->toWeekComboBox->findData(week.monday())));
    }
    reload();
}

bool ReportsView::isLoading() const
{
    return m_reader->isBusy();
}

void ReportsView::reload()
{
    m_searchDelay->stop();
    m_ui->resultLabel->setText(tr("Searching the reports…"));
    // A search of ten years of reports, and the list after a save, take a moment: read in the reader's thread
    // while the page stays usable; a newer search supersedes this one.
    m_reader->request(
        [this, current = filter()](Session& reader) -> BackgroundReader::Delivery {
            auto found = std::make_shared<Result<ReportSearchResult>>(reader.reports().search(current));
            std::optional<Campaign> campaign;
            if (Result<std::optional<Campaign>> c = reader.campaigns().current(); c && *c)
                campaign = **c;
            return [this, current, found, campaign] {
                if (!*found) {
                    MessageBox::error(this, tr("Weekly reports"), found->error());
                    return;
                }
                showFound(current, **found, campaign);
            };
        },
        [this](const Error& error) { MessageBox::error(this, tr("Weekly reports"), error); });
}

void ReportsView::showFound(const ReportFilter& searched, const ReportSearchResult& found,
                            const std::optional<Campaign>& campaign)
{
    const qint64 selected = selectedId();
    m_highlight->setTerms(searched.terms());
    m_model->setItems(found.items, campaign);
    const int shown = int(found.items.size());
    if (found.moreThanTotal)
        m_ui->resultLabel->setText(tr("More than %1 reports; the newest %2 shown — narrow the search to see older ones")
                                       .arg(QLocale().toString(found.total), QLocale().toString(shown)));
    else if (found.total > shown)
        m_ui->resultLabel->setText(tr("%1 reports; the newest %2 shown — narrow the search to see older ones")
                                       .arg(QLocale().toString(found.total), QLocale().toString(shown)));
    else
        m_ui->resultLabel->setText(tr("%n report(s)", nullptr, found.total));
    if (selected != 0) {
        const QModelIndexList again = m_proxy->match(m_proxy->index(0, 0), IdRole, selected, 1, Qt::MatchExactly);
        if (!again.isEmpty())
            m_ui->reportsTableView->selectRow(again.first().row());
    }
}

qint64 ReportsView::selectedId() const
{
    const QModelIndex current = m_ui->reportsTableView->currentIndex();
    return current.isValid() ? current.data(IdRole).toLongLong() : 0;
}

void ReportsView::newReports()
{
    ReportEntryDialog dialog(m_session, this);
    dialog.exec();
}

void ReportsView::openSelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    Result<WeeklyReport> report = m_session.reports().find(id);
    if (!report) {
        MessageBox::error(this, tr("Weekly reports"), report.error());
        reload();
        return;
    }
    ReportEntryDialog dialog(m_session, *report, this);
    dialog.markSearchTerms(m_highlight->terms());
    dialog.exec();
}

void ReportsView::deleteSelected()
{
    const QModelIndex current = m_ui->reportsTableView->currentIndex();
    const qint64 id = selectedId();
    if (id == 0)
        return;
    const ReportListItem& item = m_model->itemAt(m_proxy->mapToSource(current).row());
    if (MessageBox::question(this, tr("Delete report"),
                             tr("Delete the report “%1” of %2 for %3? The audit log keeps a copy.")
                                 .arg(item.title, item.departmentName, item.week.label()),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    if (Result<void> removed = m_session.reports().remove(id); !removed)
        MessageBox::error(this, tr("Delete report"), removed.error());
}

} // namespace branddesk
