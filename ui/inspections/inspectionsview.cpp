// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inspections/inspectionsview.h"

#include "ui_inspectionsview.h"

#include "core/audit/inspectionsnapshots.h"
#include "core/services/session.h"
#include "ui/audit/historyaction.h"
#include "ui/inspections/inspectionactions.h"
#include "ui/inspections/inspectiondialog.h"
#include "ui/inspections/inspectionlistmodel.h"
#include "ui/widgets/filterproxymodel.h"
#include "ui/widgets/itemroles.h"
#include "ui/widgets/lazyreload.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/recordlist.h"
#include "ui/widgets/tableexport.h"

#include <QCompleter>
#include <QHeaderView>

namespace branddesk {

InspectionsView::InspectionsView(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::InspectionsView>())
    , m_session(session)
    , m_model(new InspectionListModel(this))
    , m_proxy(new FilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    QTableView* table = m_ui->inspectionsTableView;
    recordlist::setUpTable(table, m_proxy);
    QHeaderView* header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const int em = table->fontMetrics().horizontalAdvance(QChar(0x4e2d));
    table->setColumnWidth(InspectionListModel::DateColumn, 7 * em);
    table->setColumnWidth(InspectionListModel::DepartmentColumn, 11 * em);
    table->setColumnWidth(InspectionListModel::KindColumn, 5 * em);
    table->setColumnWidth(InspectionListModel::InspectorsColumn, 12 * em);
    table->setColumnWidth(InspectionListModel::NotMetColumn, 5 * em);
    table->setColumnWidth(InspectionListModel::RectificationsColumn, 13 * em);
    recordlist::fillCategories(m_ui->categoryComboBox);
    fillDepartments();

    QAction* add = recordlist::addPageAction(this, tr("&New inspection…"), QKeySequence::New, "newInspectionAction");
    QAction* open =
        recordlist::addPageAction(this, tr("&Open"), QKeySequence(Qt::CTRL | Qt::Key_O), "openInspectionAction");
    QAction* remove = recordlist::addPageAction(this, tr("&Delete"), QKeySequence::Delete, "deleteInspectionAction");
    QAction* exportAction = tableexport::addExportAction(this, table, tr("Inspections"));
    QAction* history =
        addHistoryAction(this, session.audit(), InspectionAuditEntities::kInspection, [this] { return selectedId(); });
    recordlist::addToolBar(this, m_ui->mainLayout, {add, open, remove, nullptr, exportAction, history});
    recordlist::addFindShortcut(this, m_ui->searchLineEdit);
    const bool canWrite = session.currentUser().canWrite();
    add->setEnabled(canWrite);
    remove->setEnabled(canWrite);
    open->setText(canWrite ? tr("&Open") : tr("&View"));

    connect(add, &QAction::triggered, this, &InspectionsView::newInspection);
    connect(open, &QAction::triggered, this, &InspectionsView::openSelected);
    connect(remove, &QAction::triggered, this, &InspectionsView::deleteSelected);
    connect(table, &QTableView::activated, this, &InspectionsView::openSelected);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearchText(text);
        updateResultLabel();
    });
    connect(m_ui->categoryComboBox, &QComboBox::currentIndexChanged, this, &InspectionsView::applyFilters);
    connect(m_ui->departmentComboBox, &QComboBox::currentIndexChanged, this, &InspectionsView::applyFilters);
    connect(m_ui->departmentComboBox->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (m_ui->departmentComboBox->currentText().trimmed().isEmpty())
            m_ui->departmentComboBox->setCurrentIndex(0);
    });
    connect(m_ui->overdueOnlyCheckBox, &QCheckBox::toggled, this, &InspectionsView::applyFilters);
    // Loaded when first shown, and again when shown after a change made elsewhere.
    auto* lazy = new LazyReload(this, [this] { reload(); });
    connect(&session.inspections(), &InspectionService::changed, lazy, &LazyReload::request);
    connect(&session.departments(), &DepartmentService::changed, this, [this, lazy] {
        fillDepartments();
        lazy->request();
    });
}

