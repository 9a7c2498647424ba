// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/session.h"

namespace branddesk {

Session::Session(std::unique_ptr<Database> database, const Clock& clock, QString userName)
    : m_database(std::move(database))
    , m_clock(clock)
    , m_userName(std::move(userName))
    , m_departments(*m_database, clock)
    , m_brands(*m_database, clock)
{}

} // namespace branddesk
