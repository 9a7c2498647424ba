// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/enterprise/activitiestab.h"

#include "ui_activitiestab.h"

#include "core/audit/enterprisesnapshots.h"
#include "core/services/session.h"
#include "ui/audit/historyaction.h"
#include "ui/enterprise/activityentrydialog.h"
#include "ui/enterprise/activitylistmodel.h"
#include "ui/enterprise/problemdialog.h"
#include "ui/widgets/filterproxymodel.h"
#include "ui/widgets/itemroles.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/recordlist.h"
#include "ui/widgets/tableexport.h"

#include <QHeaderView>

namespace branddesk {

ActivitiesTab::ActivitiesTab(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ActivitiesTab>())
    , m_session(session)
    , m_activities(new ActivityListModel(this))
    , m_proxy(new FilterProxyModel(this))
{
    setObjectName(QStringLiteral("activitiesTab"));
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_activities);
    QTableView* table = m_ui->activitiesTableView;
    recordlist::setUpTable(table, m_proxy);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setStretchLastSection(true);
    const int em = fontMetrics().horizontalAdvance(QChar(0x4e2d));
    table->setColumnWidth(ActivityListModel::DatesColumn, 15 * em);
    table->setColumnWidth(ActivityListModel::DepartmentColumn, 8 * em);
    table->setColumnWidth(ActivityListModel::KindColumn, 11 * em);
    table->setColumnWidth(ActivityListModel::EnterpriseColumn, 12 * em);

    m_ui->activityKindComboBox->addItem(tr("All kinds"), -1);
    for (ActivityKind kind : allActivityKinds())
        m_ui->activityKindComboBox->addItem(activityKindName(kind), int(kind));
    const QDate today = session.clock().today();
    m_ui->activityFromDateEdit->setDate(today.addMonths(-3));
    m_ui->activityToDateEdit->setDate(today);
    m_ui->activityFromDateEdit->setEnabled(false);
    m_ui->activityToDateEdit->setEnabled(false);
    setUpActions();

    auto refilter = [this] { reload(); };
    connect(m_ui->activityDepartmentComboBox, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_ui->activityKindComboBox, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_ui->activityEnterpriseComboBox, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_ui->activityFromDateEdit, &QDateEdit::dateChanged, this, refilter);
    connect(m_ui->activityToDateEdit, &QDateEdit::dateChanged, this, refilter);
    connect(m_ui->activityDatesCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->activityFromDateEdit->setEnabled(on);
        m_ui->activityToDateEdit->setEnabled(on);
        reload();
    });
    connect(table, &QTableView::activated, this, &ActivitiesTab::openSelected);
}

ActivitiesTab::~ActivitiesTab() = default;

void ActivitiesTab::setUpActions()
{
    const bool canWrite = m_session.currentUser().canWrite();
    QAction* addActivity =
        recordlist::addPageAction(this, tr("&New activities…"), QKeySequence::New, "newActivityAction");
    QAction* openActivity = recordlist::addPageAction(this, canWrite ? tr("&Open") : tr("&View"),
                                                      QKeySequence(Qt::CTRL | Qt::Key_O), "openActivityAction");
    QAction* removeActivity =
        recordlist::addPageAction(this, tr("&Delete"), QKeySequence::Delete, "deleteActivityAction");
    QAction* raiseAction = recordlist::addPageAction(this, tr("&Raise a Problem…"), QKeySequence(Qt::CTRL | Qt::Key_R),
                                                     "raiseProblemAction");
    QAction* exportActivities =
        tableexport::addExportAction(this, m_ui->activitiesTableView, tr("Enterprise-service activities"));
    QAction* activityHistory = addHistoryAction(this, m_session.audit(), EnterpriseAuditEntities::kActivity, [this] {
        const QModelIndex i = m_ui->activitiesTableView->currentIndex();
        return i.isValid() ? i.data(IdRole).toLongLong() : 0;
    });
    recordlist::addToolBar(
        this, m_ui->activitiesLayout,
        {addActivity, openActivity, removeActivity, raiseAction, nullptr, exportActivities, activityHistory});
    addActivity->setEnabled(canWrite);
    removeActivity->setEnabled(canWrite);
    raiseAction->setEnabled(canWrite);
    connect(raiseAction, &QAction::triggered, this, &ActivitiesTab::raiseProblem);
    connect(addActivity, &QAction::triggered, this, &ActivitiesTab::newActivity);
    connect(openActivity, &QAction::triggered, this, &ActivitiesTab::openSelected);
    connect(removeActivity, &QAction::triggered, this, &ActivitiesTab::deleteSelected);
}