InspectionsView::~InspectionsView() = default;

void InspectionsView::fillDepartments()
{
    const QSignalBlocker block(m_ui->departmentComboBox);
    const qint64 department = filterDepartmentId();
    QComboBox* departments = m_ui->departmentComboBox;
    departments->clear();
    departments->addItem(tr("All departments"), qint64(0));
    if (Result<QList<Department>> all = m_session.departments().activeDepartments(); all)
        for (const Department& d : *all)
            departments->addItem(d.name, d.id);
    auto* completer = new QCompleter(departments->model(), departments);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    departments->setCompleter(completer);
    departments->setCurrentIndex(std::max(0, departments->findData(department)));
}

qint64 InspectionsView::filterDepartmentId() const
{
    const QComboBox* combo = m_ui->departmentComboBox;
    if (combo->count() == 0)
        return 0;
    const int index = combo->findText(combo->currentText(), Qt::MatchFixedString);
    return index >= 0 ? combo->itemData(index).toLongLong() : 0;
}

void InspectionsView::applyFilters()
{
    const qint64 department = filterDepartmentId();
    m_proxy->setRoleFilter(DepartmentIdRole, department != 0 ? QVariant(department) : QVariant());
    m_proxy->setRoleFilter(CategoryRole, m_ui->categoryComboBox->currentData());
    m_proxy->setRoleFilter(NeedsAttentionRole, m_ui->overdueOnlyCheckBox->isChecked() ? QVariant(true) : QVariant());
    updateResultLabel();
}

int InspectionsView::shownCount() const
{
    return m_proxy->rowCount();
}

void InspectionsView::updateResultLabel()
{
    int overdue = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        overdue += m_model->itemAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()).overdueCount;
    QString text = tr("%n inspection(s)", nullptr, shownCount());
    if (overdue > 0)
        text += tr("; %n rectification demand(s) overdue", nullptr, overdue);
    m_ui->resultLabel->setText(text);
}

void InspectionsView::reload()
{
    Result<QList<InspectionListItem>> items = m_session.inspections().list();
    if (!items) {
        MessageBox::error(this, tr("Inspections"), items.error());
        return;
    }
    const qint64 selected = selectedId();
    m_model->setItems(*items);
    applyFilters();
    if (selected != 0) {
        const QModelIndexList again = m_proxy->match(m_proxy->index(0, 0), IdRole, selected, 1, Qt::MatchExactly);
        if (!again.isEmpty())
            m_ui->inspectionsTableView->selectRow(again.first().row());
    }
}

qint64 InspectionsView::selectedId() const
{
    const QModelIndex current = m_ui->inspectionsTableView->currentIndex();
    return current.isValid() ? current.data(IdRole).toLongLong() : 0;
}

void InspectionsView::newInspection()
{
    if (!m_session.currentUser().canWrite())
        return;
    InspectionDialog dialog(m_session, filterDepartmentId(), this);
    dialog.exec();
}

void InspectionsView::openSelected()
{
    if (const qint64 id = selectedId(); id != 0 && !openInspection(m_session, id, this))
        reload();
}

void InspectionsView::deleteSelected()
{
    const QModelIndex current = m_ui->inspectionsTableView->currentIndex();
    const qint64 id = selectedId();
    if (id == 0 || !m_session.currentUser().canWrite())
        return;
    const InspectionListItem& item = m_model->itemAt(m_proxy->mapToSource(current).row());
    if (MessageBox::question(this, tr("Delete inspection"),
                             tr("Delete the inspection of %1 on %2, with its checklist and rectification demands? "
                                "The audit log keeps a copy.")
                                 .arg(item.departmentName, item.date.toString(QStringLiteral("yyyy-MM-dd"))),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    if (Result<void> removed = m_session.inspections().remove(id); !removed)
        MessageBox::error(this, tr("Delete inspection"), removed.error());
}

} // namespace branddesk
