// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/brands/brandsview.h"

#include "ui_brandsview.h"

#include "core/services/session.h"
#include "ui/audit/historyaction.h"
#include "ui/brands/brandeditordialog.h"
#include "ui/brands/brandtablemodel.h"
#include "ui/widgets/filterproxymodel.h"
#include "ui/widgets/itemroles.h"
#include "ui/widgets/lazyreload.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/recordlist.h"

#include <QAction>

namespace branddesk {

BrandsView::BrandsView(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::BrandsView>())
    , m_session(session)
    , m_model(new BrandTableModel(session.brands(), this, BrandTableModel::FirstLoad::AtReload))
    , m_proxy(new FilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    recordlist::setUpTable(m_ui->brandsTableView, m_proxy);
    recordlist::fillCategories(m_ui->categoryComboBox);
    m_ui->statusComboBox->addItem(tr("All statuses"));
    for (BrandStatus status : allBrandStatuses())
        m_ui->statusComboBox->addItem(brandStatusName(status), static_cast<int>(status));

    m_newAction = recordlist::addPageAction(this, tr("&New brand"), QKeySequence::New, "newBrandAction");
    m_editAction = recordlist::addPageAction(this, tr("&Edit…"), QKeySequence(Qt::Key_F2), "editBrandAction");
    if (!session.currentUser().canWrite())
        m_editAction->setText(tr("&View…"));
    m_deleteAction = recordlist::addPageAction(this, tr("De&lete"), QKeySequence::Delete, "deleteBrandAction");
    connect(m_newAction, &QAction::triggered, this, &BrandsView::newBrand);
    connect(m_editAction, &QAction::triggered, this, &BrandsView::editSelected);
    connect(m_deleteAction, &QAction::triggered, this, &BrandsView::deleteSelected);
    recordlist::addFindShortcut(this, m_ui->searchLineEdit);
    QAction* history = addHistoryAction(this, session.audit(), AuditEntities::kBrand, [this] { return selectedId(); });
    recordlist::addToolBar(this, m_ui->mainLayout, {m_newAction, m_editAction, m_deleteAction, nullptr, history});

    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_proxy, &FilterProxyModel::setSearchText);
    connect(m_ui->categoryComboBox, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setRoleFilter(CategoryRole, m_ui->categoryComboBox->currentData()); });
    connect(m_ui->statusComboBox, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setRoleFilter(StatusRole, m_ui->statusComboBox->currentData()); });
    connect(m_ui->incompleteCheckBox, &QCheckBox::toggled, this,
            [this](bool only) { m_proxy->setRoleFilter(NeedsAttentionRole, only ? QVariant(true) : QVariant()); });
    connect(m_ui->brandsTableView, &QTableView::activated, this, &BrandsView::editSelected);
    connect(m_ui->brandsTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BrandsView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BrandsView::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &BrandsView::updateSummary);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &BrandsView::updateSummary);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &BrandsView::updateSummary);
    connect(m_model, &BrandTableModel::loadFailed, this,
            [this](const QString& message) { MessageBox::critical(this, tr("Service brands"), message); });
    // The brands are read when the view is first shown (a start shows the departments), and again after a
    // change once it is on screen.
    m_lazy = new LazyReload(this, [this] {
        m_model->reload();
        updateNoBrandNotice();
    });
    connect(&session.brands(), &BrandService::changed, m_lazy, &LazyReload::request);
    connect(&session.departments(), &DepartmentService::changed, m_lazy, &LazyReload::request);

    updateActions();
    updateSummary();
}

BrandsView::~BrandsView() = default;

QList<QAction*> BrandsView::editActions() const
{
    return {m_newAction, m_editAction, m_deleteAction};
}

qint64 BrandsView::selectedId() const
{
    const QModelIndexList rows = m_ui->brandsTableView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(IdRole).toLongLong();
}

bool BrandsView::select(qint64 brandId)
{
    m_lazy->ensureLoaded();
    const int sourceRow = m_model->rowOf(brandId);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_ui->brandsTableView->selectRow(index.row());
    m_ui->brandsTableView->scrollTo(index);
    return true;
}

void BrandsView::updateActions()
{
    const bool canWrite = m_session.currentUser().canWrite(); // a leader is not offered what core refuses
    const bool has = selectedId() != 0;
    m_newAction->setEnabled(canWrite);
    m_editAction->setEnabled(has); // a leader opens the brand read-only
    m_deleteAction->setEnabled(has && canWrite);
}

void BrandsView::updateSummary()
{
    int complete = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_model->index(row, 0).data(NeedsAttentionRole).toBool())
            ++complete;
    }
    m_ui->summaryLabel->setText(tr("%1 brands, %2 meet all five standards; %3 shown.")
                                    .arg(m_model->rowCount())
                                    .arg(complete)
                                    .arg(m_proxy->rowCount()));
}

void BrandsView::updateNoBrandNotice()
{
    Result<QList<DepartmentOverview>> overviews = m_session.departments().overviews();
    QStringList names;
    if (overviews) {
        for (const DepartmentOverview& overview : *overviews) {
            if (overview.department.active && overview.lacksBrand())
                names.append(overview.department.displayShortName());
        }
    }
    m_ui->noBrandLabel->setVisible(!names.isEmpty());
    m_ui->noBrandLabel->setText(
        tr("%n department(s) have no service brand yet: %1. Every department must build at least one.", nullptr,
           static_cast<int>(names.size()))
            .arg(names.join(tr(", "))));
}

void BrandsView::openEditor(qint64 brandId, qint64 departmentId)
{
    BrandEditorDialog editor(m_session, brandId, departmentId, this);
    if (!editor.isLoaded())
        return;
    editor.exec();
    if (editor.brand().id != 0)
        select(editor.brand().id);
}

void BrandsView::newBrand()
{
    openEditor(0, 0);
}

void BrandsView::editSelected()
{
    if (const qint64 id = selectedId(); id != 0 && m_editAction->isEnabled())
        openEditor(id);
}

void BrandsView::deleteSelected()
{
    const int row = m_model->rowOf(selectedId());
    if (row < 0)
        return;
    const BrandOverview overview = m_model->overviewAt(row);
    if (MessageBox::question(this, tr("Delete brand"),
                             tr("Delete the brand %1 of %2, with its logo and every field? This cannot be undone.")
                                 .arg(overview.brand.name(), overview.departmentName),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    if (Result<void> removed = m_session.brands().remove(overview.brand.id); !removed)
        MessageBox::error(this, tr("Delete brand"), removed.error());
}

} // namespace branddesk
