// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clock.h"
#include "core/services/brandservice.h"
#include "core/services/departmentservice.h"
#include "core/storage/database.h"

#include <memory>

namespace branddesk {

/// One open database and the services that work on it: what the UI and the command line are given.
class Session {
public:
    Session(std::unique_ptr<Database> database, const Clock& clock, QString userName);

    Database& database() { return *m_database; }
    const Clock& clock() const { return m_clock; }
    /// Who is working (shown in the status bar; the accounts issue turns this into a signed-in user).
    const QString& userName() const { return m_userName; }
    DepartmentService& departments() { return m_departments; }
    BrandService& brands() { return m_brands; }

private:
    std::unique_ptr<Database> m_database;
    const Clock& m_clock;
    QString m_userName;
    DepartmentService m_departments;
    BrandService m_brands;
};

} // namespace branddesk
