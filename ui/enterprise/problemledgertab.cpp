// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/enterprise/problemledgertab.h"

#include "ui_problemledgertab.h"

#include "core/audit/enterprisesnapshots.h"
#include "core/enterprise/problemledgersheet.h"
#include "core/services/session.h"
#include "ui/audit/historyaction.h"
#include "ui/enterprise/problemdialog.h"
#include "ui/enterprise/problemlistmodel.h"
#include "ui/print/printpreview.h"
#include "ui/widgets/filterproxymodel.h"
#include "ui/widgets/itemroles.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/recordlist.h"
#include "ui/widgets/tableexport.h"

#include <QHeaderView>

namespace branddesk {

ProblemLedgerTab::ProblemLedgerTab(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProblemLedgerTab>())
    , m_session(session)
    , m_problems(new ProblemListModel(this))
    , m_proxy(new FilterProxyModel(this))
{
    setObjectName(QStringLiteral("problemsTab"));
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_problems);
    QTableView* table = m_ui->problemsTableView;
    recordlist::setUpTable(table, m_proxy);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setStretchLastSection(true);
    const int em = fontMetrics().horizontalAdvance(QChar(0x4e2d));
    table->setColumnWidth(ProblemListModel::StatusColumn, 10 * em);
    table->setColumnWidth(ProblemListModel::EnterpriseColumn, 12 * em);
    table->setColumnWidth(ProblemListModel::DescriptionColumn, 16 * em);
    table->setColumnWidth(ProblemListModel::LeaderColumn, 6 * em);
    table->setColumnWidth(ProblemListModel::TeamColumn, 9 * em);
    table->setColumnWidth(ProblemListModel::PlanColumn, 12 * em);
    table->setColumnWidth(ProblemListModel::DeadlineColumn, 7 * em);
    table->setColumnWidth(ProblemListModel::DepartmentColumn, 8 * em);

    m_ui->problemStatusComboBox->addItem(tr("All statuses"), -1);
    for (ProblemStatus status : allProblemStatuses())
        m_ui->problemStatusComboBox->addItem(problemStatusName(status), int(status));
    setUpActions();

    auto refilter = [this] { reload(); };
    connect(m_ui->problemDepartmentComboBox, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_ui->problemStatusComboBox, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_ui->problemEnterpriseComboBox, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_ui->overdueOnlyCheckBox, &QCheckBox::toggled, this, refilter);
    connect(table, &QTableView::activated, this, &ProblemLedgerTab::openSelected);
}

ProblemLedgerTab::~ProblemLedgerTab() = default;

void ProblemLedgerTab::setUpActions()
{
    const bool canWrite = m_session.currentUser().canWrite();
    QAction* addProblem = recordlist::addPageAction(this, tr("&New problem…"), QKeySequence::New, "newProblemAction");
    QAction* openProblemAction = recordlist::addPageAction(this, canWrite ? tr("&Open") : tr("&View"),
                                                           QKeySequence(Qt::CTRL | Qt::Key_O), "openProblemAction");
    QAction* exportProblems =
        tableexport::addExportAction(this, m_ui->problemsTableView, tr("Enterprise problem ledger"));
    QAction* problemHistory = addHistoryAction(this, m_session.audit(), EnterpriseAuditEntities::kProblem, [this] {
        const QModelIndex i = m_ui->problemsTableView->currentIndex();
        return i.isValid() ? i.data(IdRole).toLongLong() : 0;
    });
    QAction* printAction =
        recordlist::addPageAction(this, tr("&Print ledger…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P),
                                  "printLedgerAction"); // Ctrl+P is the window's summary
    recordlist::addToolBar(this, m_ui->problemsLayout,
                           {addProblem, openProblemAction, nullptr, exportProblems, printAction, problemHistory});
    connect(printAction, &QAction::triggered, this, &ProblemLedgerTab::printLedger);
    addProblem->setEnabled(canWrite);
    connect(addProblem, &QAction::triggered, this, &ProblemLedgerTab::newProblem);
    connect(openProblemAction, &QAction::triggered, this, &ProblemLedgerTab::openSelected);
}

void ProblemLedgerTab::setChoices(const enterprisetabs::Choices& departments,
                                  const enterprisetabs::Choices& enterprises)
{
    enterprisetabs::fillIdCombo(m_ui->problemDepartmentComboBox, tr("All departments"), departments);
    enterprisetabs::fillIdCombo(m_ui->problemEnterpriseComboBox, tr("All enterprises"), enterprises);
}

ProblemFilter ProblemLedgerTab::filter() const
{
    ProblemFilter filter;
    filter.departmentId = enterprisetabs::comboId(m_ui->problemDepartmentComboBox);
    filter.enterpriseId = enterprisetabs::comboId(m_ui->problemEnterpriseComboBox);
    if (const int status = m_ui->problemStatusComboBox->currentData().toInt(); status >= 0)
        filter.status = ProblemStatus(status);
    filter.overdueOnly = m_ui->overdueOnlyCheckBox->isChecked();
    return filter;
}

void ProblemLedgerTab::reload()
{
    Result<QList<Problem>> items = m_session.enterprise().problems(filter());
    if (!items) {
        MessageBox::error(this, tr("Enterprise service"), items.error());
        return;
    }
    const QDate today = m_session.enterprise().today();
    m_problems->setItems(*items, today);
    const auto overdue =
        std::count_if(items->begin(), items->end(), [&today](const Problem& p) { return p.isOverdue(today); });
    QString text = tr("%n problem(s)", nullptr, static_cast<int>(items->size()));
    if (overdue > 0)
        text += tr("; %n overdue", nullptr, static_cast<int>(overdue));
    m_ui->problemsResultLabel->setText(text);
}

void ProblemLedgerTab::newProblem()
{
    if (!m_session.currentUser().canWrite())
        return;
    Problem blank;
    blank.departmentId = enterprisetabs::comboId(m_ui->problemDepartmentComboBox);
    ProblemDialog dialog(m_session, blank, this);
    dialog.exec();
}

void ProblemLedgerTab::openSelected()
{
    const QModelIndex current = m_ui->problemsTableView->currentIndex();
    if (current.isValid() && !openProblem(m_session, current.data(IdRole).toLongLong(), this))
        emit staleFound();
}

QList<Problem> ProblemLedgerTab::shownProblems() const
{
    QList<Problem> shown;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown.append(m_problems->itemAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    return shown;
}

void ProblemLedgerTab::printLedger()
{
    QStringList scope;
    for (const QComboBox* combo :
         {m_ui->problemDepartmentComboBox, m_ui->problemStatusComboBox, m_ui->problemEnterpriseComboBox})
        if (combo->currentIndex() > 0)
            scope.append(combo->currentText());
    if (m_ui->overdueOnlyCheckBox->isChecked())
        scope.append(m_ui->overdueOnlyCheckBox->text().remove(QLatin1Char('&')));
    PrintPreview::show(this, {problemledgersheet::build(shownProblems(), m_session.enterprise().today(),
                                                        scope.join(QStringLiteral(", ")))});
}

} // namespace branddesk
