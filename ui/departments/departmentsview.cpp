// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/departments/departmentsview.h"

#include "ui_departmentsview.h"

#include "core/services/session.h"
#include "ui/audit/historyaction.h"
#include "ui/departments/departmentcommands.h"
#include "ui/departments/departmentdialog.h"
#include "ui/departments/departmenttablemodel.h"
#include "ui/widgets/filterproxymodel.h"
#include "ui/widgets/itemroles.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/recordlist.h"

#include <QAction>
#include <QHeaderView>
#include <QUndoStack>

namespace branddesk {

DepartmentsView::DepartmentsView(Session& session, QUndoStack& undoStack, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DepartmentsView>())
    , m_session(session)
    , m_undoStack(undoStack)
    , m_model(new DepartmentTableModel(session.departments(), this))
    , m_proxy(new FilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRoleFilter(ActiveRole, true);
    recordlist::setUpTable(m_ui->departmentsTableView, m_proxy);
    // A province has a thousand departments, and a start shows this list first: its columns fit the rows in view
    // and a hundred more (fitting every row measured the text of all of them before the first paint), and every
    // row is one line high (no row is measured).
    m_ui->departmentsTableView->horizontalHeader()->setResizeContentsPrecision(100);
    m_ui->departmentsTableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    recordlist::fillCategories(m_ui->categoryComboBox);

    m_addAction = recordlist::addPageAction(this, tr("&New department"), QKeySequence::New, "addDepartmentAction");
    m_editAction = recordlist::addPageAction(this, tr("&Edit…"), QKeySequence(Qt::Key_F2), "editDepartmentAction");
    m_toggleActiveAction =
        recordlist::addPageAction(this, tr("&Deactivate"), QKeySequence(Qt::CTRL | Qt::Key_D), "toggleActiveAction");
    m_deleteAction = recordlist::addPageAction(this, tr("De&lete"), QKeySequence::Delete, "deleteDepartmentAction");
    m_newBrandAction = recordlist::addPageAction(this, tr("New &brand for this department"),
                                                 QKeySequence(Qt::CTRL | Qt::Key_B), "newBrandForDepartmentAction");
    connect(m_addAction, &QAction::triggered, this, &DepartmentsView::addDepartment);
    connect(m_editAction, &QAction::triggered, this, &DepartmentsView::editSelected);
    connect(m_toggleActiveAction, &QAction::triggered, this, &DepartmentsView::toggleActiveSelected);
    connect(m_deleteAction, &QAction::triggered, this, &DepartmentsView::deleteSelected);
    connect(m_newBrandAction, &QAction::triggered, this, [this] { emit newBrandRequested(selectedId()); });
    recordlist::addFindShortcut(this, m_ui->searchLineEdit);
    QAction* history =
        addHistoryAction(this, session.audit(), AuditEntities::kDepartment, [this] { return selectedId(); });
    recordlist::addToolBar(
        this, m_ui->mainLayout,
        {m_addAction, m_editAction, m_toggleActiveAction, m_deleteAction, nullptr, m_newBrandAction, history});

    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_proxy, &FilterProxyModel::setSearchText);
    connect(m_ui->categoryComboBox, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setRoleFilter(CategoryRole, m_ui->categoryComboBox->currentData()); });
    connect(m_ui->showInactiveCheckBox, &QCheckBox::toggled, this,
            [this](bool show) { m_proxy->setRoleFilter(ActiveRole, show ? QVariant() : QVariant(true)); });
    connect(m_ui->noBrandCheckBox, &QCheckBox::toggled, this,
            [this](bool only) { m_proxy->setRoleFilter(NeedsAttentionRole, only ? QVariant(true) : QVariant()); });
    connect(m_ui->departmentsTableView, &QTableView::activated, this, &DepartmentsView::editSelected);
    connect(m_ui->departmentsTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DepartmentsView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DepartmentsView::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DepartmentsView::updateSummary);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &DepartmentsView::updateSummary);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &DepartmentsView::updateSummary);
    connect(m_model, &DepartmentTableModel::loadFailed, this,
            [this](const QString& message) { MessageBox::critical(this, tr("Departments"), message); });
    connect(&session.departments(), &DepartmentService::changed, m_model, &DepartmentTableModel::reload);
    connect(&session.brands(), &BrandService::changed, m_model, &DepartmentTableModel::reload);

    updateActions();
    updateSummary();
}

