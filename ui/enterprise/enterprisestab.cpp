// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/enterprise/enterprisestab.h"

#include "ui_enterprisestab.h"

#include "core/services/session.h"
#include "ui/enterprise/enterprisepagedialog.h"
#include "ui/enterprise/enterprisetabs.h"
#include "ui/widgets/itemroles.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/recordlist.h"
#include "ui/widgets/tableexport.h"

namespace branddesk {

EnterprisesTab::EnterprisesTab(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EnterprisesTab>())
    , m_session(session)
{
    setObjectName(QStringLiteral("enterprisesTab"));
    m_ui->setupUi(this);
    enterprisetabs::setUpTableWidget(m_ui->enterprisesTableWidget);
    QAction* openPage =
        recordlist::addPageAction(this, tr("&Open page"), QKeySequence(Qt::CTRL | Qt::Key_O), "openEnterpriseAction");
    QAction* exportEnterprises =
        tableexport::addExportAction(this, m_ui->enterprisesTableWidget, tr("Enterprises served"));
    recordlist::addToolBar(this, m_ui->enterprisesLayout, {openPage, nullptr, exportEnterprises});
    connect(openPage, &QAction::triggered, this, &EnterprisesTab::openSelected);
    connect(m_ui->enterprisesTableWidget, &QTableWidget::activated, this, &EnterprisesTab::openSelected);
}

EnterprisesTab::~EnterprisesTab() = default;

void EnterprisesTab::reload()
{
    QTableWidget* table = m_ui->enterprisesTableWidget;
    Result<QList<Enterprise>> all = m_session.enterprise().enterprises();
    if (!all)
        return;
    table->clear();
    table->setColumnCount(4);
    table->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("Activities"), tr("Problems")});
    table->setRowCount(static_cast<int>(all->size()));
    for (int row = 0; row < all->size(); ++row) {
        const Enterprise& e = all->at(row);
        auto* name = new QTableWidgetItem(e.name);
        name->setData(IdRole, e.id);
        table->setItem(row, 0, name);
        table->setItem(row, 1, new QTableWidgetItem(enterpriseKindName(e.kind)));
        auto* activities = new QTableWidgetItem;
        activities->setData(Qt::DisplayRole, e.activityCount);
        table->setItem(row, 2, activities);
        auto* problems = new QTableWidgetItem;
        problems->setData(Qt::DisplayRole, e.problemCount);
        table->setItem(row, 3, problems);
    }
    table->resizeColumnToContents(0);
}

void EnterprisesTab::openSelected()
{
    const int row = m_ui->enterprisesTableWidget->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_ui->enterprisesTableWidget->item(row, 0)->data(IdRole).toLongLong();
    Result<EnterprisePage> page = m_session.enterprise().enterprisePage(id);
    if (!page) {
        MessageBox::error(this, tr("Enterprise service"), page.error());
        return;
    }
    EnterprisePageDialog dialog(*page, m_session.enterprise().today(), this);
    dialog.exec();
}

} // namespace branddesk
