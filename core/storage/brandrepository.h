// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/brand.h"
#include "core/error.h"

#include <QList>

namespace branddesk {

class Database;

/// Reads and writes brands and their logos.
class BrandRepository {
public:
    explicit BrandRepository(Database& database)
        : m_database(database)
    {}

    /// Every brand with its department's name; logos are not loaded (only `hasLogo`).
    Result<QList<BrandOverview>> overviews() const;
    /// One brand, with its logo.
    Result<Brand> find(qint64 id) const;
    /// Stores a new brand (and its logo, if any) and returns its id.
    Result<qint64> insert(const Brand& brand);
    /// Updates a brand at `brand.version`, failing with Conflict if it changed meanwhile.
    /// The logo is replaced when `brand.logo` is set, removed when `!brand.logoPresent()`, else kept.
    Result<void> update(const Brand& brand);
    Result<void> remove(qint64 id);
    Result<bool> nameTaken(const QString& name, qint64 exceptId) const;

private:
    Result<void> writeLogo(qint64 brandId, const Brand& brand);

    Database& m_database;
};

} // namespace branddesk
