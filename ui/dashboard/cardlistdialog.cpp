// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/cardlistdialog.h"

#include "ui_cardlistdialog.h"

#include "ui/dashboard/dashboardlistmodel.h"
#include "ui/widgets/filterproxymodel.h"
#include "ui/widgets/itemroles.h"
#include "ui/widgets/recordlist.h"
#include "ui/widgets/tableexport.h"

namespace branddesk {

CardListDialog::CardListDialog(const dashboardcards::List& list, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CardListDialog>())
    , m_model(new DashboardListModel(this))
    , m_proxy(new FilterProxyModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("cardListDialog"));
    setWindowTitle(list.title);
    m_model->setList(list.headers, list.rows);
    m_proxy->setSourceModel(m_model);
    recordlist::setUpTable(m_ui->listTableView, m_proxy);
    m_ui->headlineLabel->setText(tr("%1: %n row(s)", nullptr, int(list.rows.size())).arg(list.title));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->exportPushButton, &QPushButton::clicked, this,
            [this, title = list.title] { tableexport::exportView(this, m_ui->listTableView, title); });
    connect(m_ui->listTableView, &QTableView::activated, this, [this](const QModelIndex& index) {
        const qint64 id = index.data(DepartmentIdRole).toLongLong();
        if (id > 0)
            emit departmentRequested(id);
    });
}

CardListDialog::~CardListDialog() = default;

} // namespace branddesk