void ActivitiesTab::setChoices(const enterprisetabs::Choices& departments, const enterprisetabs::Choices& enterprises)
{
    enterprisetabs::fillIdCombo(m_ui->activityDepartmentComboBox, tr("All departments"), departments);
    enterprisetabs::fillIdCombo(m_ui->activityEnterpriseComboBox, tr("All enterprises"), enterprises);
}

ActivityFilter ActivitiesTab::filter() const
{
    ActivityFilter filter;
    filter.departmentId = enterprisetabs::comboId(m_ui->activityDepartmentComboBox);
    filter.enterpriseId = enterprisetabs::comboId(m_ui->activityEnterpriseComboBox);
    if (const int kind = m_ui->activityKindComboBox->currentData().toInt(); kind >= 0)
        filter.kind = ActivityKind(kind);
    if (m_ui->activityDatesCheckBox->isChecked()) {
        filter.from = m_ui->activityFromDateEdit->date();
        filter.to = m_ui->activityToDateEdit->date();
    }
    return filter;
}

void ActivitiesTab::reload()
{
    Result<QList<Activity>> items = m_session.enterprise().activities(filter());
    if (!items) {
        MessageBox::error(this, tr("Enterprise service"), items.error());
        return;
    }
    m_activities->setItems(*items);
    m_ui->activitiesResultLabel->setText(tr("%n activity(ies)", nullptr, static_cast<int>(items->size())));
}

void ActivitiesTab::newActivity()
{
    if (!m_session.currentUser().canWrite())
        return;
    ActivityEntryDialog dialog(m_session, enterprisetabs::comboId(m_ui->activityDepartmentComboBox), this);
    dialog.exec();
}

void ActivitiesTab::raiseProblem()
{
    const QModelIndex current = m_ui->activitiesTableView->currentIndex();
    if (!m_session.currentUser().canWrite() || !current.isValid())
        return;
    const Activity& activity = m_activities->itemAt(m_proxy->mapToSource(current).row());
    Problem raised;
    raised.departmentId = activity.departmentId;
    raised.activityId = activity.id;
    raised.enterpriseName = activity.enterpriseName;
    raised.raisedDate = activity.startDate;
    ProblemDialog dialog(m_session, raised, this);
    if (dialog.exec() == QDialog::Accepted)
        emit problemRaised();
}

void ActivitiesTab::openSelected()
{
    const QModelIndex current = m_ui->activitiesTableView->currentIndex();
    if (!current.isValid())
        return;
    ActivityEntryDialog dialog(m_session, m_activities->itemAt(m_proxy->mapToSource(current).row()), this);
    dialog.exec();
}

void ActivitiesTab::deleteSelected()
{
    const QModelIndex current = m_ui->activitiesTableView->currentIndex();
    if (!current.isValid() || !m_session.currentUser().canWrite())
        return;
    const Activity a = m_activities->itemAt(m_proxy->mapToSource(current).row());
    if (MessageBox::question(
            this, tr("Delete activity"),
            tr("Delete the activity of %1 on %2? The audit log keeps a copy.").arg(a.departmentName, a.datesText()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    if (Result<void> removed = m_session.enterprise().removeActivity(a.id); !removed)
        MessageBox::error(this, tr("Delete activity"), removed.error());
}

} // namespace branddesk
