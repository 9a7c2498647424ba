// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/enterprise/enterpriseview.h"

#include "ui_enterpriseview.h"

#include "core/services/session.h"
#include "ui/enterprise/activitiestab.h"
#include "ui/enterprise/concentratedweekstab.h"
#include "ui/enterprise/enterprisestab.h"
#include "ui/enterprise/enterprisetabs.h"
#include "ui/enterprise/problemledgertab.h"
#include "ui/widgets/lazyreload.h"

namespace branddesk {

EnterpriseView::EnterpriseView(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EnterpriseView>())
    , m_session(session)
    , m_activitiesTab(new ActivitiesTab(session))
    , m_problemsTab(new ProblemLedgerTab(session))
    , m_enterprisesTab(new EnterprisesTab(session))
    , m_quartersTab(new ConcentratedWeeksTab(session))
{
    m_ui->setupUi(this);
    m_ui->enterpriseTabWidget->addTab(m_activitiesTab, tr("Ac&tivities"));
    m_ui->enterpriseTabWidget->addTab(m_problemsTab, tr("&Problem ledger"));
    m_ui->enterpriseTabWidget->addTab(m_enterprisesTab, tr("E&nterprises"));
    m_ui->enterpriseTabWidget->addTab(m_quartersTab, tr("&Quarterly weeks"));
    fillFilterChoices();

    connect(m_activitiesTab, &ActivitiesTab::problemRaised, this,
            [this] { m_ui->enterpriseTabWidget->setCurrentWidget(m_problemsTab); });
    connect(m_problemsTab, &ProblemLedgerTab::staleFound, this, &EnterpriseView::reload);
    // Loaded when first shown, and again when shown after a change made elsewhere.
    auto* lazy = new LazyReload(this, [this] { reload(); });
    connect(&session.enterprise(), &EnterpriseService::changed, lazy, &LazyReload::request);
    connect(&session.departments(), &DepartmentService::changed, lazy, &LazyReload::request);
}

EnterpriseView::~EnterpriseView() = default;

ActivityListModel* EnterpriseView::activityModel() const
{
    return m_activitiesTab->model();
}

ProblemListModel* EnterpriseView::problemModel() const
{
    return m_problemsTab->model();
}

ActivityFilter EnterpriseView::activityFilter() const
{
    return m_activitiesTab->filter();
}

ProblemFilter EnterpriseView::problemFilter() const
{
    return m_problemsTab->filter();
}

void EnterpriseView::fillFilterChoices()
{
    enterprisetabs::Choices departments;
    if (Result<QList<Department>> all = m_session.departments().activeDepartments(); all)
        for (const Department& d : *all)
            departments.append({d.id, d.name});
    enterprisetabs::Choices enterprises;
    if (Result<QList<Enterprise>> all = m_session.enterprise().enterprises(); all)
        for (const Enterprise& e : *all)
            enterprises.append({e.id, e.name});
    m_activitiesTab->setChoices(departments, enterprises);
    m_problemsTab->setChoices(departments, enterprises);
}

void EnterpriseView::reload()
{
    fillFilterChoices();
    m_activitiesTab->reload();
    m_problemsTab->reload();
    m_enterprisesTab->reload();
    m_quartersTab->reload();
}

} // namespace branddesk
