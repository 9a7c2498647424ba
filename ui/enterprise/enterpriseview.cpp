// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/enterprise/enterpriseview.h"

#include "ui_enterpriseview.h"

#include "core/audit/enterprisesnapshots.h"
#include "core/enterprise/problemledgersheet.h"
#include "core/services/session.h"
#include "ui/audit/historyaction.h"
#include "ui/enterprise/activityentrydialog.h"
#include "ui/enterprise/activitylistmodel.h"
#include "ui/enterprise/enterprisepagedialog.h"
#include "ui/enterprise/problemdialog.h"
#include "ui/enterprise/problemlistmodel.h"
#include "ui/print/printpreview.h"
#include "ui/widgets/filterproxymodel.h"
#include "ui/widgets/itemroles.h"
#include "ui/widgets/lazyreload.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/recordlist.h"
#include "ui/widgets/statusicon.h"
#include "ui/widgets/tableexport.h"

#include <QCompleter>
#include <QHeaderView>

namespace branddesk {
namespace {

void setUpTableWidget(QTableWidget* table)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
}

void fillIdCombo(QComboBox* combo, const QString& all, const QList<std::pair<qint64, QString>>& items)
{
    const QSignalBlocker block(combo);
    const QVariant current = combo->currentData();
    combo->clear();
    combo->addItem(all, qint64(0));
    for (const auto& [id, name] : items)
        combo->addItem(name, id);
    if (combo->isEditable()) {
        auto* completer = new QCompleter(combo->model(), combo);
        completer->setFilterMode(Qt::MatchContains);
        completer->setCompletionMode(QCompleter::PopupCompletion);
        combo->setCompleter(completer);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

} // namespace

EnterpriseView::EnterpriseView(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EnterpriseView>())
    , m_session(session)
    , m_activities(new ActivityListModel(this))
    , m_problems(new ProblemListModel(this))
    , m_activityProxy(new FilterProxyModel(this))
    , m_problemProxy(new FilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_activityProxy->setSourceModel(m_activities);
    recordlist::setUpTable(m_ui->activitiesTableView, m_activityProxy);
    m_problemProxy->setSourceModel(m_problems);
    recordlist::setUpTable(m_ui->problemsTableView, m_problemProxy);
    for (QTableView* table : {m_ui->activitiesTableView, m_ui->problemsTableView}) {
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        table->horizontalHeader()->setStretchLastSection(true);
    }
    const int em = fontMetrics().horizontalAdvance(QChar(0x4e2d));
    m_ui->activitiesTableView->setColumnWidth(ActivityListModel::DatesColumn, 15 * em);
    m_ui->activitiesTableView->setColumnWidth(ActivityListModel::DepartmentColumn, 8 * em);
    m_ui->activitiesTableView->setColumnWidth(ActivityListModel::KindColumn, 11 * em);
    m_ui->activitiesTableView->setColumnWidth(ActivityListModel::EnterpriseColumn, 12 * em);
    m_ui->problemsTableView->setColumnWidth(ProblemListModel::StatusColumn, 10 * em);
    m_ui->problemsTableView->setColumnWidth(ProblemListModel::EnterpriseColumn, 12 * em);
    m_ui->problemsTableView->setColumnWidth(ProblemListModel::DescriptionColumn, 16 * em);
    m_ui->problemsTableView->setColumnWidth(ProblemListModel::LeaderColumn, 6 * em);
    m_ui->problemsTableView->setColumnWidth(ProblemListModel::TeamColumn, 9 * em);
    m_ui->problemsTableView->setColumnWidth(ProblemListModel::PlanColumn, 12 * em);
    m_ui->problemsTableView->setColumnWidth(ProblemListModel::DeadlineColumn, 7 * em);
    m_ui->problemsTableView->setColumnWidth(ProblemListModel::DepartmentColumn, 8 * em);
    setUpTableWidget(m_ui->enterprisesTableWidget);
    setUpTableWidget(m_ui->quartersTableWidget);

    m_ui->activityKindComboBox->addItem(tr("All kinds"), -1);
    for (ActivityKind kind : allActivityKinds())
        m_ui->activityKindComboBox->addItem(activityKindName(kind), int(kind));
    m_ui->problemStatusComboBox->addItem(tr("All statuses"), -1);
    for (ProblemStatus status : allProblemStatuses())
        m_ui->problemStatusComboBox->addItem(problemStatusName(status), int(status));
    const QDate today = session.clock().today();
    m_ui->activityFromDateEdit->setDate(today.addMonths(-3));
    m_ui->activityToDateEdit->setDate(today);
    m_ui->activityFromDateEdit->setEnabled(false);
    m_ui->activityToDateEdit->setEnabled(false);
    m_ui->quartersHintLabel->setText(
        tr("Each enterprise-facing department spends one week a quarter in enterprises (集中攻坚): a quarter is met "
           "when a concentrated week is recorded in it. The campaign milestone follows these records."));
    fillFilterChoices();
    setUpActions();

    auto refilterActivities = [this] { reloadActivities(); };
    auto refilterProblems = [this] { reloadProblems(); };
    connect(m_ui->activityDepartmentComboBox, &QComboBox::currentIndexChanged, this, refilterActivities);
    connect(m_ui->activityKindComboBox, &QComboBox::currentIndexChanged, this, refilterActivities);
    connect(m_ui->activityEnterpriseComboBox, &QComboBox::currentIndexChanged, this, refilterActivities);
    connect(m_ui->activityFromDateEdit, &QDateEdit::dateChanged, this, refilterActivities);
    connect(m_ui->activityToDateEdit, &QDateEdit::dateChanged, this, refilterActivities);
    connect(m_ui->activityDatesCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->activityFromDateEdit->setEnabled(on);
        m_ui->activityToDateEdit->setEnabled(on);
        reloadActivities();
    });
    connect(m_ui->problemDepartmentComboBox, &QComboBox::currentIndexChanged, this, refilterProblems);
    connect(m_ui->problemStatusComboBox, &QComboBox::currentIndexChanged, this, refilterProblems);
    connect(m_ui->problemEnterpriseComboBox, &QComboBox::currentIndexChanged, this, refilterProblems);
    connect(m_ui->overdueOnlyCheckBox, &QCheckBox::toggled, this, refilterProblems);
    connect(m_ui->activitiesTableView, &QTableView::activated, this, &EnterpriseView::openSelectedActivity);
    connect(m_ui->problemsTableView, &QTableView::activated, this, &EnterpriseView::openSelectedProblem);
    connect(m_ui->enterprisesTableWidget, &QTableWidget::activated, this, &EnterpriseView::openSelectedEnterprise);
    // Loaded when first shown, and again when shown after a change made elsewhere.
    auto* lazy = new LazyReload(this, [this] { reload(); });
    connect(&session.enterprise(), &EnterpriseService::changed, lazy, &LazyReload::request);
    connect(&session.departments(), &DepartmentService::changed, lazy, &LazyReload::request);
}

EnterpriseView::~EnterpriseView() = default;

void EnterpriseView::setUpActions()
{
    const bool canWrite = m_session.currentUser().canWrite();
    QWidget* activities = m_ui->activitiesTab;
    QAction* addActivity =
        recordlist::addPageAction(activities, tr("&New activities…"), QKeySequence::New, "newActivityAction");
    QAction* openActivity = recordlist::addPageAction(activities, canWrite ? tr("&Open") : tr("&View"),
                                                      QKeySequence(Qt::CTRL | Qt::Key_O), "openActivityAction");
    QAction* removeActivity =
        recordlist::addPageAction(activities, tr("&Delete"), QKeySequence::Delete, "deleteActivityAction");
    QAction* raiseProblem = recordlist::addPageAction(activities, tr("&Raise a Problem…"),
                                                      QKeySequence(Qt::CTRL | Qt::Key_R), "raiseProblemAction");
    QAction* exportActivities =
        tableexport::addExportAction(activities, m_ui->activitiesTableView, tr("Enterprise-service activities"));
    QAction* activityHistory =
        addHistoryAction(activities, m_session.audit(), EnterpriseAuditEntities::kActivity, [this] {
            const QModelIndex i = m_ui->activitiesTableView->currentIndex();
            return i.isValid() ? i.data(IdRole).toLongLong() : 0;
        });
    recordlist::addToolBar(
        activities, m_ui->activitiesLayout,
        {addActivity, openActivity, removeActivity, raiseProblem, nullptr, exportActivities, activityHistory});
    addActivity->setEnabled(canWrite);
    removeActivity->setEnabled(canWrite);
    raiseProblem->setEnabled(canWrite);
    connect(raiseProblem, &QAction::triggered, this, &EnterpriseView::raiseProblemFromActivity);
    connect(addActivity, &QAction::triggered, this, &EnterpriseView::newActivity);
    connect(openActivity, &QAction::triggered, this, &EnterpriseView::openSelectedActivity);
    connect(removeActivity, &QAction::triggered, this, &EnterpriseView::deleteSelectedActivity);

    QWidget* problems = m_ui->problemsTab;
    QAction* addProblem =
        recordlist::addPageAction(problems, tr("&New problem…"), QKeySequence::New, "newProblemAction");
    QAction* openProblemAction = recordlist::addPageAction(problems, canWrite ? tr("&Open") : tr("&View"),
                                                           QKeySequence(Qt::CTRL | Qt::Key_O), "openProblemAction");
    QAction* exportProblems =
        tableexport::addExportAction(problems, m_ui->problemsTableView, tr("Enterprise problem ledger"));
    QAction* problemHistory = addHistoryAction(problems, m_session.audit(), EnterpriseAuditEntities::kProblem, [this] {
        const QModelIndex i = m_ui->problemsTableView->currentIndex();
        return i.isValid() ? i.data(IdRole).toLongLong() : 0;
    });
    QAction* printLedger =
        recordlist::addPageAction(problems, tr("&Print ledger…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P),
                                  "printLedgerAction"); // Ctrl+P is the window's summary
    recordlist::addToolBar(problems, m_ui->problemsLayout,
                           {addProblem, openProblemAction, nullptr, exportProblems, printLedger, problemHistory});
    connect(printLedger, &QAction::triggered, this, &EnterpriseView::printLedger);
    addProblem->setEnabled(canWrite);
    connect(addProblem, &QAction::triggered, this, &EnterpriseView::newProblem);
    connect(openProblemAction, &QAction::triggered, this, &EnterpriseView::openSelectedProblem);

    QWidget* enterprises = m_ui->enterprisesTab;
    QAction* openPage = recordlist::addPageAction(enterprises, tr("&Open page"), QKeySequence(Qt::CTRL | Qt::Key_O),
                                                  "openEnterpriseAction");
    QAction* exportEnterprises =
        tableexport::addExportAction(enterprises, m_ui->enterprisesTableWidget, tr("Enterprises served"));
    recordlist::addToolBar(enterprises, m_ui->enterprisesLayout, {openPage, nullptr, exportEnterprises});
    connect(openPage, &QAction::triggered, this, &EnterpriseView::openSelectedEnterprise);

    QWidget* quarters = m_ui->quartersTab;
    QAction* exportQuarters =
        tableexport::addExportAction(quarters, m_ui->quartersTableWidget, tr("Concentrated weeks by quarter"));
    recordlist::addToolBar(quarters, m_ui->quartersLayout, {exportQuarters});
}

void EnterpriseView::fillFilterChoices()
{
    QList<std::pair<qint64, QString>> departments;
    if (Result<QList<Department>> all = m_session.departments().activeDepartments(); all)
        for (const Department& d : *all)
            departments.append({d.id, d.name});
    fillIdCombo(m_ui->activityDepartmentComboBox, tr("All departments"), departments);
    fillIdCombo(m_ui->problemDepartmentComboBox, tr("All departments"), departments);
    QList<std::pair<qint64, QString>> enterprises;
    if (Result<QList<Enterprise>> all = m_session.enterprise().enterprises(); all)
        for (const Enterprise& e : *all)
            enterprises.append({e.id, e.name});
    fillIdCombo(m_ui->activityEnterpriseComboBox, tr("All enterprises"), enterprises);
    fillIdCombo(m_ui->problemEnterpriseComboBox, tr("All enterprises"), enterprises);
}

qint64 EnterpriseView::comboId(const QComboBox* combo)
{
    if (combo->count() == 0)
        return 0;
    const int index =
        combo->isEditable() ? combo->findText(combo->currentText(), Qt::MatchFixedString) : combo->currentIndex();
    return index >= 0 ? combo->itemData(index).toLongLong() : 0;
}

ActivityFilter EnterpriseView::activityFilter() const
{
    ActivityFilter filter;
    filter.departmentId = comboId(m_ui->activityDepartmentComboBox);
    filter.enterpriseId = comboId(m_ui->activityEnterpriseComboBox);
    if (const int kind = m_ui->activityKindComboBox->currentData().toInt(); kind >= 0)
        filter.kind = ActivityKind(kind);
    if (m_ui->activityDatesCheckBox->isChecked()) {
        filter.from = m_ui->activityFromDateEdit->date();
        filter.to = m_ui->activityToDateEdit->date();
    }
    return filter;
}

ProblemFilter EnterpriseView::problemFilter() const
{
    ProblemFilter filter;
    filter.departmentId = comboId(m_ui->problemDepartmentComboBox);
    filter.enterpriseId = comboId(m_ui->problemEnterpriseComboBox);
    if (const int status = m_ui->problemStatusComboBox->currentData().toInt(); status >= 0)
        filter.status = ProblemStatus(status);
    filter.overdueOnly = m_ui->overdueOnlyCheckBox->isChecked();
    return filter;
}

void EnterpriseView::reload()
{
    fillFilterChoices();
    reloadActivities();
    reloadProblems();
    reloadEnterprises();
    reloadQuarters();
}

void EnterpriseView::reloadActivities()
{
    Result<QList<Activity>> items = m_session.enterprise().activities(activityFilter());
    if (!items) {
        MessageBox::error(this, tr("Enterprise service"), items.error());
        return;
    }
    m_activities->setItems(*items);
    m_ui->activitiesResultLabel->setText(tr("%n activity(ies)", nullptr, static_cast<int>(items->size())));
}

void EnterpriseView::reloadProblems()
{
    Result<QList<Problem>> items = m_session.enterprise().problems(problemFilter());
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

void EnterpriseView::reloadEnterprises()
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

void EnterpriseView::reloadQuarters()
{
    QTableWidget* table = m_ui->quartersTableWidget;
    Result<QuarterCompliance> compliance = m_session.enterprise().quarterCompliance();
    if (!compliance)
        return;
    table->clear();
    QStringList headers{tr("Department")};
    for (const Quarter& q : compliance->quarters())
        headers.append(q.name());
    headers.append(tr("Concentrated weeks"));
    table->setColumnCount(static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(static_cast<int>(compliance->rows().size()));
    for (int row = 0; row < compliance->rows().size(); ++row) {
        const QuarterComplianceRow& r = compliance->rows().at(row);
        table->setItem(row, 0, new QTableWidgetItem(r.department.name));
        for (int column = 0; column < r.quarters.size(); ++column) {
            auto* item = new QTableWidgetItem(lightIcon(quarterStatusLight(r.quarters.at(column))),
                                              quarterStatusName(r.quarters.at(column)));
            table->setItem(row, column + 1, item);
        }
        const QString summary = r.isDone() ? tr("Done: %n quarter(s) met", nullptr, r.met)
                                           : tr("%1 met, %2 missing").arg(r.met).arg(r.missing);
        auto* done = new QTableWidgetItem(lightIcon(r.missing > 0 ? Light::Red
                                                    : r.isDone()  ? Light::Green
                                                                  : Light::Yellow),
                                          summary);
        table->setItem(row, static_cast<int>(r.quarters.size()) + 1, done);
    }
    table->resizeColumnToContents(0);
}

void EnterpriseView::newActivity()
{
    if (!m_session.currentUser().canWrite())
        return;
    ActivityEntryDialog dialog(m_session, comboId(m_ui->activityDepartmentComboBox), this);
    dialog.exec();
}

void EnterpriseView::newProblem()
{
    if (!m_session.currentUser().canWrite())
        return;
    Problem blank;
    blank.departmentId = comboId(m_ui->problemDepartmentComboBox);
    ProblemDialog dialog(m_session, blank, this);
    dialog.exec();
}

void EnterpriseView::raiseProblemFromActivity()
{
    const QModelIndex current = m_ui->activitiesTableView->currentIndex();
    if (!m_session.currentUser().canWrite() || !current.isValid())
        return;
    const Activity& activity = m_activities->itemAt(m_activityProxy->mapToSource(current).row());
    Problem raised;
    raised.departmentId = activity.departmentId;
    raised.activityId = activity.id;
    raised.enterpriseName = activity.enterpriseName;
    raised.raisedDate = activity.startDate;
    ProblemDialog dialog(m_session, raised, this);
    if (dialog.exec() == QDialog::Accepted)
        m_ui->enterpriseTabWidget->setCurrentWidget(m_ui->problemsTab);
}

void EnterpriseView::openSelectedActivity()
{
    const QModelIndex current = m_ui->activitiesTableView->currentIndex();
    if (!current.isValid())
        return;
    ActivityEntryDialog dialog(m_session, m_activities->itemAt(m_activityProxy->mapToSource(current).row()), this);
    dialog.exec();
}

void EnterpriseView::openSelectedProblem()
{
    const QModelIndex current = m_ui->problemsTableView->currentIndex();
    if (current.isValid() && !openProblem(m_session, current.data(IdRole).toLongLong(), this))
        reload();
}

void EnterpriseView::openSelectedEnterprise()
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

QList<Problem> EnterpriseView::shownProblems() const
{
    QList<Problem> shown;
    for (int row = 0; row < m_problemProxy->rowCount(); ++row)
        shown.append(m_problems->itemAt(m_problemProxy->mapToSource(m_problemProxy->index(row, 0)).row()));
    return shown;
}

void EnterpriseView::printLedger()
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

void EnterpriseView::deleteSelectedActivity()
{
    const QModelIndex current = m_ui->activitiesTableView->currentIndex();
    if (!current.isValid() || !m_session.currentUser().canWrite())
        return;
    const Activity a = m_activities->itemAt(m_activityProxy->mapToSource(current).row());
    if (MessageBox::question(
            this, tr("Delete activity"),
            tr("Delete the activity of %1 on %2? The audit log keeps a copy.").arg(a.departmentName, a.datesText()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    if (Result<void> removed = m_session.enterprise().removeActivity(a.id); !removed)
        MessageBox::error(this, tr("Delete activity"), removed.error());
}

} // namespace branddesk