DepartmentsView::~DepartmentsView() = default;

QList<QAction*> DepartmentsView::editActions() const
{
    return {m_addAction, m_editAction, m_toggleActiveAction, m_deleteAction, m_newBrandAction};
}

qint64 DepartmentsView::selectedId() const
{
    const QModelIndexList rows = m_ui->departmentsTableView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(IdRole).toLongLong();
}

bool DepartmentsView::select(qint64 id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_ui->departmentsTableView->selectRow(index.row());
    m_ui->departmentsTableView->scrollTo(index);
    return true;
}

void DepartmentsView::updateActions()
{
    const qint64 id = selectedId();
    const int row = m_model->rowOf(id);
    const bool canWrite = m_session.currentUser().canWrite(); // a leader is not offered what core refuses
    const bool has = row >= 0 && canWrite;
    m_addAction->setEnabled(canWrite);
    m_editAction->setEnabled(has);
    m_toggleActiveAction->setEnabled(has);
    m_deleteAction->setEnabled(has);
    m_newBrandAction->setEnabled(has && m_model->overviewAt(row).department.active);
    const bool active = has && m_model->overviewAt(row).department.active;
    m_toggleActiveAction->setText(has && !active ? tr("Re&activate") : tr("&Deactivate"));
}

void DepartmentsView::updateSummary()
{
    int active = 0;
    int withoutBrand = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const DepartmentOverview& overview = m_model->overviewAt(row);
        if (!overview.department.active)
            continue;
        ++active;
        if (overview.lacksBrand())
            ++withoutBrand;
    }
    QString text = tr("%1 active departments, %2 shown.").arg(active).arg(m_proxy->rowCount());
    if (withoutBrand > 0)
        text += QLatin1Char(' ') +
                tr("<span style=\"color:#c01f2f\">%1 have no service brand yet.</span>").arg(withoutBrand);
    m_ui->summaryLabel->setText(text);
}

void DepartmentsView::addDepartment()
{
    DepartmentDialog dialog(m_session, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_undoStack.push(new AddDepartmentCommand(m_session.departments(), dialog.saved()));
    select(dialog.saved().id);
}

void DepartmentsView::editSelected()
{
    const qint64 id = selectedId();
    if (id == 0 || !m_editAction->isEnabled())
        return;
    Result<Department> current = m_session.departments().find(id);
    if (!current) {
        MessageBox::error(this, tr("Departments"), current.error());
        return;
    }
    DepartmentDialog dialog(m_session, *current, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The dialog's original: the version its save replaced (another PC's, after a reload or a merge).
    m_undoStack.push(new EditDepartmentCommand(m_session.departments(), dialog.original().value_or(*current),
                                               dialog.saved(), tr("Edit department %1").arg(dialog.saved().name)));
    select(id);
}

void DepartmentsView::toggleActiveSelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    Result<Department> before = m_session.departments().find(id);
    if (!before) {
        MessageBox::error(this, tr("Departments"), before.error());
        return;
    }
    Result<Department> after = m_session.departments().setActive(id, !before->active);
    if (!after) {
        MessageBox::error(this, tr("Departments"), after.error());
        return;
    }
    const QString text = after->active ? tr("Reactivate %1").arg(after->name) : tr("Deactivate %1").arg(after->name);
    m_undoStack.push(new EditDepartmentCommand(m_session.departments(), *before, *after, text));
    select(id);
}

void DepartmentsView::deleteSelected()
{
    const qint64 id = selectedId();
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const Department department = m_model->overviewAt(row).department;
    if (m_model->overviewAt(row).brandCount > 0) {
        MessageBox::information(this, tr("Delete department"),
                                tr("%1 has brand records, so it cannot be deleted. Deactivate it instead (Ctrl+D): "
                                   "its records are kept and it leaves the lists.")
                                    .arg(department.name));
        return;
    }
    if (MessageBox::question(this, tr("Delete department"),
                             tr("Delete %1? It has no records yet.").arg(department.name),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    m_undoStack.push(new RemoveDepartmentCommand(m_session.departments(), department));
}

} // namespace branddesk
