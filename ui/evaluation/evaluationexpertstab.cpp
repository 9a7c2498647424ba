// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/evaluationexpertstab.h"

#include "ui_evaluationexpertstab.h"

#include "core/services/session.h"
#include "ui/evaluation/expertdialog.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/recordlist.h"

#include <QHeaderView>
#include <QStandardItemModel>

namespace branddesk {

EvaluationExpertsTab::EvaluationExpertsTab(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EvaluationExpertsTab>())
    , m_session(session)
    , m_experts(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("expertsTab"));
    m_ui->setupUi(this);
    recordlist::setUpTable(m_ui->expertsTableView, m_experts);
    m_ui->expertsTableView->horizontalHeader()->setStretchLastSection(true);

    connect(m_ui->addExpertPushButton, &QPushButton::clicked, this, &EvaluationExpertsTab::addExpert);
    connect(m_ui->editExpertPushButton, &QPushButton::clicked, this, &EvaluationExpertsTab::editExpert);
    connect(m_ui->expertsTableView, &QTableView::activated, this, &EvaluationExpertsTab::editExpert);
    connect(m_ui->removeExpertPushButton, &QPushButton::clicked, this, &EvaluationExpertsTab::removeExpert);
}

EvaluationExpertsTab::~EvaluationExpertsTab() = default;

void EvaluationExpertsTab::showRound(const EvaluationRoundState& round)
{
    m_round = round;
    m_experts->clear();
    m_experts->setHorizontalHeaderLabels({tr("No."), tr("Expert"), tr("Unit"), tr("Own department")});
    for (const EvaluationExpert& x : std::as_const(m_round.experts)) {
        QList<QStandardItem*> row = {new QStandardItem(QString::number(x.ordinal)), new QStandardItem(x.name),
                                     new QStandardItem(x.unit), new QStandardItem(x.departmentName)};
        row.first()->setData(x.id, Qt::UserRole);
        m_experts->appendRow(row);
    }
    updateActions();
}

void EvaluationExpertsTab::updateActions()
{
    const bool open = m_round.isOpen();
    m_ui->addExpertPushButton->setEnabled(open);
    m_ui->editExpertPushButton->setEnabled(open && !m_round.experts.isEmpty());
    m_ui->removeExpertPushButton->setEnabled(open && !m_round.experts.isEmpty());
}

qint64 EvaluationExpertsTab::selectedExpertId() const
{
    const QModelIndex current = m_ui->expertsTableView->currentIndex();
    if (!current.isValid())
        return m_round.experts.isEmpty() ? 0 : m_round.experts.first().id;
    return current.siblingAtColumn(0).data(Qt::UserRole).toLongLong();
}

void EvaluationExpertsTab::addExpert()
{
    EvaluationExpert expert;
    expert.roundId = m_round.id;
    ExpertDialog dialog(m_session.evaluation(), expert,
                        m_session.departments().activeDepartments().value_or(QList<Department>()), this);
    dialog.exec();
}

void EvaluationExpertsTab::editExpert()
{
    const qint64 id = selectedExpertId();
    // A copy: the dialog's save reloads the round (m_round) while the dialog is still open.
    const QList<EvaluationExpert> experts = m_round.experts;
    for (const EvaluationExpert& x : experts)
        if (x.id == id && m_round.isOpen()) {
            ExpertDialog dialog(m_session.evaluation(), x,
                                m_session.departments().activeDepartments().value_or(QList<Department>()), this);
            dialog.exec();
        }
}

void EvaluationExpertsTab::removeExpert()
{
    const qint64 id = selectedExpertId();
    if (id == 0 || MessageBox::question(this, tr("Remove the expert"),
                                        tr("Remove this expert from the panel, with every score they gave?"),
                                        QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    if (const Result<void> done = m_session.evaluation().removeExpert(id); !done)
        MessageBox::error(this, tr("Remove the expert"), done.error());
}

} // namespace branddesk
