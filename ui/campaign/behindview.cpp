// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaign/behindview.h"

#include "ui_behindview.h"

#include "core/services/session.h"
#include "ui/campaign/behindlistmodel.h"
#include "ui/campaign/milestoneactions.h"
#include "ui/widgets/filterproxymodel.h"
#include "ui/widgets/itemroles.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/recordlist.h"

namespace branddesk {

BehindView::BehindView(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::BehindView>())
    , m_session(session)
    , m_model(new BehindListModel(this))
    , m_proxy(new FilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    recordlist::setUpTable(m_ui->behindTableView, m_proxy);
    recordlist::fillCategories(m_ui->categoryComboBox);
    recordlist::addFindShortcut(this, m_ui->searchLineEdit);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_proxy, &FilterProxyModel::setSearchText);
    connect(m_ui->categoryComboBox, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setRoleFilter(CategoryRole, m_ui->categoryComboBox->currentData()); });
    connect(m_ui->overdueOnlyCheckBox, &QCheckBox::toggled, this,
            [this](bool only) { m_proxy->setRoleFilter(NeedsAttentionRole, only ? QVariant(true) : QVariant()); });
    connect(m_ui->behindTableView, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (editMilestoneCompletion(m_session, m_board, index.data(MilestoneIdRole).toLongLong(),
                                    index.data(DepartmentIdRole).toLongLong(), this))
            reload();
    });
    connect(&session.milestones(), &MilestoneService::changed, this, &BehindView::reload);
    connect(&session.campaigns(), &CampaignService::changed, this, &BehindView::reload);
    connect(&session.departments(), &DepartmentService::changed, this, &BehindView::reload);
    reload();
}

BehindView::~BehindView() = default;

void BehindView::reload()
{
    Result<std::optional<Campaign>> current = m_session.campaigns().current();
    if (!current) {
        MessageBox::error(this, tr("Behind today"), current.error());
        return;
    }
    if (!*current) {
        m_board = MilestoneBoard();
        m_model->setItems({}, {});
        m_ui->headlineLabel->setText(tr("No campaign yet."));
        return;
    }
    Result<MilestoneBoard> board = m_session.milestones().board((*current)->id);
    if (!board) {
        MessageBox::error(this, tr("Behind today"), board.error());
        return;
    }
    m_board = *board;
    QHash<qint64, DepartmentCategory> categories;
    QSet<qint64> behindDepartments;
    for (const DepartmentProgress& row : m_board.rows())
        categories.insert(row.department.id, row.department.category);
    const QList<BehindItem> items = m_board.behind();
    int overdue = 0;
    for (const BehindItem& item : items) {
        if (item.light == Light::Red) {
            ++overdue;
            behindDepartments.insert(item.departmentId);
        }
    }
    m_model->setItems(items, categories);
    m_ui->headlineLabel->setText(
        overdue == 0 && items.isEmpty()
            ? tr("<b>Nobody is behind today.</b>")
            : tr("<b>%1 departments are behind</b> on %2 milestones; %3 more milestones fall due within %4 days.")
                  .arg(behindDepartments.size())
                  .arg(overdue)
                  .arg(items.size() - overdue)
                  .arg(m_board.campaign().leadDays));
}

} // namespace branddesk
