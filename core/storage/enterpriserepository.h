// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/enterprise/enterprise.h"
#include "core/error.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace branddesk {

class Database;

/// Reads and writes the remembered enterprises, development zones and key projects.
class EnterpriseRepository {
public:
    explicit EnterpriseRepository(Database& database)
        : m_database(database)
    {}

    /// Every one, by name, with how many activities and problems name it.
    Result<QList<Enterprise>> all() const;
    Result<Enterprise> find(qint64 id) const;
    /// The one with exactly `name`, or nullopt.
    Result<std::optional<Enterprise>> findByName(const QString& name) const;
    /// Remembers a new name; returns the new id.
    Result<qint64> insert(const Enterprise& enterprise, const QDateTime& createdAt);

private:
    Database& m_database;
};

} // namespace branddesk
