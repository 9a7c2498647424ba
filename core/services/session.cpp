// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/session.h"

namespace branddesk {

Session::Session(std::unique_ptr<Database> database, const Clock& clock)
    : m_database(std::move(database))
    , m_clock(clock)
    , m_audit(*m_database, clock, m_user)
    , m_accounts(*m_database, clock, m_user, m_audit)
    , m_departments(*m_database, clock, m_user, m_audit)
    , m_brands(*m_database, clock, m_user, m_audit)
    , m_campaigns(*m_database, clock, m_user, m_audit)
    , m_milestones(*m_database, clock, m_user, m_audit)
    , m_reports(*m_database, clock, m_user, m_audit)
    , m_inspections(*m_database, clock, m_user, m_audit)
    , m_evaluation(*m_database, clock, m_user, m_audit)
    , m_enterprise(*m_database, clock, m_user, m_audit)
    , m_hotline(*m_database, clock, m_user, m_audit)
{
    // The concentrated-week milestone is derived from the enterprise-service records: views of the milestones
    // refresh when those change.
    QObject::connect(&m_enterprise, &EnterpriseService::changed, &m_milestones, &MilestoneService::changed);
}

} // namespace branddesk
