// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaign/behindview.h"

#include "ui_behindview.h"

#include "core/services/session.h"
#include "ui/campaign/behindlistmodel.h"
#include "ui/campaign/milestoneactions.h"
#include "ui/enterprise/problemdialog.h"
#include "ui/hotline/ticketentrydialog.h"
#include "ui/inspections/inspectionactions.h"
#include "ui/widgets/backgroundreader.h"
#include "ui/widgets/filterproxymodel.h"
#include "ui/widgets/itemroles.h"
#include "ui/widgets/lazyreload.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/recordlist.h"

#include <algorithm>

namespace branddesk {

BehindView::BehindView(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::BehindView>())
    , m_session(session)
    , m_model(new BehindListModel(this))
    , m_proxy(new FilterProxyModel(this))
    , m_reader(new BackgroundReader(session, this))
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
        if (const BehindItem item = m_model->itemAt(m_proxy->mapToSource(index).row());
            item.kind == BehindItem::Kind::Rectification) {
            openInspection(m_session, item.itemId, this);
            return;
        } else if (item.kind == BehindItem::Kind::Problem) {
            openProblem(m_session, item.itemId, this);
            return;
        } else if (item.kind == BehindItem::Kind::Ticket) {
            openTicket(m_session, item.itemId, this);
            return;
        }
        if (editMilestoneCompletion(m_session, m_board, index.data(MilestoneIdRole).toLongLong(),
                                    index.data(DepartmentIdRole).toLongLong(), this))
            reload();
    });
    // Loaded when first shown, and again when shown after a change made elsewhere.
    auto* lazy = new LazyReload(this, [this] { reload(); });
    connect(&session.milestones(), &MilestoneService::changed, lazy, &LazyReload::request);
    connect(&session.campaigns(), &CampaignService::changed, lazy, &LazyReload::request);
    connect(&session.departments(), &DepartmentService::changed, lazy, &LazyReload::request);
    connect(&session.inspections(), &InspectionService::changed, lazy, &LazyReload::request);
    connect(&session.enterprise(), &EnterpriseService::changed, lazy, &LazyReload::request);
    connect(&session.hotline(), &HotlineService::changed, lazy, &LazyReload::request);
}

BehindView::~BehindView() = default;

bool BehindView::isLoading() const
{
    return m_reader->isBusy();
}

void BehindView::reload()
{
    Result<std::optional<Campaign>> current = m_session.campaigns().current();
    if (!current) {
        MessageBox::error(this, tr("Behind today"), current.error());
        return;
    }
    if (!*current) {
        m_reader->cancel();
        m_board = MilestoneBoard();
        m_model->setItems({}, {});
        m_ui->headlineLabel->setText(tr("No campaign yet."));
        return;
    }
    // The board of a thousand departments and the overdue demands take a moment to read: in the reader's
    // thread, while the page stays usable and says it is loading; a newer reload supersedes this one.
    m_ui->headlineLabel->setText(tr("Loading who is behind…"));
    m_reader->request(
        [this, campaignId = (*current)->id](Session& reader) -> BackgroundReader::Delivery {
            auto read =
                std::make_shared<Read>(Read{reader.milestones().board(campaignId), reader.inspections().behindToday(),
                                            reader.enterprise().behindToday(), reader.hotline().behindToday()});
            return [this, read] { showRead(*read); };
        },
        [this](const Error& error) {
            m_ui->headlineLabel->setText(tr("The list could not be loaded."));
            MessageBox::error(this, tr("Behind today"), error);
        });
}

void BehindView::showRead(const Read& read)
{
    const Result<MilestoneBoard>& board = read.board;
    if (!board) {
        m_ui->headlineLabel->setText(tr("The list could not be loaded."));
        MessageBox::error(this, tr("Behind today"), board.error());
        return;
    }
    m_board = *board;
    QHash<qint64, DepartmentCategory> categories;
    QSet<qint64> behindDepartments;  // behind on anything: milestones, rectifications, problems, tickets
    QSet<qint64> behindOnMilestones; // the Milestones view's "behind": an overdue milestone
    for (const DepartmentProgress& row : m_board.rows())
        categories.insert(row.department.id, row.department.category);
    QList<BehindItem> items = m_board.behind();
    int overdue = 0;
    for (const BehindItem& item : items) {
        if (item.light == Light::Red) {
            ++overdue;
            behindDepartments.insert(item.departmentId);
            behindOnMilestones.insert(item.departmentId);
        }
    }
    const qsizetype dueSoon = items.size() - overdue;
    const Result<QList<BehindItem>>& rectifications = read.rectifications;
    if (!rectifications)
        MessageBox::error(this, tr("Behind today"), rectifications.error());
    for (const BehindItem& item : rectifications ? *rectifications : QList<BehindItem>()) {
        behindDepartments.insert(item.departmentId);
        items.append(item);
    }
    const Result<QList<BehindItem>>& problems = read.problems;
    if (!problems)
        MessageBox::error(this, tr("Behind today"), problems.error());
    const qsizetype overdueProblems = problems ? problems->size() : 0;
    for (const BehindItem& item : problems ? *problems : QList<BehindItem>()) {
        behindDepartments.insert(item.departmentId);
        items.append(item);
    }
    const Result<QList<BehindItem>>& tickets = read.tickets;
    if (!tickets)
        MessageBox::error(this, tr("Behind today"), tickets.error());
    const qsizetype overdueTickets = tickets ? tickets->size() : 0;
    for (const BehindItem& item : tickets ? *tickets : QList<BehindItem>()) {
        behindDepartments.insert(item.departmentId);
        items.append(item);
    }
    // Overdue demands among the overdue milestones, by days overdue; the board's order otherwise.
    std::stable_sort(items.begin(), items.end(), [](const BehindItem& a, const BehindItem& b) {
        if ((a.light == Light::Red) != (b.light == Light::Red))
            return a.light == Light::Red;
        return a.light == Light::Red && a.daysOverdue > b.daysOverdue;
    });
    m_model->setItems(items, categories);
    QString headline =
        items.isEmpty()
            ? tr("<b>Nobody is behind today.</b>")
            : tr("<b>%1 departments are behind on milestones</b> (%2 overdue milestones); %3 more milestones fall "
                 "due within %4 days.")
                  .arg(behindOnMilestones.size())
                  .arg(overdue)
                  .arg(dueSoon)
                  .arg(m_board.campaign().leadDays);
    if (const qsizetype late = items.size() - overdue - dueSoon - overdueProblems - overdueTickets; late > 0)
        headline += tr(" %n rectification demand(s) are overdue.", nullptr, int(late));
    if (overdueProblems > 0)
        headline += tr(" %n enterprise problem(s) are overdue.", nullptr, int(overdueProblems));
    if (overdueTickets > 0)
        headline += tr(" %n hotline ticket(s) are overdue.", nullptr, int(overdueTickets));
    if (behindDepartments.size() != behindOnMilestones.size())
        headline += tr(" <b>%n departments in all</b> have something overdue.", nullptr, int(behindDepartments.size()));
    m_ui->headlineLabel->setText(headline);
}

} // namespace branddesk
