// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/assessment/assessmentview.h"

#include "ui_assessmentview.h"

#include "core/audit/assessmentsnapshots.h"
#include "core/services/session.h"
#include "ui/assessment/assessmentitemdialog.h"
#include "ui/assessment/assessmentreportdialog.h"
#include "ui/assessment/assessmenttablemodel.h"
#include "ui/audit/historyaction.h"
#include "ui/widgets/backgroundreader.h"
#include "ui/widgets/itemroles.h"
#include "ui/widgets/lazyreload.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/recordlist.h"
#include "ui/widgets/tableexport.h"

#include <QHeaderView>

namespace branddesk {

AssessmentView::AssessmentView(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AssessmentView>())
    , m_session(session)
    , m_model(new AssessmentTableModel(this))
    , m_reader(new BackgroundReader(session, this))
{
    m_ui->setupUi(this);
    QTableView* table = m_ui->assessmentTableView;
    recordlist::setUpTable(table, m_model);
    table->setSortingEnabled(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QTableWidget* items = m_ui->itemsTableWidget;
    items->setColumnCount(3);
    items->setHorizontalHeaderLabels({tr("Kind"), tr("Points"), tr("Reason and evidence")});
    items->horizontalHeader()->setStretchLastSection(true);
    items->verticalHeader()->hide();
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    const Result<int> year = session.assessment().currentYear();
    m_ui->yearSpinBox->setValue(year && *year > 0 ? *year : session.clock().today().year());
    setUpActions();
    m_ui->mainLayout->setStretchFactor(m_ui->splitter, 1); // the table and its explanation take the height

    connect(m_ui->yearSpinBox, &QSpinBox::valueChanged, this, &AssessmentView::reload);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AssessmentView::showSelected);
    connect(items, &QTableWidget::itemSelectionChanged, this, &AssessmentView::updateActions);
    connect(items, &QTableWidget::itemActivated, this, &AssessmentView::openItem);
    auto* lazy = new LazyReload(this, [this] { reload(); });
    // Every record the assessment reads: a change anywhere may move a figure.
    connect(&session.assessment(), &AssessmentService::changed, lazy, &LazyReload::request);
    connect(&session.reports(), &ReportService::changed, lazy, &LazyReload::request);
    connect(&session.milestones(), &MilestoneService::changed, lazy, &LazyReload::request);
    connect(&session.inspections(), &InspectionService::changed, lazy, &LazyReload::request);
    connect(&session.enterprise(), &EnterpriseService::changed, lazy, &LazyReload::request);
    connect(&session.brands(), &BrandService::changed, lazy, &LazyReload::request);
    connect(&session.hotline(), &HotlineService::changed, lazy, &LazyReload::request);
    connect(&session.departments(), &DepartmentService::changed, lazy, &LazyReload::request);
}

AssessmentView::~AssessmentView() = default;

void AssessmentView::setUpActions()
{
    m_newItem = recordlist::addPageAction(this, tr("&Add item…"), QKeySequence::New, "newAssessmentItemAction");
    m_openItem = recordlist::addPageAction(this, m_session.assessment().mayEdit() ? tr("&Open item") : tr("&View item"),
                                           QKeySequence(Qt::CTRL | Qt::Key_O), "openAssessmentItemAction");
    m_removeItem =
        recordlist::addPageAction(this, tr("&Remove item"), QKeySequence::Delete, "removeAssessmentItemAction");
    m_finalise = recordlist::addPageAction(this, tr("&Finalise year…"), QKeySequence(), "finaliseAssessmentAction");
    m_reopen = recordlist::addPageAction(this, tr("Re&open year…"), QKeySequence(), "reopenAssessmentAction");
    QAction* exportTable = tableexport::addExportAction(this, m_ui->assessmentTableView, tr("Assessment"));
    QAction* print = recordlist::addPageAction(this, tr("&Report…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P),
                                               "assessmentReportAction");
    QAction* history =
        addHistoryAction(this, m_session.audit(), AssessmentAuditEntities::kItem, [this] { return selectedItem(); });
    recordlist::addToolBar(
        this, m_ui->mainLayout,
        {m_newItem, m_openItem, m_removeItem, nullptr, m_finalise, m_reopen, nullptr, exportTable, print, history});
    connect(m_newItem, &QAction::triggered, this, &AssessmentView::newItem);
    connect(m_openItem, &QAction::triggered, this, &AssessmentView::openItem);
    connect(m_removeItem, &QAction::triggered, this, &AssessmentView::removeItem);
    connect(m_finalise, &QAction::triggered, this, &AssessmentView::finalise);
    connect(m_reopen, &QAction::triggered, this, &AssessmentView::reopen);
    connect(print, &QAction::triggered, this, &AssessmentView::printReport);
    updateActions();
}

bool AssessmentView::isLoading() const
{
    return m_reader->isBusy();
}

void AssessmentView::reload()
{
    // A thousand departments' records of a year take a moment to weigh: in the reader's thread, while the page
    // stays usable and says it is loading; a newer reload (another year chosen) supersedes this one.
    m_ui->statusLabel->setText(tr("Computing the assessment…"));
    m_reader->request(
        [this, year = m_ui->yearSpinBox->value()](Session& reader) -> BackgroundReader::Delivery {
            auto table = std::make_shared<Result<AssessmentTable>>(reader.assessment().table(year));
            return [this, table] { showTable(*table); };
        },
        [this](const Error& error) { m_ui->statusLabel->setText(error.message); });
}

void AssessmentView::showTable(const Result<AssessmentTable>& table)
{
    const qint64 keep = selectedDepartment();
    if (!table) {
        m_model->setTable(AssessmentTable());
        m_finalised = false;
        m_ui->statusLabel->setText(table.error().message);
        showSelected();
        updateActions();
        return;
    }
    m_finalised = table->finalised;
    m_model->setTable(*table);
    int changed = 0;
    for (const DepartmentAssessment& row : table->rows)
        changed += row.changedAfterFinalising.isEmpty() ? 0 : 1;
    if (table->finalised)
        m_ui->statusLabel->setText(
            tr("<b>Finalised</b> by %1 on %2, from the records as of %3.")
                .arg(table->finalisedBy, table->finalisedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     table->asOf.toString(Qt::ISODate)) +
            (changed > 0
                 ? tr(" The records of %n department(s) changed since (in italics): not counted.", nullptr, changed)
                 : QString()));
    else
        m_ui->statusLabel->setText(
            tr("<b>Preview</b>: if the year ended today (%1). Not finalised.").arg(table->asOf.toString(Qt::ISODate)));
    const int row = m_model->rowOf(keep);
    m_ui->assessmentTableView->setCurrentIndex(m_model->index(std::max(0, row), 0));
    showSelected();
    updateActions();
}

qint64 AssessmentView::selectedDepartment() const
{
    const QModelIndex index = m_ui->assessmentTableView->currentIndex();
    return index.isValid() ? index.data(IdRole).toLongLong() : 0;
}

qint64 AssessmentView::selectedItem() const
{
    const QList<QTableWidgetItem*> selected = m_ui->itemsTableWidget->selectedItems();
    return selected.isEmpty() ? 0 : m_ui->itemsTableWidget->item(selected.first()->row(), 0)->data(IdRole).toLongLong();
}

void AssessmentView::showSelected()
{
    const qint64 id = selectedDepartment();
    const AssessmentTable& table = m_model->table();
    const DepartmentAssessment* row = table.row(id);
    QTableWidget* items = m_ui->itemsTableWidget;
    items->setRowCount(0);
    if (!row) {
        m_ui->departmentLabel->clear();
        m_ui->explanationPlainTextEdit->clear();
        updateActions();
        return;
    }
    m_ui->departmentLabel->setText(tr("<b>%1</b> — %2: %3 points, %4")
                                       .arg(row->input.departmentName, departmentCategoryName(row->input.category),
                                            row->total.toString(2), row->gradeText(table.scheme)));
    m_ui->explanationPlainTextEdit->setPlainText(row->explanation(table.scheme).join(QLatin1Char('\n')));
    for (const AssessmentItem& item : row->input.items) {
        const int r = items->rowCount();
        items->insertRow(r);
        auto* kind = new QTableWidgetItem(assessmentItemKindName(item.kind));
        kind->setData(IdRole, item.id);
        items->setItem(r, 0, kind);
        items->setItem(
            r, 1,
            new QTableWidgetItem(item.kind == AssessmentItemKind::Veto ? QString() : item.points.toExactString()));
        items->setItem(r, 2,
                       new QTableWidgetItem(item.evidence.isEmpty() ? item.reason
                                                                    : tr("%1 (%2)").arg(item.reason, item.evidence)));
    }
    items->resizeColumnsToContents();
    updateActions();
}

void AssessmentView::updateActions()
{
    const bool edit = m_session.assessment().mayEdit() && !m_finalised && !m_model->table().scheme.parts.isEmpty();
    const bool admin = m_session.assessment().mayFinalise();
    m_newItem->setEnabled(edit);
    m_openItem->setEnabled(selectedItem() != 0);
    m_removeItem->setEnabled(edit && selectedItem() != 0);
    m_finalise->setEnabled(admin && !m_finalised && m_model->rowCount() > 0);
    m_reopen->setEnabled(admin && m_finalised);
}

void AssessmentView::newItem()
{
    if (!m_newItem->isEnabled())
        return;
    AssessmentItem item;
    item.year = m_ui->yearSpinBox->value();
    item.departmentId = selectedDepartment();
    AssessmentItemDialog dialog(m_session, item, this);
    dialog.exec();
}

void AssessmentView::openItem()
{
    const qint64 id = selectedItem();
    const DepartmentAssessment* row = m_model->table().row(selectedDepartment());
    if (id == 0 || !row)
        return;
    for (const AssessmentItem& item : row->input.items)
        if (item.id == id) {
            AssessmentItemDialog dialog(m_session, item, this);
            dialog.exec();
            return;
        }
}

void AssessmentView::removeItem()
{
    const qint64 id = selectedItem();
    if (id == 0 || !m_removeItem->isEnabled())
        return;
    if (MessageBox::question(this, tr("Assessment"), tr("Remove the selected item? The audit log keeps what it was."),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    if (Result<void> removed = m_session.assessment().removeItem(id); !removed)
        MessageBox::error(this, tr("Assessment"), removed.error());
}

void AssessmentView::finalise()
{
    const int year = m_ui->yearSpinBox->value();
    if (!m_finalise->isEnabled() ||
        MessageBox::question(this, tr("Assessment"),
                             tr("Finalise the assessment of %1? The table is locked as it stands: later changes to the "
                                "records are flagged but not counted, and only an administrator can reopen it.")
                                 .arg(year),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    if (Result<void> done = m_session.assessment().finalise(year); !done)
        MessageBox::error(this, tr("Assessment"), done.error());
}

void AssessmentView::reopen()
{
    const int year = m_ui->yearSpinBox->value();
    if (!m_reopen->isEnabled() ||
        MessageBox::question(this, tr("Assessment"),
                             tr("Reopen the assessment of %1? The table follows the records again; the audit log keeps "
                                "the finalised totals.")
                                 .arg(year),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    if (Result<void> done = m_session.assessment().reopen(year); !done)
        MessageBox::error(this, tr("Assessment"), done.error());
}

void AssessmentView::printReport()
{
    if (m_model->rowCount() == 0)
        return;
    AssessmentReportDialog dialog(m_session, m_model->table(), this);
    dialog.exec();
}

} // namespace branddesk
